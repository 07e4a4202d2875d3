package id.go.kemensos.replika.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account as an administrator enters it; the initial password is given to the person in private. */
public class NewUserForm {

    @NotBlank(message = "user.validation.usernameRequired")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "user.validation.username")
    private String username;

    @NotBlank(message = "user.validation.fullNameRequired")
    @Size(max = 150, message = "validation.tooLong:{max}")
    private String fullName;

    @Email(message = "user.validation.email")
    @Size(max = 254, message = "validation.tooLong:{max}")
    private String email;

    @NotBlank(message = "user.validation.passwordRequired")
    @Size(min = 12, max = 200, message = "user.validation.passwordLength")
    private String initialPassword;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
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

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
