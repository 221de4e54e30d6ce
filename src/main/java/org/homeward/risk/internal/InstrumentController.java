package org.homeward.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.ClockConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    InstrumentController(ScreeningService service, Instruments instruments, AccessPolicy policy, Clock clock) {
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
        return "risk/instrument";
    }
}
