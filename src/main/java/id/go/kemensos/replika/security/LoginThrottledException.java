package id.go.kemensos.replika.security;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins for this account name or from this address. Thrown whether or not the account exists,
 * so the message tells nothing about which accounts exist. A {@link LockedException}, so Spring Security publishes
 * its standard failure event for it.
 */
public class LoginThrottledException extends LockedException {

    public LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
