package org.homeward.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Outside every other filter, so that it also sees failures in the session lookup and in sign-in:
 * when the database is unavailable the page says so at once, as a GOV.UK 503, instead of a bare
 * server error. The page is rendered here, without the session or the database.
 */
class DatabaseUnavailableFilter extends HttpFilter {

    static final String VIEW = "error/503";
    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ViewResolver views;

    DatabaseUnavailableFilter(ViewResolver views) {
        this.views = views;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The path and the failure's type only: a query string may hold a child's name.
            log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        // The CSRF token would be read from the session, which lives in the database.
        request.removeAttribute("_csrf");
        request.removeAttribute(CsrfToken.class.getName());
        try {
            View view = views.resolveViewName(VIEW, Locale.UK);
            if (view != null) {
                view.render(Map.of(), request, response);
                return;
            }
        } catch (Exception e) {
            log.warn("The service-unavailable page could not be rendered: {}", e.getClass().getSimpleName());
            response.resetBuffer();
        }
        response.getWriter().write(PLAIN);
    }

    static final String PLAIN = """
            <!DOCTYPE html>
            <html lang="en" class="govuk-template"><head><meta charset="utf-8">
            <title>Sorry, there is a problem with the service - Homeward</title>
            <link rel="stylesheet" href="/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"></head>
            <body class="govuk-template__body"><div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" role="main">
            <h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p class="govuk-body">Try again in a few minutes.</p></main></div></body></html>
            """;
}
