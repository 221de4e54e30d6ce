package org.homeward.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal no form takes in (a change asked of a record whose state offers no such form: grading a closed
 * episode, an interview on a declined offer) answers 409 Conflict, never a server error. A refusal the page can
 * show is turned into a form error by {@code Refused.allows} before it gets here.
 */
@ControllerAdvice
class RefusalAdvice {

    @ExceptionHandler(Refused.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
