package id.go.kemensos.replika.user.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.ForcedPasswordChange;
import id.go.kemensos.replika.user.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Every user changes their own password here; a user whose password an administrator set is sent here until they
 * have (see {@link ForcedPasswordChange}). The service checks the current password and the policy.
 */
@Route(ForcedPasswordChange.ROUTE)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService service;
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    ChangePasswordView(UserService service) {
        this.service = service;
        addClassName("view");
        H2 title = new H2(getTranslation("user.password.title"));
        title.addClassName("view-title");
        add(title);
        if (CurrentUser.find().map(AppUserPrincipal::isMustChangePassword).orElse(false)) {
            Paragraph forced = new Paragraph(getTranslation("user.password.forced"));
            forced.setId("password-forced");
            add(forced);
        }
        currentPassword.setId("password-current");
        currentPassword.setLabel(getTranslation("user.password.current"));
        newPassword.setId("password-new");
        newPassword.setLabel(getTranslation("user.password.new"));
        newPassword.setHelperText(getTranslation("user.password.rules"));
        repeated.setId("password-repeat");
        repeated.setLabel(getTranslation("user.password.repeat"));
        Button save = new Button(getTranslation("user.password.save"), event -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(currentPassword, newPassword, repeated);
        form.setMaxWidth("32rem");
        add(form, save);
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, repeated}) {
            field.setInvalid(false);
        }
        if (!newPassword.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("user.password.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        try {
            service.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            Messages.success(this, "user.password.changed");
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (BusinessException e) {
            Map<String, HasValue<?, ?>> fields = Map.of("currentPassword", currentPassword,
                    "newPassword", newPassword);
            Messages.showRejection(this, e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.password.title") + " · Replika";
    }
}
