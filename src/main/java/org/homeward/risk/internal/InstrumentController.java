package org.homeward.risk.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.ClockConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.homeward.platform.web.FormErrors;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The screening tool in force and every version published, so that those who use its suggestion
 * can see how it is worked out, and administrators can check what they published.
 */
@Controller
class InstrumentController {

    private final ScreeningService service;
    private final Instruments instruments;
    private final AccessPolicy policy;
    private final Clock clock;
    private final InstrumentPublisher publisher;

    InstrumentController(ScreeningService service, Instruments instruments, AccessPolicy policy, Clock clock,
                         InstrumentPublisher publisher) {
        this.publisher = publisher;
        this.service = service;
        this.instruments = instruments;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/risk-screening/instrument")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!policy.mayViewChildren(user) && !policy.mayAdminister(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Instrument instrument = service.inForce();
        model.addAttribute("instrument", instrument);
        model.addAttribute("sections", instrument.sections());
        model.addAttribute("versions", instruments.published());
        model.addAttribute("highRiskAge", service.highRiskAge());
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        model.addAttribute("mayPublish", policy.mayAdminister(user));
        return "risk/instrument";
    }

    /** A new version starts from the latest published: its factors to change, remove or add to. */
    @GetMapping("/risk-screening/instrument/new")
    String newVersion(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(policy.mayAdminister(user));
        return form(model, InstrumentForm.from(publisher.latest()));
    }

    @PostMapping("/risk-screening/instrument")
    String publish(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("instrumentForm") InstrumentForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        require(policy.mayAdminister(user));
        Optional<String> published = publisher.publishedSince(form);
        if (published.isPresent()) {
            StaleForm.startAgain(model, result, form.fieldOrder(), "basedOn", published.get());
            return form(model, form);
        }
        if (publisher.publish(form, result, user).isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, form.fieldOrder()));
            return form(model, form);
        }
        redirect.addFlashAttribute("success", "New version of the risk screening tool published");
        return "redirect:/risk-screening/instrument";
    }

    private String form(Model model, InstrumentForm form) {
        model.addAttribute("latest", publisher.latest());
        model.addAttribute("instrumentForm", form);
        return "risk/instrument-form";
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
