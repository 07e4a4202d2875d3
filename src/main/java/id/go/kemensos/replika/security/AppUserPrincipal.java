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

    public AppUserPrincipal(long userId, String username, String passwordHash, String fullName, Role role,
            Long unitId, Long partnerId, String language, boolean active) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unitId = unitId;
        this.partnerId = partnerId;
        this.language = language;
        this.active = active;
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
