package org.homeward.child.internal.philomena;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** For managers: children in residential or foster care still without a Philomena profile. */
@Controller
class PhilomenaExceptionsController {

    static final int PAGE_SIZE = 50;

    private final PhilomenaExceptions exceptions;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Refusals refusals;
    private final Clock clock;
    private final int days;

    PhilomenaExceptionsController(PhilomenaExceptions exceptions, AccessPolicy policy, AuditTrail audit,
                                  Refusals refusals, Clock clock,
                                  @Value("${homeward.philomena.part1-within-days:5}") int days) {
        this.exceptions = exceptions;
        this.policy = policy;
        this.audit = audit;
        this.refusals = refusals;
        this.clock = clock;
        this.days = days;
    }

    @GetMapping("/philomena/exceptions")
    @Transactional
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        refusals.require(policy.maySeeNamesInReports(user), "philomena-exceptions", null, List.of());
        PhilomenaExceptions.Page found = exceptions.without(LocalDate.now(clock.withZone(ClockConfiguration.LONDON)),
                days, policy.involvedWith(user), Keyset.of(after, before, PAGE_SIZE));
        new LinkedHashSet<>(found.rows().stream().map(PhilomenaExceptions.Row::childId).toList())
                .forEach(c -> audit.record(AuditAction.VIEW, new AuditTrail.Subject("philomena-exceptions", null, c),
                        List.of(), null));
        model.addAttribute("found", found);
        model.addAttribute("days", days);
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/philomena/exceptions"),
                found.links()));
        return "child/philomena-exceptions";
    }
}
