package org.homeward.child.internal.network;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.homeward.child.Locations;
import org.homeward.platform.Vocabularies;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's locations, and each location with every child and episode that used it. */
@Controller
class LocationController {

    static final List<Vocabularies.Term> KINDS = Locations.KINDS.stream()
            .map(k -> new Vocabularies.Term(k, Locations.label(k))).toList();

    private final LocationService service;
    private final LocationFormValidator validator;
    private final NetworkPages pages;
    private final RecordFormPage<Location> formPage = new RecordFormPage<>("child/location-form", "locationForm",
            LocationForm.FIELD_ORDER, "Someone else changed this location while you were editing it. "
            + "Check what is saved now, then save again", model -> model.addAttribute("kinds", KINDS));

    LocationController(LocationService service, LocationFormValidator validator, NetworkPages pages) {
        this.service = service;
        this.validator = validator;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/locations")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireView(user);
        ChildSummary child = pages.child(id);
        model.addAttribute("child", child);
        model.addAttribute("locations", service.forChild(id));
        model.addAttribute("mayEdit", pages.mayEdit(user));
        return "child/locations";
    }

    @GetMapping("/children/{id}/locations/new")
    String newLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireEdit(user, "locations");
        LocationForm form = new LocationForm();
        form.setKind(Locations.FREQUENTED);
        form.setRiskAssessed("no");
        return formPage.show(model, form, pages.child(id), null);
    }

    @PostMapping("/children/{id}/locations")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("locationForm") LocationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, "locations");
        ChildSummary child = pages.child(id);
        validator.validate(form, true, result);
        if (result.hasErrors()) {
            return formPage.withErrors(model, result, form, child, null);
        }
        LocationService.Added added = service.add(id, form);
        redirect.addFlashAttribute("success", added.alreadyRecorded()
                ? form.getDescription() + " was already recorded. It is now linked to " + child.name()
                : form.getDescription() + " added to " + child.name() + "’s locations");
        return "redirect:/children/" + id + "/locations";
    }

    @PostMapping("/children/{id}/locations/{locationId}/unlink")
    String unlink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID locationId,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, "locations");
        ChildSummary child = pages.child(id);
        Location location = service.find(locationId);
        service.unlink(id, locationId);
        redirect.addFlashAttribute("success", location.description() + " is no longer one of "
                + child.name() + "’s frequented places");
        return "redirect:/children/" + id + "/locations";
    }

    @GetMapping("/locations/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireView(user);
        Location location = service.open(id);
        List<LocationService.Use> uses = service.uses(id);
        model.addAttribute("location", location);
        model.addAttribute("uses", uses);
        model.addAttribute("mayEdit", pages.mayEdit(user));
        return "child/location";
    }

    @GetMapping("/locations/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireEdit(user, "locations");
        Location location = service.find(id);
        return formPage.show(model, LocationForm.of(location), null, location);
    }

    @PostMapping("/locations/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("locationForm") LocationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, "locations");
        Location existing = service.find(id);
        validator.validate(form, false, result);
        if (!result.hasErrors() && service.duplicates(id, form)) {
            result.rejectValue("description", "duplicate",
                    "Another location with this description and postcode is already recorded: change the description");
        }
        if (result.hasErrors()) {
            return formPage.withErrors(model, result, form, null, existing);
        }
        return formPage.saveChanges(model, form, () -> service.update(id, form),
                () -> service.find(id), redirect, "Location saved", "/locations/" + id);
    }
}
