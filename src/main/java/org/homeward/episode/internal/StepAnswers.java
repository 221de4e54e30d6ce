package org.homeward.episode.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.homeward.platform.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answers posted on one of an episode's pages. Once recorded, the episode's page follows with what was done; when
 * refused, the page again with what to fix; when someone else saved the episode since the page was opened, the page
 * again with the answers kept, based on the version now saved, and a message saying so.
 *
 * @param page shows the page again, for the episode as this person saw it or as now saved
 * @param staleMessage what the error summary says when someone else saved the episode first; null where the step
 *                     cannot meet a newer version
 * @param setVersion bases the kept answers on the version now saved
 */
record StepAnswers(BindingResult result, Model model, List<String> fieldOrder, Function<Episode, String> page,
                   String staleMessage, Consumer<String> setVersion) {

    StepAnswers(BindingResult result, Model model, List<String> fieldOrder, Function<Episode, String> page) {
        this(result, model, fieldOrder, page, null, null);
    }

    StepAnswers keptWhenStale(String message, Consumer<String> setVersion) {
        return new StepAnswers(result, model, fieldOrder, page, message, setVersion);
    }

    /** @param step records the answers, saying whether they were taken */
    String record(Episode episode, BooleanSupplier step, String success, RedirectAttributes redirect) {
        return record(episode, () -> step.getAsBoolean() ? Optional.of(success) : Optional.empty(), redirect);
    }

    /** @param step records the answers: what the success banner says, or nothing when they were refused */
    String record(Episode episode, Supplier<Optional<String>> step, RedirectAttributes redirect) {
        Optional<String> done;
        try {
            done = step.get();
        } catch (StaleEpisodeException stale) {
            if (staleMessage == null) {
                throw stale;
            }
            // Saving again is then a choice made knowing what changed; a page that can shows it beside the answers.
            Episode current = stale.current();
            result.reject("stale", staleMessage);
            model.addAttribute("errors", FormErrors.summary(result, fieldOrder));
            model.addAttribute("saved", current);
            setVersion.accept(String.valueOf(current.version()));
            return page.apply(current);
        }
        if (done.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, fieldOrder));
            return page.apply(episode);
        }
        redirect.addFlashAttribute("success", done.get());
        return "redirect:/episodes/" + episode.id();
    }
}
