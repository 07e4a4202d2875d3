package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * An account as an administrator enters it. The unit is required for operators, the partner for CSR users (checked
 * by {@link UserService}); the username cannot change once created, because audit records name it.
 */
public class AccountForm {

    @NotBlank(message = "user.validation.usernameRequired")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "user.validation.username")
    private String username;

    @NotBlank(message = "user.validation.fullNameRequired")
    @Size(max = 150, message = "validation.tooLong:{max}")
    private String fullName;

    @Email(message = "user.validation.email")
    @Size(max = 254, message = "validation.tooLong:{max}")
    private String email;

    @NotNull(message = "user.validation.roleRequired")
    private Role role;

    private OrganisationRef unit;

    private OrganisationRef partner;

    @NotNull(message = "user.validation.languageRequired")
    @Pattern(regexp = "id|en", message = "user.validation.languageRequired")
    private String language = "id";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public OrganisationRef getUnit() {
        return unit;
    }

    public void setUnit(OrganisationRef unit) {
        this.unit = unit;
    }

    public OrganisationRef getPartner() {
        return partner;
    }

    public void setPartner(OrganisationRef partner) {
        this.partner = partner;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
