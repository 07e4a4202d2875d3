package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page or record that does not exist (or that the user may not know exists), inside the usual frame. Lists no
 * routes. Visitors who are not signed in are sent to the login view first.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("view");
        H2 title = new H2(getTranslation("error.notFound.title"));
        title.setId("not-found");
        add(title, new Paragraph(getTranslation("error.notFound")),
                HomeLink.create(getTranslation("menu.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
