package id.go.kemensos.replika.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security context holds it: everything row-level rules need (role, unit, partner)
 * travels here, so nothing below the features has to look a user up.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final Long unitId;
    private final Long partnerId;
    private final String language;
    private final boolean active;
    private volatile boolean mustChangePassword;

    public AppUserPrincipal(long userId, String username, String passwordHash, String fullName, Role role,
            Long unitId, Long partnerId, String language, boolean active) {
        this(userId, username, passwordHash, fullName, role, unitId, partnerId, language, active, false);
    }

    public AppUserPrincipal(long userId, String username, String passwordHash, String fullName, Role role,
            Long unitId, Long partnerId, String language, boolean active, boolean mustChangePassword) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unitId = unitId;
        this.partnerId = partnerId;
        this.language = language;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
    }

    public long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    /** The UPT of an operator; null for other roles. */
    public Long getUnitId() {
        return unitId;
    }

    /** The CSR partner company of a partner user; null for other roles. */
    public Long getPartnerId() {
        return partnerId;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language == null ? "id" : language);
    }

    /** Whether the password was set by an administrator and must be changed before anything else. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Called once the user has chosen their own password. The principal lives in the session, so the next
     * navigation of this session is no longer redirected to the change-password view.
     */
    public void passwordChanged() {
        mustChangePassword = false;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && that.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + ", " + role + "]";
    }
}
