package org.homeward.child.internal.network;

import java.math.BigDecimal;
import org.homeward.child.Locations;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks what Bean Validation on {@link LocationForm} cannot: how the child uses the place, the postcode, the
 * coordinates as a pair, and the yes or no; with messages that say how to put it right.
 */
@Component
class LocationFormValidator implements NetworkFormValidator<LocationForm> {

    @Override
    public void validate(LocationForm form, boolean linking, Errors errors) {
        if (linking && (form.getKind() == null || !Locations.KINDS.contains(form.getKind()))) {
            errors.rejectValue("kind", "required", "Select how the child is linked to this place");
        }
        if (form.getPostcode() != null && Locations.postcode(form.getPostcode()).isEmpty()) {
            errors.rejectValue("postcode", "invalid", "Enter a full UK postcode, like BS1 3XX");
        }
        BigDecimal latitude = coordinate(form.getLatitude(), 90, "latitude",
                "Latitude must be a number between -90 and 90, like 51.4585", errors);
        BigDecimal longitude = coordinate(form.getLongitude(), 180, "longitude",
                "Longitude must be a number between -180 and 180, like -2.5907", errors);
        if (latitude != null && longitude == null && !errors.hasFieldErrors("longitude")) {
            errors.rejectValue("longitude", "required", "Enter the longitude as well as the latitude, or neither");
        } else if (longitude != null && latitude == null && !errors.hasFieldErrors("latitude")) {
            errors.rejectValue("latitude", "required", "Enter the latitude as well as the longitude, or neither");
        }
        FormChecks.yesNo(form.getRiskAssessed(), "riskAssessed",
                "Select yes if this is a risk-assessed location, or no",
                "Select yes if this is a risk-assessed location, or no", errors);
    }

    private static BigDecimal coordinate(String value, int limit, String field, String message, Errors errors) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0 || value.length() > 20) {
                errors.rejectValue(field, "invalid", message);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "invalid", message);
            return null;
        }
    }
}
