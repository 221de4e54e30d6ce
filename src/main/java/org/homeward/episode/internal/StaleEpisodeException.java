package org.homeward.episode.internal;

import java.util.List;
import java.util.function.Consumer;
import org.homeward.platform.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Someone else saved the episode after this person opened it. */
class StaleEpisodeException extends RuntimeException {

    private final transient Episode current;

    StaleEpisodeException(Episode current) {
        super("The episode changed since it was opened", null, false, false);
        this.current = current;
    }

    Episode current() {
        return current;
    }

    /**
     * Tells the person at the top of the error summary, and bases their answers, which the form keeps, on the
     * version now saved, so that saving again is a choice made knowing what changed.
     *
     * @return the episode as now saved, for the page to show
     */
    Episode keepAnswers(String message, BindingResult result, Model model, List<String> fieldOrder,
                        Consumer<String> setVersion) {
        result.reject("stale", message);
        model.addAttribute("errors", FormErrors.summary(result, fieldOrder));
        setVersion.accept(String.valueOf(current.version()));
        return current;
    }
}
