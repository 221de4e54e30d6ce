package org.homeward.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: the session timings for the timeout warning. */
@ControllerAdvice
class LayoutAdvice {

    private final long timeoutSeconds;
    private final long warningSeconds;

    LayoutAdvice(@Value("${spring.session.timeout:30m}") Duration timeout,
                 @Value("${homeward.session-warning:2m}") Duration warning) {
        this.timeoutSeconds = timeout.toSeconds();
        this.warningSeconds = Math.min(warning.toSeconds(), timeoutSeconds);
    }

    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return timeoutSeconds;
    }

    @ModelAttribute("sessionWarningSeconds")
    long sessionWarningSeconds() {
        return warningSeconds;
    }
}
