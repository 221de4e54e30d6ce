package org.homeward.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A form with a file larger than any upload Homeward takes is answered with a GOV.UK page saying so (413),
 * before sign-in checks: otherwise the request cannot be read, its CSRF token is not found and the person
 * sees "You cannot do that" for a file that was only too big. Smaller files reach the form's own checks,
 * which answer in its error summary. Nothing is saved.
 */
class OversizeUploadFilter extends HttpFilter {

    static final String VIEW = "error/413";

    private final ViewResolver views;
    private final long largest;
    private final long readAtMost;

    /** {@code largest}: the largest request taken; {@code readAtMost}: how much of a larger one is read and dropped. */
    OversizeUploadFilter(ViewResolver views, long largest, long readAtMost) {
        this.views = views;
        this.largest = largest;
        this.readAtMost = readAtMost;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= largest) {
            chain.doFilter(request, response);
            return;
        }
        // Read (up to a bound) what was sent, so the browser gets the page rather than a connection reset.
        if (request.getContentLengthLong() <= readAtMost) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        } else {
            response.setHeader("Connection", "close");
        }
        response.setStatus(413);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        try {
            View view = views.resolveViewName(VIEW, Locale.UK);
            if (view != null) {
                view.render(Map.of("largestMegabytes", largest / (1024 * 1024)), request, response);
                return;
            }
        } catch (Exception e) {
            response.resetBuffer();
        }
        response.getWriter().write("The selected file is too large. Go back and choose a smaller file.");
    }
}
