package id.go.kemensos.replika.partner.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.user.NewUserForm;
import id.go.kemensos.replika.user.UserService;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/** A new account for the partner company; the initial password is handed over in private. */
class PartnerUserDialog extends Dialog {

    PartnerUserDialog(UserService users, long partnerId, Runnable saved) {
        setId("partner-user-dialog");
        setHeaderTitle(getTranslation("partner.users.add"));
        TextField username = new TextField(getTranslation("partner.users.username"));
        username.setId("partner-user-username");
        TextField fullName = new TextField(getTranslation("partner.users.fullName"));
        fullName.setId("partner-user-fullname");
        TextField email = new TextField(getTranslation("partner.users.email"));
        PasswordField password = new PasswordField(getTranslation("partner.users.password"));
        password.setId("partner-user-password");
        password.setHelperText(getTranslation("partner.users.passwordHint"));
        TranslatingBinder<NewUserForm> binder = new TranslatingBinder<>(NewUserForm.class, this);
        binder.forField(username).bind("username");
        binder.forField(fullName).bind("fullName");
        binder.forField(email).bind("email");
        binder.forField(password).bind("initialPassword");
        binder.readBean(new NewUserForm());
        Map<String, HasValue<?, ?>> fields = Map.of("username", username, "fullName", fullName, "email", email,
                "initialPassword", password);
        add(new FormLayout(username, fullName, email, password));
        Button save = new Button(getTranslation("action.save"), event -> {
            NewUserForm entered = new NewUserForm();
            if (!binder.writeBeanIfValid(entered)) {
                return;
            }
            try {
                users.createPartnerUser(partnerId, entered);
                close();
                Messages.success(this, "partner.users.saved", entered.getUsername());
                saved.run();
            } catch (BusinessException | ConstraintViolationException e) {
                Messages.showRefusal(this, e, fields);
            }
        });
        save.setId("partner-user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
