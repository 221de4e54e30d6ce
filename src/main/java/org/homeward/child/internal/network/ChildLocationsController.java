package org.homeward.child.internal.network;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A child's locations: adding a place, which is reused when already recorded, and unlinking one. */
@Controller
@RequestMapping("/children/{id}/locations")
class ChildLocationsController extends ChildNetworkController<Location, LocationForm> {

    ChildLocationsController(LocationService service, LocationFormValidator validator, NetworkPages pages) {
        super(pages, service, validator, LocationForm.PAGE, "locations", LocationForm::blank,
                (child, form) -> service.add(child.id(), form).alreadyRecorded()
                        ? form.getDescription() + " was already recorded. It is now linked to " + child.name()
                        : form.getDescription() + " added to " + child.name() + "’s locations",
                (location, child) -> location.description() + " is no longer one of " + child.name()
                        + "’s frequented places");
    }
}
