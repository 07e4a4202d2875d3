package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The pieces every list view starts with: a title with a row count, and a search box. */
public final class ListParts {

    private ListParts() {
    }

    /** The view title followed by {@code count} (whose text the view sets), and room for buttons. */
    public static HorizontalLayout header(Component translator, String titleKey, Span count, String countId) {
        H2 title = new H2(translator.getTranslation(titleKey));
        title.addClassName("view-title");
        count.addClassName("muted");
        count.setId(countId);
        HorizontalLayout header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    /** A search box that filters as the user pauses typing. */
    public static void searchBox(Component translator, TextField field, String id, String placeholderKey) {
        field.setId(id);
        field.setPlaceholder(translator.getTranslation(placeholderKey));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }
}
