package org.homeward.access.internal;

import org.homeward.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password. A wrong password, an unknown username, a locked account and too many
 * attempts all get the same answer after the same work (one password hash), so that the answer never
 * tells whether an account exists or is locked. Only the right password learns that an account is
 * switched off.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final UserAccountDetailsService users;
    private final SignInAttempts attempts;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwords;
    /** Checked against when there is no account, so that an unknown name costs what a known one does. */
    private final String unknownUserHash;

    PasswordSignIn(UserAccountDetailsService users, SignInAttempts attempts, SignInThrottle throttle,
                   PasswordEncoder passwords) {
        this.users = users;
        this.attempts = attempts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode("no such account");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName() == null ? "" : request.getName().strip();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        if (username.isEmpty() || password.isEmpty()) {
            throw new BadCredentialsException("Username or password missing");
        }
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (!throttle.allow(username, address)) {
            log.warn("Sign-in refused: too many attempts from {} or for one username", address);
            throw new BadCredentialsException("Too many attempts");
        }
        CurrentUser user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            passwords.matches(password, unknownUserHash);
            // Not the name itself: people type their password into the username box.
            log.info("Sign-in failed: no such username, from {}", address);
            throw new BadCredentialsException("Bad credentials");
        }
        boolean mayCheck = attempts.begin(user.id());
        boolean matches = passwords.matches(password, user.getPassword());
        if (!mayCheck) {
            log.warn("Sign-in refused: account {} is locked after too many failed attempts, from {}", user.id(), address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!matches) {
            log.info("Sign-in failed: wrong password for account {}, from {}", user.id(), address);
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.succeeded(user.id());
        if (!user.isEnabled()) {
            log.info("Sign-in refused: account {} is switched off, from {}", user.id(), address);
            throw new DisabledException("Account switched off");
        }
        log.info("Signed in: account {}, from {}", user.id(), address);
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
