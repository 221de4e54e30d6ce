package org.homeward.child.internal.network;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/** A location with every child and episode that used it, and changing its details. */
@Controller
@RequestMapping("/locations")
class LocationController extends NetworkRecordController<Location, LocationForm> {

    private final LocationService service;

    LocationController(LocationService service, LocationFormValidator validator, NetworkPages pages) {
        super(pages, service, validator, LocationForm.PAGE, LocationForm::of, "location", "Location saved",
                (id, model) -> model.addAttribute("uses", service.uses(id)));
        this.service = service;
    }

    /** An edit must not make the place a second record of one already recorded. */
    @Override
    void checkChanges(UUID id, LocationForm form, Errors errors) {
        super.checkChanges(id, form, errors);
        if (!errors.hasErrors() && service.duplicates(id, form)) {
            errors.rejectValue("description", "duplicate",
                    "Another location with this description and postcode is already recorded: change the description");
        }
    }
}
