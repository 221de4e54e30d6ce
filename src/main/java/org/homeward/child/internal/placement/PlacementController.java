package org.homeward.child.internal.placement;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** A child's placement history: where they live, who placed them and who hosts them. */
@Controller
class PlacementController {

    private static final String POSTCODE = "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$";

    private final PlacementRecords records;
    private final Placements placements;
    private final Children children;
    private final Directory directory;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final Clock clock;

    PlacementController(PlacementRecords records, Placements placements, Children children, Directory directory,
                        Vocabularies vocabularies, AccessPolicy policy, Clock clock) {
        this.records = records;
        this.placements = placements;
        this.children = children;
        this.directory = directory;
        this.vocabularies = vocabularies;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/placements")
    String history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        if (!policy.mayViewChildren(user)) {
            throw new AccessDeniedException("No access to children's records");
        }
        ChildSummary child = child(id);
        records.viewed(id);
        model.addAttribute("child", child);
        model.addAttribute("placements", placements.history(id));
        model.addAttribute("mayEdit", policy.mayEditChildren(user));
        model.addAttribute("today", today());
        return "child/placement/history";
    }

    @GetMapping("/children/{id}/placements/new")
    String newPlacement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        requireEdit(user);
        PlacementForm form = new PlacementForm();
        return form(model, child(id), form);
    }

    @PostMapping("/children/{id}/placements")
    @org.springframework.transaction.annotation.Transactional
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
               @Valid @ModelAttribute("placementForm") PlacementForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        requireEdit(user);
        ChildSummary child = child(id);
        Optional<LocalDate> start = validate(child, form, result);
        if (result.hasErrors() || start.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, PlacementForm.FIELD_ORDER));
            return form(model, child, form);
        }
        String postcode = form.getPostcode() == null ? null : normalisePostcode(form.getPostcode());
        records.add(new PlacementRecords.NewPlacement(id, form.getPlacementType(), form.getProviderName(),
                form.getAddress(), postcode, UUID.fromString(form.getPlacingAuthorityId()),
                UUID.fromString(form.getHostAuthorityId()),
                form.getHostPoliceForceId() == null ? null : UUID.fromString(form.getHostPoliceForceId()), start.get(),
                form.getProviderAgencyId() == null ? null : UUID.fromString(form.getProviderAgencyId()),
                form.isAddressWithheld()), user.id());
        redirect.addFlashAttribute("success", "Placement added");
        return "redirect:/children/" + id + "/placements";
    }

    @PostMapping("/placements/{id}/end")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
               @RequestParam(required = false) String endDay, @RequestParam(required = false) String endMonth,
               @RequestParam(required = false) String endYear, RedirectAttributes redirect) {
        requireEdit(user);
        PlacementSummary placement = placements.byId(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<LocalDate> end = new DateInput(endDay, endMonth, endYear).toDate();
        if (end.isEmpty() || end.get().isBefore(placement.startDate()) || end.get().isAfter(today())) {
            redirect.addFlashAttribute("endError", "Enter a real end date, on or after the placement started and not in the future");
        } else if (records.end(id, placement.childId(), end.get(), user.id())) {
            redirect.addFlashAttribute("success", "Placement ended");
        }
        return "redirect:/children/" + placement.childId() + "/placements";
    }

    private Optional<LocalDate> validate(ChildSummary child, PlacementForm form, BindingResult errors) {
        LocalDate today = today();
        if (form.getPlacementType() == null || !vocabularies.inForce("placement-type", form.getPlacementType(), today)) {
            errors.rejectValue("placementType", "required", "Select the type of placement");
        }
        if (form.getPostcode() != null && !normalisePostcode(form.getPostcode()).matches(POSTCODE)) {
            errors.rejectValue("postcode", "invalid", "Enter a real postcode, like BS16 1QY");
        }
        Set<UUID> authorities = directory.localAuthorities().stream().map(Directory.Option::id).collect(Collectors.toSet());
        Set<UUID> forces = directory.policeForces().stream().map(Directory.Option::id).collect(Collectors.toSet());
        known(form.getPlacingAuthorityId(), authorities, true, "placingAuthorityId",
                "Select the local authority that placed the child", errors);
        known(form.getHostAuthorityId(), authorities, true, "hostAuthorityId",
                "Select the local authority where the placement is", errors);
        known(form.getProviderAgencyId(), directory.careProviders().stream().map(Directory.Option::id)
                .collect(Collectors.toSet()), false, "providerAgencyId",
                "Select the care provider from the list, or leave it blank", errors);
        known(form.getHostPoliceForceId(), forces, false, "hostPoliceForceId",
                "Select the police force for the placement's area from the list", errors);
        Optional<LocalDate> start = Optional.empty();
        if (form.start().blank()) {
            errors.rejectValue("startDay", "required", "Enter the date the placement started");
        } else {
            start = form.start().toDate();
            if (start.isEmpty()) {
                errors.rejectValue("startDay", "invalid", "Start date must be a real date, for example 3 9 2026");
            } else if (start.get().isAfter(today)) {
                errors.rejectValue("startDay", "future", "Start date must be today or in the past");
            } else if (start.get().isBefore(child.dateOfBirth())) {
                errors.rejectValue("startDay", "beforeBirth", "Start date must be on or after the child's date of birth");
            } else {
                Optional<LocalDate> clash = records.overlapping(child.id(), start.get(), null);
                if (clash.isPresent()) {
                    errors.rejectValue("startDay", "overlap", "This would overlap the placement that started on "
                            + Dates.ofDay(clash.get())
                            + ". End that placement first");
                }
            }
        }
        return start;
    }

    private static void known(String value, Set<UUID> ids, boolean required, String field, String message,
                              BindingResult errors) {
        if (value == null) {
            if (required) {
                errors.rejectValue(field, "required", message);
            }
            return;
        }
        try {
            if (!ids.contains(UUID.fromString(value))) {
                errors.rejectValue(field, "invalid", message);
            }
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "invalid", message);
        }
    }

    private static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s", "").toUpperCase();
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    private String form(Model model, ChildSummary child, PlacementForm form) {
        model.addAttribute("child", child);
        model.addAttribute("placementForm", form);
        model.addAttribute("types", vocabularies.termsInForce("placement-type", today()));
        model.addAttribute("authorities", directory.localAuthorities());
        model.addAttribute("forces", directory.policeForces());
        model.addAttribute("careProviders", directory.careProviders());
        return "child/placement/form";
    }

    private ChildSummary child(UUID id) {
        List<ChildSummary> found = children.summaries(List.of(id));
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found.get(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    private void requireEdit(CurrentUser user) {
        if (!policy.mayEditChildren(user)) {
            throw new AccessDeniedException("Your role does not allow you to change placements");
        }
    }
}
