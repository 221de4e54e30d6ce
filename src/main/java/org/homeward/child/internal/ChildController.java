package org.homeward.child.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.child.ChildAlerts;
import org.homeward.child.internal.philomena.PhilomenaService;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ChildController {

    private final ChildService service;
    private final ChildFormValidator validator;
    private final ChildView view;
    private final AccessPolicy policy;
    private final Vocabularies vocabularies;
    private final Directory directory;
    private final Clock clock;
    private final ReferredChildPage referred;
    private final ObjectProvider<ChildAlerts> alerts;
    private final RecordSummary summary;
    private final PhilomenaService philomena;
    private final ChildIros iros;

    ChildController(ChildService service, ChildFormValidator validator, ChildView view, AccessPolicy policy,
                    Vocabularies vocabularies, Directory directory, Clock clock, ReferredChildPage referred,
                    ObjectProvider<ChildAlerts> alerts, RecordSummary summary, PhilomenaService philomena,
                    ChildIros iros) {
        this.iros = iros;
        this.alerts = alerts;
        this.summary = summary;
        this.philomena = philomena;
        this.service = service;
        this.validator = validator;
        this.view = view;
        this.policy = policy;
        this.vocabularies = vocabularies;
        this.directory = directory;
        this.clock = clock;
        this.referred = referred;
    }

    @GetMapping("/children")
    String searchPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireFind(user);
        model.addAttribute("mayCreate", policy.mayEditChildren(user));
        return "child/search";
    }

    /** A POST, so that names and dates of birth never appear in URLs or access logs. */
    @PostMapping("/children/search")
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "q", required = false) String q,
                  Model model) {
        requireFind(user);
        model.addAttribute("mayCreate", policy.mayEditChildren(user));
        model.addAttribute("referralsOnly", policy.referralsOnly(user));
        model.addAttribute("q", q);
        if (q == null || q.isBlank()) {
            model.addAttribute("errors", List.of(new FormErrors.Entry("q",
                    "Enter a name, date of birth or identifier to search for")));
            return "child/search";
        }
        if (q.length() > 200) {
            model.addAttribute("errors", List.of(new FormErrors.Entry("q", "Search must be 200 characters or fewer")));
            return "child/search";
        }
        model.addAttribute("results", rows(user, service.find(q, policy.childScope(user))));
        return "child/search";
    }

    /** Children as search lists them: not opened, and marked where the person is not involved. */
    private List<Map<String, Object>> rows(CurrentUser user, List<Child> found) {
        LocalDate today = today();
        java.util.Set<UUID> involved = policy.referralsOnly(user)
                ? found.stream().map(Child::id).collect(java.util.stream.Collectors.toSet())
                : policy.involvedAmong(user, found.stream().map(Child::id).toList());
        return found.stream().<Map<String, Object>>map(c -> Map.of(
                "id", c.id(), "involved", involved.contains(c.id()),
                "name", c.fullName(), "aliases", String.join(", ", c.aliasNames()),
                "dateOfBirth", c.dateOfBirth(), "age", view.age(c, today), "legalStatus", view.legalStatus(c),
                "authority", directory.agencyName(c.responsibleAuthorityId()).orElse(""))).toList();
    }

    @GetMapping("/children/new")
    String newChild(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireEdit(user);
        ChildForm form = new ChildForm();
        form.setLegalStatus("NONE");
        return form(model, form, null);
    }

    @PostMapping("/children")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("childForm") ChildForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        requireEdit(user);
        Optional<LocalDate> dob = validator.validate(form, result);
        if (result.hasErrors() || dob.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, ChildForm.FIELD_ORDER));
            return form(model, form, null);
        }
        // One record per child: before adding one, show the records it may duplicate, until the person says it is different.
        List<Child> possible = service.possibleDuplicates(form, dob.get(), policy.childScope(user));
        if (!possible.isEmpty() && !form.confirmedDifferentChild()) {
            model.addAttribute("possible", rows(user, possible));
            model.addAttribute("answers", form.answers());
            return "child/possible-duplicates";
        }
        Child child = service.create(form, dob.get(), user.id(), user.agencyId(), possible.size());
        redirect.addFlashAttribute("success", "Record created for " + child.fullName());
        return "redirect:/children/" + child.id();
    }

    @GetMapping("/children/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        if (policy.referralsOnly(user)) {
            return referred.show(user, id, model);
        }
        requireView(user);
        Child child = service.open(id);
        boolean special = policy.maySeeSpecialCategory(user);
        model.addAttribute("child", child);
        model.addAttribute("name", child.fullName());
        model.addAttribute("sections", view.sections(child, today(), special));
        model.addAttribute("mayEdit", policy.mayEditChildren(user));
        model.addAttribute("mayAudit", policy.mayReadAuditTrail(user));
        model.addAttribute("mayReport", policy.mayReportMissing(user));
        model.addAttribute("mayExport", policy.mayExportPolicePack(user));
        model.addAttribute("mayViewShares", policy.mayViewShares(user, id));
        model.addAttribute("maySubjectAccess", policy.mayHandleSubjectAccess(user, id));
        model.addAttribute("alerts", alerts.orderedStream().flatMap(a -> a.alertsFor(id).stream()).toList());
        model.addAttribute("summary", summary.rowsFor(id));
        model.addAttribute("iroHistory", iros.history(id));
        model.addAttribute("photoTakenOn", philomena.forChild(id).filter(p -> p.hasPhoto())
                .map(p -> p.photoTakenOn()).orElse(null));
        return "child/show";
    }

    @GetMapping("/children/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        requireEdit(user);
        Child child = service.open(id);
        return form(model, ChildForm.of(child), child);
    }

    @PostMapping("/children/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("childForm") ChildForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        requireEdit(user);
        Optional<LocalDate> dob = validator.validate(form, result);
        if (result.hasErrors() || dob.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, ChildForm.FIELD_ORDER));
            return form(model, form, service.open(id));
        }
        try {
            Child saved = service.update(id, form, dob.get(), user.id());
            redirect.addFlashAttribute("success", "Record updated");
            return "redirect:/children/" + saved.id();
        } catch (StaleRecordException stale) {
            Child current = stale.current();
            // Show both versions; the editor's answers stay in the form, now based on the saved version.
            Child mine = form.toChild(id, dob.get(), current.createdAt(), current.updatedAt(), current.version());
            model.addAttribute("errors", FormErrors.conflict(
                    "Someone else changed this record while you were editing it. Check both versions below, then save again"));
            model.addAttribute("conflicts", mine.fieldsChangedFrom(current).stream().map(label -> Map.of(
                    "label", label,
                    "theirs", display(Child.AUDITED_FIELDS.get(label).apply(current)),
                    "yours", display(Child.AUDITED_FIELDS.get(label).apply(mine)))).toList());
            model.addAttribute("changedBy", current.updatedAt());
            form.setVersion(current.version());
            return form(model, form, current);
        }
    }

    private String form(Model model, ChildForm form, Child existing) {
        LocalDate today = today();
        model.addAttribute("childForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("existingName", existing == null ? null : existing.fullName());
        model.addAttribute("sexes", vocabularies.termsInForce("sex", today));
        model.addAttribute("ethnicities", vocabularies.termsInForce("ethnicity", today));
        model.addAttribute("senStatuses", vocabularies.termsInForce("sen", today));
        model.addAttribute("legalStatuses", vocabularies.termsInForce("legal-status", today));
        model.addAttribute("authorities", directory.localAuthorities());
        model.addAttribute("workers", directory.caseHolders());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("iros", directory.iros());
        return "child/form";
    }

    private String display(Object value) {
        if (value instanceof UUID id) {
            return directory.agencyName(id).or(() -> directory.teamName(id)).or(() -> directory.userName(id))
                    .orElse("(unknown)");
        }
        if (value == null) {
            return "(blank)";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(blank)" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    private void requireFind(CurrentUser user) {
        if (!policy.mayFindChildren(user)) {
            throw new AccessDeniedException("Your role does not give access to children's records");
        }
    }

    private void requireView(CurrentUser user) {
        if (!policy.mayViewChildren(user)) {
            throw new AccessDeniedException("Your role does not give access to children's records");
        }
    }

    private void requireEdit(CurrentUser user) {
        if (!policy.mayEditChildren(user)) {
            throw new AccessDeniedException("Your role does not allow you to change children's records");
        }
    }
}
