package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.Role;
import java.time.Instant;

/** An account as the edit form shows it; {@code version} guards against overwriting someone else's change. */
public record AccountDetails(long id, long version, String username, String fullName, String email, Role role,
        OrganisationRef unit, OrganisationRef partner, String language, boolean active, boolean mustChangePassword,
        String createdBy, Instant createdAt, String modifiedBy, Instant modifiedAt) {

    /** The form filled with this account's values. */
    public AccountForm toForm() {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setFullName(fullName);
        form.setEmail(email);
        form.setRole(role);
        form.setUnit(unit);
        form.setPartner(partner);
        form.setLanguage(language);
        return form;
    }
}
