package org.homeward.episode.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Dates;

/** One time a child went missing or was away, from last seen to located and closed. */
public record Episode(UUID id, UUID childId, String category, String missingFrom, UUID placementId,
                      Instant lastSeenAt, String lastSeenPlace, String clothing, String withWhom, String circumstances,
                      Instant reportedToPoliceAt, String reportedBy, UUID policeForceId, String policeReference,
                      Instant councilNotifiedAt, boolean retrospective, Instant locatedAt, String locatedWhere,
                      String locatedBy, String returnMethod, String harmWhileMissing, Instant closedAt,
                      String closureNote, Instant createdAt, UUID createdBy, Instant updatedAt, long version) {

    /** DfE 2014 and APP both treat 24 hours missing as a marker of higher risk. */
    static final Duration LONG = Duration.ofHours(24);

    public boolean open() {
        return closedAt == null;
    }

    public boolean located() {
        return locatedAt != null;
    }

    /** Live while the child is missing, final once located. */
    public Duration duration(Instant now) {
        return Duration.between(lastSeenAt, located() ? locatedAt : now);
    }

    public boolean longEpisode(Instant now) {
        return duration(now).compareTo(LONG) >= 0;
    }

    /** From last seen to the report to police; null when never reported. */
    public Duration reportingDelay() {
        return reportedToPoliceAt == null ? null : Duration.between(lastSeenAt, reportedToPoliceAt);
    }

    public boolean reportedLate(Duration threshold) {
        Duration delay = reportingDelay();
        return delay != null && delay.compareTo(threshold) > 0;
    }

    /** What the child's return adds to the episode. */
    record Return(Instant at, String where, String by, String method, String harmWhileMissing) {
    }

    /** The episode as first recorded, from the checked answers of the report ({@code this} is their draft). */
    Episode recordedAs(UUID newId, Instant now, UUID by) {
        return new Episode(newId, childId, category, missingFrom, placementId, lastSeenAt, lastSeenPlace, clothing,
                withWhom, circumstances, reportedToPoliceAt, reportedBy, policeForceId, policeReference,
                councilNotifiedAt, retrospective, locatedAt, locatedWhere, locatedBy, returnMethod, harmWhileMissing,
                null, null, now, by, now, 0);
    }

    /** The episode once the child is found or back; refused on one already returned or closed, or too early. */
    Episode returned(Return r) {
        refuseReturn();
        refuseReturnAt(r.at());
        return new Episode(id, childId, category, missingFrom, placementId, lastSeenAt, lastSeenPlace, clothing,
                withWhom, circumstances, reportedToPoliceAt, reportedBy, policeForceId, policeReference,
                councilNotifiedAt, retrospective, r.at(), r.where(), r.by(), r.method(), r.harmWhileMissing(),
                null, null, createdAt, createdBy, updatedAt, version);
    }

    /** A return is recorded once; an amendment is a change of the episode's details, with a reason. */
    void refuseReturn() {
        if (located()) {
            throw new Refused("located", "The child's return has already been recorded. Change the episode's details to amend it");
        }
        if (!open()) {
            throw new Refused("closed", "This episode is already closed");
        }
    }

    void refuseReturnAt(Instant at) {
        if (!at.isAfter(lastSeenAt)) {
            throw new Refused("locatedDay", "beforeLastSeen", "The time found or returned must be after the child was "
                    + "last seen (" + Dates.ofInstant(lastSeenAt) + ")");
        }
    }

    /** A safe and well check follows the return. */
    void refuseCheck() {
        if (!located()) {
            throw new Refused("notLocated", "Record that the child has been found or has returned before recording "
                    + "the safe and well check");
        }
    }

    void refuseCheckAt(Instant held) {
        refuseCheck();
        if (held.isBefore(locatedAt)) {
            throw new Refused("heldDay", "beforeLocated", "The check must be on or after the time the child was found ("
                    + Dates.ofInstant(locatedAt) + ")");
        }
    }

    /** The police close their investigation once the child is found. */
    void refusePoliceClosure() {
        if (!located()) {
            throw new Refused("notLocated", "The police investigation closes after the child has been found or has "
                    + "returned. Record the return first");
        }
    }

    void refusePoliceClosureAt(Instant closed) {
        refusePoliceClosure();
        if (closed.isBefore(locatedAt)) {
            throw new Refused("closedDay", "beforeLocated", "The police closure must be on or after the time the child "
                    + "was found (" + Dates.ofInstant(locatedAt) + ")");
        }
    }

    /** The police grade the risk while the child is missing and until the episode closes; a closed record stands. */
    void refuseGrading() {
        if (!open()) {
            throw new Refused("closed", "This episode is closed: its risk level can no longer change");
        }
    }

    /** An episode closes once, after the return. */
    void refuseClose() {
        if (!open()) {
            throw new Refused("closed", "This episode is already closed");
        }
        if (!located()) {
            throw new Refused("notLocated", "An episode cannot close until the child has been found or has returned. "
                    + "Record the return first");
        }
    }

    /** The times already recorded that an edit changes, in the words its reason is asked for. */
    List<String> amendedTimes(Episode edited) {
        List<String> amended = new ArrayList<>();
        if (!lastSeenAt.equals(edited.lastSeenAt)) {
            amended.add("last seen");
        }
        if (reportedToPoliceAt != null && !Objects.equals(reportedToPoliceAt, edited.reportedToPoliceAt)) {
            amended.add("reported to police");
        }
        if (located() && !Objects.equals(locatedAt, edited.locatedAt)) {
            amended.add("located");
        }
        return amended;
    }

    /**
     * CR-03: the DfE category is reported nationally; changing it is a reclassification, kept with why.
     *
     * @param categoryLabel the name of a category code as people read it
     * @return "category from … to …", when the edit changes the category
     */
    Optional<String> recategorisation(Episode edited, UnaryOperator<String> categoryLabel) {
        return category.equals(edited.category) ? Optional.empty()
                : Optional.of("category from " + categoryLabel.apply(category).toLowerCase(Locale.UK) + " to "
                  + categoryLabel.apply(edited.category).toLowerCase(Locale.UK));
    }

    /** Recorded times and the category change only with a reason, so that the record says why. */
    void refuseAmendment(Episode edited, String reason, UnaryOperator<String> categoryLabel) {
        if (reason != null) {
            return;
        }
        List<String> amended = amendedTimes(edited);
        if (!amended.isEmpty()) {
            throw new Refused("amendmentReason", "required",
                    "Enter why the " + String.join(" and ", amended) + " time is being changed");
        }
        Optional<String> recategorised = recategorisation(edited, categoryLabel);
        if (recategorised.isPresent()) {
            throw new Refused("amendmentReason", "required", "Enter why the " + recategorised.get() + " is being changed");
        }
    }

    /** The details an edit changes, as the episode's history lists them. */
    List<String> changesTo(Episode edited) {
        List<String> changed = new ArrayList<>();
        diff(changed, "Category", category, edited.category);
        diff(changed, "Missing from", missingFrom, edited.missingFrom);
        diff(changed, "Last seen", lastSeenAt, edited.lastSeenAt);
        diff(changed, "Last seen place", lastSeenPlace, edited.lastSeenPlace);
        diff(changed, "Clothing", clothing, edited.clothing);
        diff(changed, "With whom", withWhom, edited.withWhom);
        diff(changed, "Circumstances", circumstances, edited.circumstances);
        diff(changed, "Reported to police", reportedToPoliceAt, edited.reportedToPoliceAt);
        diff(changed, "Reported by", reportedBy, edited.reportedBy);
        diff(changed, "Police force", policeForceId, edited.policeForceId);
        diff(changed, "Police reference", policeReference, edited.policeReference);
        diff(changed, "Council notified", councilNotifiedAt, edited.councilNotifiedAt);
        diff(changed, "Located", locatedAt, edited.locatedAt);
        diff(changed, "Where located", locatedWhere, edited.locatedWhere);
        diff(changed, "Located by", locatedBy, edited.locatedBy);
        diff(changed, "How returned", returnMethod, edited.returnMethod);
        diff(changed, "Harm while missing", harmWhileMissing, edited.harmWhileMissing);
        return changed;
    }

    private static void diff(List<String> changed, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(label);
        }
    }
}
