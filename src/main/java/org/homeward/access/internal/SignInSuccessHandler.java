package org.homeward.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    SignInSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PendingSubmission.ATTRIBUTE) != null) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/session/resume");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
