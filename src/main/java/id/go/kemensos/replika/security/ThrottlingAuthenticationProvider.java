package id.go.kemensos.replika.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (form and HTTP Basic) through {@link LoginAttempts}: a refused account name or
 * address is turned away before its password is checked; every other failure is counted, and the failure that
 * crosses the limit already answers "locked".
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginAttempts attempts) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (attempts.isBlocked(username, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            attempts.recordSuccess(username);
            return result;
        } catch (AuthenticationException failure) {
            if (attempts.recordFailure(username, address)) {
                LoginThrottledException locked = new LoginThrottledException();
                locked.initCause(failure);
                throw locked;
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
