package id.go.kemensos.replika.user;

import id.go.kemensos.replika.base.AbstractEntity;
import id.go.kemensos.replika.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in. The unit (operators) and partner (CSR users) are kept as ids, so this feature does not
 * depend on the unit or partner features; the database keeps them consistent with foreign keys and checks.
 */
@Entity
@Table(name = "app_user")
class AppUser extends AbstractEntity {

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(nullable = false, length = 8)
    private String language = "id";

    @Column(nullable = false)
    private boolean active = true;

    /** Set when an administrator chose or reset the password: the user must pick their own at next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    Long getUnitId() {
        return unitId;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    boolean isActive() {
        return active;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }
}
