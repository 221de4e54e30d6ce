package org.homeward.child.internal.philomena;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's Philomena profile, part 1: view, complete or update, and the photograph. */
@Controller
class PhilomenaController {

    private final PhilomenaService service;
    private final PhilomenaFormValidator validator;
    private final PhilomenaView view;
    private final Children children;
    private final AccessPolicy policy;
    private final Dates dates;
    private final Clock clock;

    PhilomenaController(PhilomenaService service, PhilomenaFormValidator validator, PhilomenaView view,
                        Children children, AccessPolicy policy, Dates dates, Clock clock) {
        this.service = service;
        this.validator = validator;
        this.view = view;
        this.children = children;
        this.policy = policy;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/philomena")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        requireView(user);
        ChildSummary child = child(id);
        Optional<PhilomenaProfile> profile = service.open(id);
        model.addAttribute("child", child);
        model.addAttribute("profile", profile.orElse(null));
        profile.ifPresent(p -> {
            model.addAttribute("warnings", view.warnings(p, today()));
            model.addAttribute("sections", view.sections(p, policy.maySeeSpecialCategory(user)));
            model.addAttribute("photoOutOfDate", view.photoOutOfDate(p, today()));
        });
        model.addAttribute("specialHidden", !policy.maySeeSpecialCategory(user));
        model.addAttribute("mayEdit", policy.mayEditPhilomena(user));
        model.addAttribute("mayExport", policy.mayExportPolicePack(user));
        return "child/philomena";
    }

    /** The photograph alone, never cached: a browser or proxy must not keep a picture of a child. */
    @GetMapping("/children/{id}/philomena/photo")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireView(user);
        Photo photo = service.openPhoto(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(photo.bytes());
    }

    @GetMapping("/children/{id}/philomena/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        requireEdit(user);
        ChildSummary child = child(id);
        Optional<PhilomenaProfile> profile = service.forChild(id);
        PhilomenaForm form = profile.map(PhilomenaForm::of).orElseGet(() -> {
            PhilomenaForm f = new PhilomenaForm();
            f.setCompletedBy(user.displayName() + ", " + user.agencyName());
            f.setCompletedOn(DateInput.of(today()));
            return f;
        });
        return form(user, model, form, child, profile.orElse(null));
    }

    @PostMapping("/children/{id}/philomena")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @Valid @ModelAttribute("philomenaForm") PhilomenaForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        requireEdit(user);
        ChildSummary child = child(id);
        Optional<PhilomenaProfile> existing = service.forChild(id);
        Optional<PhilomenaFormValidator.Checked> checked = validator.validate(form, child.dateOfBirth(),
                existing.map(PhilomenaProfile::hasPhoto).orElse(false), result);
        if (checked.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, PhilomenaForm.FIELD_ORDER));
            model.addAttribute("photoChosen", form.getPhoto() != null && !form.getPhoto().isEmpty()
                    && !result.hasFieldErrors("photo"));
            return form(user, model, form, child, existing.orElse(null));
        }
        try {
            service.save(id, form, checked.get(), policy.maySeeSpecialCategory(user));
        } catch (OptimisticLockingFailureException stale) {
            PhilomenaProfile current = service.forChild(id).orElseThrow();
            PhilomenaProfile mine = form.toProfile(current.id(), id, checked.get().dates(),
                    checked.get().photo().isPresent() ? clock.instant() : current.photoUploadedAt(),
                    current.createdAt(), current.updatedAt(), current.version());
            model.addAttribute("errors", FormErrors.conflict(
                    "Someone else changed this profile while you were editing it. Check both versions below, then save again"));
            model.addAttribute("conflicts", mine.fieldsChangedFrom(current).stream()
                    .filter(label -> policy.maySeeSpecialCategory(user) || !PhilomenaProfile.SPECIAL_CATEGORY.contains(label))
                    .map(label -> Map.of("label", label,
                            "theirs", display(PhilomenaProfile.FIELDS.get(label).apply(current)),
                            "yours", display(PhilomenaProfile.FIELDS.get(label).apply(mine)))).toList());
            model.addAttribute("changedAt", current.updatedAt());
            model.addAttribute("photoChosen", checked.get().photo().isPresent());
            form.setVersion(current.version());
            return form(user, model, form, child, current);
        }
        redirect.addFlashAttribute("success", "Philomena profile saved");
        return "redirect:/children/" + id + "/philomena";
    }

    private String form(CurrentUser user, Model model, PhilomenaForm form, ChildSummary child,
                        PhilomenaProfile existing) {
        model.addAttribute("philomenaForm", form);
        model.addAttribute("child", child);
        model.addAttribute("existing", existing);
        model.addAttribute("special", policy.maySeeSpecialCategory(user));
        return "child/philomena-form";
    }

    private String display(Object value) {
        if (value == null) {
            return "(blank)";
        }
        if (value instanceof LocalDate date) {
            return dates.date(date);
        }
        if (value instanceof java.time.Instant instant) {
            return "Uploaded " + dates.dateTime(instant);
        }
        return String.valueOf(value);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    private ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireView(CurrentUser user) {
        if (!policy.mayViewChildren(user)) {
            throw new AccessDeniedException("Your role does not give access to children's records");
        }
    }

    private void requireEdit(CurrentUser user) {
        if (!policy.mayEditPhilomena(user)) {
            throw new AccessDeniedException("Your role does not allow you to change a Philomena profile");
        }
    }
}
