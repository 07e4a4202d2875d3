package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a view their role may not open. */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("view");
        H2 title = new H2(getTranslation("error.accessDenied.title"));
        title.setId("access-denied");
        add(title, new Paragraph(getTranslation("error.accessDenied.text")),
                HomeLink.create(getTranslation("menu.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
