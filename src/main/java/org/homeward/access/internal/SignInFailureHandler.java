package org.homeward.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.platform.web.DatabaseUnavailable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Says what went wrong without saying whether the account exists or is locked: a wrong password, an unknown
 * username, a locked account and too many attempts all get one message. A switched-off account is named
 * only to someone who gave its right password ({@link PasswordSignIn}).
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (DatabaseUnavailable.causedBy(exception)) {
            // Not a wrong password: the accounts could not be read. The service-unavailable page says so.
            throw exception;
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String error;
        if (username == null || username.isBlank()) {
            error = "username";
        } else if (password == null || password.isEmpty()) {
            error = "password";
        } else if (exception instanceof DisabledException) {
            error = "disabled";
        } else {
            error = "credentials";
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + error);
    }
}
