package org.homeward.sharing.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators record the partnership's information sharing agreements (DOMAIN.md CFG-03). */
@Controller
class AgreementController {

    private final Agreements agreements;
    private final Directory directory;
    private final AccessPolicy policy;
    private final Clock clock;

    AgreementController(Agreements agreements, Directory directory, AccessPolicy policy, Clock clock) {
        this.agreements = agreements;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/admin/sharing-agreements")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        require(user);
        Keyset.Page<Agreements.Agreement> page = agreements.page(Keyset.of(after, before, Agreements.PAGE));
        if (page.isEmpty() && (after != null || before != null)) {
            page = agreements.page(Keyset.of(null, null, Agreements.PAGE));
        }
        model.addAttribute("agreements", page.rows());
        model.addAttribute("count", agreements.count());
        model.addAttribute("today", today());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/admin/sharing-agreements"), page));
        return "sharing/agreements";
    }

    @GetMapping("/admin/sharing-agreements/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(user);
        return form(model, new AgreementForm());
    }

    @GetMapping("/admin/sharing-agreements/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(user);
        model.addAttribute("agreement", agreements.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("today", today());
        return "sharing/agreement";
    }

    @PostMapping("/admin/sharing-agreements")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("agreementForm") AgreementForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        require(user);
        List<UUID> parties = new ArrayList<>();
        for (String p : form.getParties()) {
            directory.allAgencies().stream().filter(o -> o.id().toString().equals(p)).findFirst()
                    .ifPresent(o -> parties.add(o.id()));
        }
        if (parties.size() < 2 || parties.size() != form.getParties().stream().distinct().count()) {
            result.rejectValue("parties", "required", "Select at least two agencies that are party to the agreement");
        }
        LocalDate earliest = LocalDate.of(2000, 1, 1);
        LocalDate latest = today().plusYears(10);
        Optional<LocalDate> starts = FormChecks.date(form.starts(), "startsDay", "Enter the date the agreement starts",
                "The start date", earliest, "The start date must be on or after 1 January 2000", latest,
                "The start date must be within 10 years", result);
        Optional<LocalDate> review = FormChecks.date(form.review(), "reviewDay", "Enter the date the agreement is reviewed",
                "The review date", earliest, "The review date must be on or after 1 January 2000", latest,
                "The review date must be within 10 years", result);
        Optional<LocalDate> ends = FormChecks.date(form.ends(), "endsDay", null, "The end date", earliest,
                "The end date must be on or after 1 January 2000", latest, "The end date must be within 10 years", result);
        if (starts.isPresent() && review.isPresent() && !review.get().isAfter(starts.get())) {
            result.rejectValue("reviewDay", "beforeStart", "The review date must be after the start date");
        }
        if (starts.isPresent() && ends.isPresent() && ends.get().isBefore(starts.get())) {
            result.rejectValue("endsDay", "beforeStart", "The end date must be on or after the start date");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, AgreementForm.FIELD_ORDER));
            return form(model, form);
        }
        UUID id = agreements.create(form.getTitle().strip(), form.getPurpose().strip(), form.getLawfulBasis().strip(),
                starts.get(), review.get(), ends.orElse(null), FormChecks.trimmed(form.getDocumentReference()),
                parties, user, clock.instant());
        redirect.addFlashAttribute("success", "Sharing agreement recorded");
        return "redirect:/admin/sharing-agreements/" + id;
    }

    private String form(Model model, AgreementForm form) {
        model.addAttribute("agreementForm", form);
        model.addAttribute("agencies", directory.allAgencies().stream()
                .map(o -> new Vocabularies.Term(o.id().toString(), o.name())).toList());
        return "sharing/agreement-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    private void require(CurrentUser user) {
        if (!policy.mayAdminister(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
