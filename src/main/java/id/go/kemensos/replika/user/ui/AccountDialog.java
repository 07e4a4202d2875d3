package id.go.kemensos.replika.user.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.StaleEdit;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.user.AccountDetails;
import id.go.kemensos.replika.user.AccountForm;
import id.go.kemensos.replika.user.NewAccount;
import id.go.kemensos.replika.user.OrganisationRef;
import id.go.kemensos.replika.user.UserService;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;

/**
 * Creates or edits one account. The unit field shows for operators and the partner field for CSR users; the
 * service checks both again. Editing also offers a password reset and (de)activation.
 */
class AccountDialog extends Dialog {

    private final transient UserService service;
    private final Runnable changed;
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final TextField email = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<OrganisationRef> unit = new ComboBox<>();
    private final ComboBox<OrganisationRef> partner = new ComboBox<>();
    private final Select<String> language = new Select<>();
    private final Paragraph state = new Paragraph();
    private final TranslatingBinder<AccountForm> binder = new TranslatingBinder<>(AccountForm.class, this);
    private final Map<String, HasValue<?, ?>> fields;
    private final Button toggleActive = new Button();
    private AccountDetails current;

    AccountDialog(UserService service, AccountDetails account, Runnable changed) {
        this.service = service;
        this.changed = changed;
        setId("user-dialog");
        setWidth("min(44rem, 100%)");

        username.setId("user-username");
        username.setLabel(getTranslation("user.field.username"));
        username.setHelperText(getTranslation("user.hint.username"));
        fullName.setId("user-fullname");
        fullName.setLabel(getTranslation("user.field.fullName"));
        email.setId("user-email");
        email.setLabel(getTranslation("user.field.email"));
        role.setId("user-role");
        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> value == null ? "" : getTranslation("role." + value.name()));
        unit.setId("user-unit");
        unit.setLabel(getTranslation("user.field.unit"));
        unit.setItems(query -> service.unitChoices(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        unit.setItemLabelGenerator(OrganisationRef::name);
        partner.setId("user-partner");
        partner.setLabel(getTranslation("user.field.partner"));
        partner.setItems(query -> service.partnerChoices(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        partner.setItemLabelGenerator(OrganisationRef::name);
        language.setId("user-language");
        language.setLabel(getTranslation("user.field.language"));
        language.setItems(List.of("id", "en"));
        language.setItemLabelGenerator(value -> "en".equals(value) ? "English" : "Bahasa Indonesia");
        role.addValueChangeListener(event -> showScopeFields(event.getValue()));

        binder.forField(username).bind("username");
        binder.forField(fullName).bind("fullName");
        binder.forField(email).bind("email");
        binder.forField(role).bind("role");
        binder.forField(unit).bind("unit");
        binder.forField(partner).bind("partner");
        binder.forField(language).bind("language");
        fields = Map.of("username", username, "fullName", fullName, "email", email, "role", role, "unit", unit,
                "partner", partner, "language", language);

        state.addClassName("muted");
        state.setId("user-state");
        add(new FormLayout(username, fullName, email, role, unit, partner, language), state);

        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (account == null) {
            setHeaderTitle(getTranslation("user.action.new"));
            AccountForm blank = new AccountForm();
            blank.setRole(Role.UPT_OPERATOR);
            binder.readBean(blank);
            showScopeFields(blank.getRole());
            getFooter().add(cancel, save);
        } else {
            Button reset = new Button(getTranslation("user.action.resetPassword"), event -> confirmReset());
            reset.setId("user-reset-password");
            toggleActive.setId("user-toggle-active");
            toggleActive.addClickListener(event -> confirmToggleActive());
            show(account);
            getFooter().add(reset, toggleActive, cancel, save);
        }
    }

    private void show(AccountDetails account) {
        current = account;
        setHeaderTitle(account.fullName());
        binder.readBean(account.toForm());
        username.setReadOnly(true);
        showScopeFields(account.role());
        showRecordState(account);
    }

    private void showRecordState(AccountDetails account) {
        current = account;
        String status = getTranslation(account.active() ? "user.status.active" : "user.status.inactive");
        state.setText(account.mustChangePassword()
                ? status + " · " + getTranslation("user.status.mustChange") : status);
        toggleActive.setText(getTranslation(account.active() ? "user.action.deactivate" : "user.action.activate"));
        toggleActive.removeThemeVariants(ButtonVariant.ERROR);
        if (account.active()) {
            toggleActive.addThemeVariants(ButtonVariant.ERROR);
        }
        boolean self = CurrentUser.find().map(me -> me.getUserId() == account.id()).orElse(false);
        toggleActive.setEnabled(!self);
        role.setReadOnly(self);
    }

    private void showScopeFields(Role selected) {
        unit.setVisible(selected == Role.UPT_OPERATOR);
        unit.setRequiredIndicatorVisible(true);
        partner.setVisible(selected == Role.CSR_PARTNER);
        partner.setRequiredIndicatorVisible(true);
    }

    private void save() {
        AccountForm form = new AccountForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            if (current == null) {
                NewAccount created = service.createAccount(form);
                close();
                changed.run();
                new TemporaryPasswordDialog(created.account().username(), created.temporaryPassword(), true).open();
            } else {
                AccountDetails saved = service.updateAccount(current.id(), current.version(), form);
                Messages.success(this, "user.saved.updated", saved.username());
                close();
                changed.run();
            }
        } catch (StaleDataException e) {
            offerReload();
        } catch (BusinessException | ConstraintViolationException e) {
            Messages.showRefusal(this, e, fields);
        }
    }

    private void offerReload() {
        StaleEdit.offer(this, () -> show(service.account(current.id())),
                () -> keepInputAndCompare(service.account(current.id())));
    }

    private void keepInputAndCompare(AccountDetails latest) {
        AccountForm mine = new AccountForm();
        binder.writeBeanAsDraft(mine, true);
        AccountForm stored = latest.toForm();
        StaleEdit.clearHints(fullName, email, role, unit, partner, language);
        StaleEdit.hint(this, fullName, mine.getFullName(), stored.getFullName(), String::valueOf);
        StaleEdit.hint(this, email, mine.getEmail(), stored.getEmail(), String::valueOf);
        StaleEdit.hint(this, role, mine.getRole(), stored.getRole(), value -> getTranslation("role." + value.name()));
        StaleEdit.hint(this, unit, mine.getUnit(), stored.getUnit(), OrganisationRef::name);
        StaleEdit.hint(this, partner, mine.getPartner(), stored.getPartner(), OrganisationRef::name);
        StaleEdit.hint(this, language, mine.getLanguage(), stored.getLanguage(), String::valueOf);
        showRecordState(latest);
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("reset-password-dialog");
        dialog.setHeader(getTranslation("user.confirm.reset.title", current.username()));
        dialog.setText(getTranslation("user.confirm.reset.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("user.action.resetPassword"));
        dialog.addConfirmListener(event -> {
            String temporary = service.resetPassword(current.id());
            String name = current.username();
            close();
            changed.run();
            new TemporaryPasswordDialog(name, temporary, false).open();
        });
        dialog.open();
    }

    private void confirmToggleActive() {
        boolean deactivate = current.active();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("toggle-active-dialog");
        dialog.setHeader(getTranslation(deactivate ? "user.confirm.deactivate.title" : "user.confirm.activate.title",
                current.username()));
        dialog.setText(getTranslation(deactivate ? "user.confirm.deactivate.text" : "user.confirm.activate.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(deactivate ? "user.action.deactivate" : "user.action.activate"));
        if (deactivate) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> {
            try {
                // only the status changes: whatever was typed in the form stays there, unsaved
                showRecordState(service.setAccountActive(current.id(), current.version(), !deactivate));
                Messages.success(this, deactivate ? "user.saved.deactivated" : "user.saved.activated",
                        current.username());
                changed.run();
            } catch (StaleDataException e) {
                offerReload();
            } catch (BusinessException e) {
                Messages.error(this, e.getMessageKey(), e.getArgs());
            }
        });
        dialog.open();
    }
}
