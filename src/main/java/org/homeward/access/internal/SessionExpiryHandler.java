package org.homeward.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A form submitted after the session timed out fails its CSRF check. Rather than lose what was
 * typed, keep the submission, ask the person to sign in, then offer to send it again.
 */
@Component
class SessionExpiryHandler implements AccessDeniedHandler {

    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password");
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, ServletException {
        if (exception instanceof CsrfException && "POST".equals(request.getMethod()) && !signedIn()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.equals("/sign-in") && !path.equals("/sign-out") && sameOrigin(request)) {
                LinkedHashMap<String, List<String>> fields = new LinkedHashMap<>();
                request.getParameterMap().forEach((name, values) -> {
                    if (!NEVER_KEPT.contains(name)) {
                        fields.put(name, Arrays.asList(values));
                    }
                });
                request.getSession(true).setAttribute(PendingSubmission.ATTRIBUTE, new PendingSubmission(path, fields));
            }
            response.sendRedirect(request.getContextPath() + "/sign-in?timeout");
            return;
        }
        denied.handle(request, response, exception);
    }

    static boolean sessionTimedOut(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** Only our own pages' forms are kept, never a post forged by another site. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        try {
            URI uri = URI.create(origin);
            return request.getServerName().equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
