package id.go.kemensos.replika.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a temporary password once, to hand over in private. It is not stored in clear anywhere, so closing this
 * dialog is the last chance to read it; the user must replace it at the next sign-in.
 */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String username, String temporaryPassword, boolean created) {
        setId("temporary-password-dialog");
        setHeaderTitle(getTranslation(created ? "user.temporary.createdTitle" : "user.temporary.resetTitle",
                username));
        setCloseOnOutsideClick(false);
        TextField password = new TextField(getTranslation("user.temporary.label"));
        password.setId("temporary-password");
        password.setValue(temporaryPassword);
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("monospace");
        Button copy = new Button(getTranslation("user.temporary.copy"), VaadinIcon.COPY.create(), event -> {
            password.getElement().executeJs("return navigator.clipboard.writeText($0)", temporaryPassword);
            event.getSource().setText(getTranslation("user.temporary.copied"));
        });
        copy.setId("temporary-password-copy");
        password.setSuffixComponent(copy);
        add(new Paragraph(getTranslation("user.temporary.text")), password);
        Button done = new Button(getTranslation("user.temporary.done"), event -> close());
        done.setId("temporary-password-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
    }
}
