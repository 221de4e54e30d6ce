package org.homeward.rhi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.child.Associates;
import org.homeward.child.Locations;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The interview form's answers read into the record, each checked against the lists in force when it was held. */
@Component
class InterviewAnswers {

    static final String PUSH = "rhi-push-factor";
    static final String PULL = "rhi-pull-factor";
    static final String HARM = "rhi-harm";
    static final String ROLES = "rhi-interviewer-role";
    /**
     * Interviewers who are not independent of the child's care: carers, placement staff, the child's
     * social worker and others of the responsible authority (DfE 2014; DOMAIN.md RHI-01).
     */
    static final Set<String> NOT_INDEPENDENT = Set.of("CARER", "PLACEMENT_STAFF", "SOCIAL_WORKER",
            "RESPONSIBLE_AUTHORITY");
    static final Set<String> SUPPORT = Set.of("NONE", "RHI_SERVICE", "REFERRAL");

    private final Vocabularies vocabularies;
    private final Associates associates;
    private final Locations locations;

    InterviewAnswers(Vocabularies vocabularies, Associates associates, Locations locations) {
        this.vocabularies = vocabularies;
        this.associates = associates;
        this.locations = locations;
    }

    /** The interview's answers, checked; null when there are errors (they are in the result). */
    OfferRecords.Interview read(InterviewForm form, Optional<Instant> held, Instant now,
                                List<OfferRecords.Factor> factors, BindingResult result) {
        LocalDate on = held.orElse(now).atZone(ClockConfiguration.LONDON).toLocalDate();
        boolean roleKnown = vocabularies.inForce(ROLES, form.getInterviewerRole(), on);
        if (!roleKnown) {
            result.rejectValue("interviewerRole", "required", "Select the interviewer's role");
        }
        // Independence follows from a role on the list only: an unknown or missing role is already an error.
        boolean independent = roleKnown && !FormChecks.oneOf(form.getInterviewerRole(), NOT_INDEPENDENT);
        boolean chose = "yes".equals(form.getChildChoseKnownWorker());
        if (roleKnown && !independent && !chose) {
            result.rejectValue("childChoseKnownWorker", "independence", "An interview by the child’s carer, placement "
                    + "staff or social worker is not independent: hold it only if the child chose them");
        }
        if (!"yes".equals(form.getExploitation()) && !"no".equals(form.getExploitation())) {
            result.rejectValue("exploitation", "required", "Select whether there are signs of exploitation");
        } else if ("yes".equals(form.getExploitation())) {
            require(form.getExploitationDetail(), "exploitationDetail", "Describe the signs of exploitation", result);
        }
        if (!"true".equals(form.getStayingSafeGiven())) {
            result.rejectValue("stayingSafeGiven", "required", "Give the child information on staying safe, then tick this");
        }
        if (blank(form.getChildWords()) && blank(form.getChildWordsNotObtained())) {
            result.rejectValue("childWords", "required", "Enter the child’s own words, or why they could not be obtained");
        }
        factors(PUSH, form.getPushFactors(), "pushFactors", on, form, factors, result);
        factors(PULL, form.getPullFactors(), "pullFactors", on, form, factors, result);
        factors(HARM, form.getHarms(), "harms", on, form, factors, result);
        if (!"yes".equals(form.getConsentToShare()) && !"no".equals(form.getConsentToShare())) {
            result.rejectValue("consentToShare", "required", "Select whether the child consents to sharing");
        } else if ("yes".equals(form.getConsentToShare())) {
            require(form.getShareWith(), "shareWith", "Enter who the child agrees it can be shared with", result);
        }
        if (!FormChecks.oneOf(form.getSupportDecision(), SUPPORT)) {
            result.rejectValue("supportDecision", "required", "Select the decision on support");
        } else if ("REFERRAL".equals(form.getSupportDecision())) {
            require(form.getReferralTo(), "referralTo", "Enter the service the child is referred to", result);
        }
        if (result.hasErrors()) {
            return null;
        }
        return new OfferRecords.Interview(held.get(), form.getInterviewerName().strip(),
                form.getInterviewerRole(), form.getInterviewerAgency().strip(), independent, chose,
                text(form.getWhereWent()), text(form.getWhoWith()), text(form.getTravel()), text(form.getHowReturned()),
                form.getHarm().strip(), "yes".equals(form.getExploitation()),
                "yes".equals(form.getExploitation()) ? text(form.getExploitationDetail()) : null,
                text(form.getHealth()), text(form.getEducation()), text(form.getFeelingSafe()), true,
                "true".equals(form.getHelplineGiven()), text(form.getChildWords()),
                blank(form.getChildWords()) ? text(form.getChildWordsNotObtained()) : null,
                "yes".equals(form.getConsentToShare()),
                "yes".equals(form.getConsentToShare()) ? text(form.getShareWith()) : null,
                form.getSupportDecision(), "REFERRAL".equals(form.getSupportDecision()) ? text(form.getReferralTo()) : null);
    }

    /**
     * The associates and places the child named, from the child's own shared records only: someone not
     * yet recorded is added on the child's record first, or described in the free text.
     */
    OfferRecords.Links links(UUID childId, InterviewForm form, BindingResult result) {
        Set<String> knownPeople = new HashSet<>();
        associates.forChild(childId).forEach(a -> knownPeople.add(a.id().toString()));
        Set<String> knownPlaces = new HashSet<>();
        locations.forChild(childId).forEach(l -> knownPlaces.add(l.id().toString()));
        List<UUID> people = chosen(form.getAssociates(), knownPeople, "associates",
                "Select only people recorded as the child’s associates", result);
        List<UUID> places = chosen(form.getLocations(), knownPlaces, "locations",
                "Select only places recorded on the child’s record", result);
        return new OfferRecords.Links(people, places);
    }

    private static List<UUID> chosen(List<String> ids, Set<String> known, String field, String message,
                                     BindingResult result) {
        List<UUID> chosen = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (!known.contains(id)) {
                result.rejectValue(field, "unknown", message);
                return List.of();
            }
            UUID uuid = UUID.fromString(id);
            if (!chosen.contains(uuid)) {
                chosen.add(uuid);
            }
        }
        return chosen;
    }

    private void factors(String vocabulary, List<String> codes, String field, LocalDate on, InterviewForm form,
                         List<OfferRecords.Factor> into, BindingResult result) {
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!vocabularies.inForce(vocabulary, code, on)) {
                result.rejectValue(field, "unknown", "Select factors from the list in force when the interview was held");
                return;
            }
            into.add(new OfferRecords.Factor(vocabulary, code, text(form.getDetails().get(code))));
        }
    }

    private static void require(String value, String field, String message, BindingResult result) {
        if (blank(value)) {
            result.rejectValue(field, "required", message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }
}
