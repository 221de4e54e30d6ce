package org.homeward.child.internal.network;

import static org.homeward.platform.web.FormChecks.maxLength;
import static org.homeward.platform.web.FormChecks.required;

import java.time.Clock;
import java.time.LocalDate;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks what Bean Validation on {@link AssociateForm} cannot: the relationship when linking, the date, the yes or
 * no and the reason it requires; with messages that say how to put it right.
 */
@Component
class AssociateFormValidator implements NetworkFormValidator<AssociateForm> {

    private final Clock clock;

    AssociateFormValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void validate(AssociateForm form, boolean linking, Errors errors) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        if (linking) {
            relationship(form.getRelationship(), "relationship", errors);
        }
        FormChecks.date(form.lastContacted(), "lastContactedDay", null,
                "Date last contacted by staff", LocalDate.of(1900, 1, 1),
                "Date last contacted by staff must be after 1 January 1900", today,
                "Date last contacted by staff must be today or in the past", errors);
        FormChecks.yesNo(form.getPersonOfConcern(), "personOfConcern",
                "Select yes if this person is a risk to the child, or no",
                "Select yes if this person is a risk to the child, or no", errors);
        if (form.concern()) {
            required(form.getConcernReason(), "concernReason",
                    "Enter why this person is a concern, so that officers know what to look for", errors);
            maxLength(form.getConcernReason(), 1000, "concernReason",
                    "Reason for concern must be 1000 characters or fewer", errors);
        }
    }

    static void relationship(String value, String field, Errors errors) {
        required(value, field, "Enter how the child knows this person, for example friend or older boyfriend", errors);
        maxLength(value, 200, field, "Relationship must be 200 characters or fewer", errors);
    }
}
