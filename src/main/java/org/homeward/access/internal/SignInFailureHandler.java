package org.homeward.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.platform.web.DatabaseUnavailable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SignInAttempts attempts;

    SignInFailureHandler(SignInAttempts attempts) {
        this.attempts = attempts;
    }

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
        } else if (exception instanceof LockedException) {
            error = "locked";
        } else if (exception instanceof DisabledException) {
            error = "disabled";
        } else {
            if (exception instanceof BadCredentialsException) {
                attempts.failed(username);
            }
            error = "credentials";
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + error);
    }
}
