package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeAnswers.id;
import static org.homeward.episode.internal.EpisodeAnswers.required;
import static org.homeward.episode.internal.EpisodeAnswers.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.child.Locations;
import org.homeward.child.MissingReport;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.child.PolicePacks;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.EpisodeRecorded;
import org.homeward.episode.EpisodeReported;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Reporting a child missing and changing the episode's details (DOMAIN.md EP-01…EP-15): the report is
 * checked against the child's other episodes and the terms in force, here and, where it can be, by the
 * database; the {@link Episode} itself refuses amended times or category without a reason. Every change kept.
 */
@Service
class EpisodeService {

    private final EpisodeRecords records;
    private final Vocabularies vocabularies;
    private final EpisodeTerms terms;
    private final Directory directory;
    private final Placements placements;
    private final Locations locations;
    private final PolicePacks policePacks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Children children;
    private final Settings settings;
    private final PoliceMessages messages;

    EpisodeService(EpisodeRecords records, Vocabularies vocabularies, EpisodeTerms terms, Directory directory,
                   Placements placements, Locations locations, PolicePacks policePacks, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock, Children children, Settings settings,
                   PoliceMessages messages) {
        this.records = records;
        this.vocabularies = vocabularies;
        this.terms = terms;
        this.directory = directory;
        this.placements = placements;
        this.locations = locations;
        this.policePacks = policePacks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.children = children;
        this.settings = settings;
        this.messages = messages;
    }

    @Transactional
    Episode open(UUID id) {
        Episode episode = records.find(id).orElseThrow(EpisodeNotFoundException::new);
        audit.record(AuditAction.VIEW, subject(episode), List.of(), null);
        return episode;
    }

    @Transactional
    Optional<Episode> report(ChildSummary child, EpisodeForm form, Errors errors, CurrentUser user) {
        Instant now = clock.instant();
        Episode draft = read(child, form, null, errors, now);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Episode episode = draft.recordedAs(UUID.randomUUID(), now, user.id());
        try {
            records.insert(episode);
        } catch (DataIntegrityViolationException e) {
            errors.reject("conflict", "This episode clashes with another one saved a moment ago. Check the child's episodes and try again");
            return Optional.empty();
        }
        records.addChange(episode.id(), "REPORTED", (episode.retrospective() ? "Recorded after the event: " : "Reported ")
                + terms.label("episode-category", episode.category()).toLowerCase(Locale.UK) + ", last seen "
                + Dates.ofInstant(episode.lastSeenAt()), null, episode.lastSeenAt(), now, user);
        audit.record(AuditAction.CREATE, subject(episode), List.of("Category", "Last seen", "Missing from"), null);
        linkPlaces(locations, episode);
        // An episode recorded after the event comes with its return: no search, so no pack for the police.
        if (!episode.retrospective()) {
            policePacks.issueForEpisode(child.id(), episode.id(), part2(episode), user);
        }
        messages.missingReport(episode, null, user, now);
        if (episode.located()) {
            events.publishEvent(new EpisodeLocated(episode.id(), episode.childId(), episode.locatedAt(), user.id()));
        }
        if (!episode.retrospective()) {
            events.publishEvent(new EpisodeReported(episode.id(), episode.childId(),
                    episode.policeForceId(), user.id()));
        }
        events.publishEvent(new EpisodeRecorded(episode.id(), episode.childId(),
                episode.retrospective(), user.id()));
        events.publishEvent(new ChildRecordChanged(episode.childId(), "Episode reported"));
        return Optional.of(episode);
    }

    /** Saves changed details; times already recorded, and the category, may be amended only with a reason. */
    @Transactional
    Optional<Episode> update(Episode current, ChildSummary child, EpisodeForm form, Errors errors, CurrentUser user) {
        if (form.getVersion() == null || !form.getVersion().equals(String.valueOf(current.version()))) {
            throw new StaleEpisodeException(current);
        }
        Instant now = clock.instant();
        Episode edited = read(child, form, current, errors, now);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String reason = form.getAmendmentReason();
        UnaryOperator<String> category = code -> terms.label("episode-category", code);
        if (!Refused.allows(() -> current.refuseAmendment(edited, reason, category), errors)) {
            return Optional.empty();
        }
        List<String> changed = current.changesTo(edited);
        if (changed.isEmpty()) {
            return Optional.of(current);
        }
        try {
            if (!records.updateDetails(edited, now)) {
                throw new StaleEpisodeException(records.find(current.id()).orElseThrow(EpisodeNotFoundException::new));
            }
        } catch (DataIntegrityViolationException e) {
            errors.reject("conflict", "These times would overlap another episode of this child saved a moment ago. Check the child's episodes");
            return Optional.empty();
        }
        Optional<String> recategorised = current.recategorisation(edited, category);
        records.addChange(current.id(), recategorised.isPresent() ? "RECLASSIFIED"
                        : current.amendedTimes(edited).isEmpty() ? "DETAILS_CHANGED" : "TIMES_AMENDED",
                recategorised.map(r -> "Changed the " + r + "; ").orElse("") + "Changed: " + String.join(", ", changed),
                reason, now, user);
        audit.record(AuditAction.CHANGE, subject(current), changed, null);
        events.publishEvent(new ChildRecordChanged(current.childId(), "Episode changed"));
        return records.find(current.id());
    }

    /**
     * Episodes are for children under 18 and for care leavers under the partnership's upper age (CR-12),
     * by their age on the day last seen.
     */
    private void inScope(ChildSummary child, LocalDate lastSeen, Errors errors) {
        int age = java.time.Period.between(child.dateOfBirth(), lastSeen).getYears();
        if (age < 18) {
            return;
        }
        int upper = settings.number(Setting.CARE_LEAVER_UPPER_AGE);
        if (!children.careLeaver(child.id())) {
            errors.rejectValue("lastSeenDay", "adult", child.name() + " was " + age + " when last seen. Episodes are "
                    + "recorded for children under 18" + (upper > 18 ? ", and for care leavers under " + upper : ""));
        } else if (age >= upper) {
            errors.rejectValue("lastSeenDay", "careLeaverAge", child.name() + " was " + age + " when last seen. "
                    + "Episodes are recorded for care leavers under " + upper);
        }
    }

    /** Reads and checks the report/edit form into an episode (ids and lifecycle from {@code current}). */
    private Episode read(ChildSummary child, EpisodeForm form, Episode current, Errors errors, Instant now) {
        Optional<Instant> lastSeen = time(form.lastSeen(), "lastSeenDay", "the child was last seen", true, now, errors);
        LocalDate on = lastSeen.map(t -> t.atZone(ClockConfiguration.LONDON).toLocalDate())
                .orElse(LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        lastSeen.ifPresent(t -> {
            if (on.isBefore(child.dateOfBirth())) {
                errors.rejectValue("lastSeenDay", "beforeBirth", "The child cannot have been seen before they were born");
            } else {
                inScope(child, on, errors);
            }
        });
        // Required answers and lengths are checked at the edge (EpisodeForm); codes against the terms in force.
        if (form.getCategory() != null && !vocabularies.inForce("episode-category", form.getCategory(), on)) {
            errors.rejectValue("category", "invalid", "Select whether the child is missing from home, missing from care or away from placement");
        }
        if (form.getMissingFrom() != null) {
            terms.coded(form.getMissingFrom(), "missing-from", "missingFrom", "Select where the child went missing from", errors);
        }

        Instant reportedAt = null;
        if ("yes".equals(form.getReported())) {
            reportedAt = time(form.reportedAt(), "reportedDay", "the child was reported to the police", true, now, errors)
                    .orElse(null);
            if (reportedAt != null && lastSeen.isPresent()) {
                FormChecks.notBefore("reportedDay", reportedAt, "The report to the police must be",
                        "the child was last seen", lastSeen.get(), errors);
            }
        }
        UUID force = id(form.getPoliceForceId());
        if (form.getPoliceForceId() != null && (force == null || directory.policeForces().stream().noneMatch(o -> o.id().equals(force)))) {
            errors.rejectValue("policeForceId", "invalid", "Select the police force from the list");
        }
        String reference = form.getPoliceReference();
        if (reference != null && !errors.hasFieldErrors("policeReference")) {
            records.referenceHolder(reference, current == null ? null : current.id()).ifPresent(holder ->
                    errors.rejectValue("policeReference", "taken", holder.equals(child.id())
                            ? "Police reference " + reference + " is already used for another of this child's episodes"
                            : "Police reference " + reference + " is already used for another child. Check the reference"));
        }
        Instant council = form.councilNotified().blank() ? null
                : time(form.councilNotified(), "councilDay", "the council was told", false, now, errors).orElse(null);
        if (council != null && lastSeen.isPresent()) {
            FormChecks.notBefore("councilDay", council, "The council must have been told", "the child was last seen",
                    lastSeen.get(), errors);
        }

        // An episode recorded after the event carries its return too; an edit keeps a return once recorded.
        boolean withReturn = current == null ? "true".equals(form.getRetrospective()) : current.located();
        Instant locatedAt = null;
        if (withReturn) {
            locatedAt = time(form.locatedAt(), "locatedDay", "the child was found or returned", true, now, errors).orElse(null);
            if (locatedAt != null && lastSeen.isPresent() && !locatedAt.isAfter(lastSeen.get())) {
                errors.rejectValue("locatedDay", "beforeLastSeen", "The time found or returned must be after the child was last seen ("
                        + Dates.ofInstant(lastSeen.get()) + ")");
                locatedAt = null;
            }
            // Asked only when there is a return, so checked here rather than on the form.
            required(form.getLocatedWhere(), 500, "locatedWhere", "Enter where the child was found or returned to", errors);
            terms.coded(form.getReturnMethod(), "return-method", "returnMethod", "Select how the child was found or returned", errors);
        }
        if (lastSeen.isPresent() && !errors.hasFieldErrors("lastSeenDay") && !errors.hasFieldErrors("locatedDay")) {
            Instant end = locatedAt;
            records.overlapping(child.id(), lastSeen.get(), end, current == null ? null : current.id()).ifPresent(other ->
                    errors.rejectValue("lastSeenDay", "overlap", other.located()
                            ? "This overlaps the child's episode from " + Dates.ofInstant(other.lastSeenAt())
                              + " to " + Dates.ofInstant(other.locatedAt()) + ". Check the times"
                            : "The child already has an open episode from " + Dates.ofInstant(other.lastSeenAt())
                              + ". Record that they were found before reporting a new episode"));
        }
        if (errors.hasErrors()) {
            return null;
        }
        UUID placement = placements.on(child.id(), on).map(PlacementSummary::id).orElse(null);
        return new Episode(current == null ? null : current.id(), child.id(), form.getCategory(), form.getMissingFrom(),
                placement, lastSeen.get(), form.getLastSeenPlace(), form.getClothing(), form.getWithWhom(),
                form.getCircumstances(), reportedAt, form.getReportedBy(), force, reference, council,
                current == null ? "true".equals(form.getRetrospective()) : current.retrospective(), locatedAt,
                withReturn ? form.getLocatedWhere() : null, withReturn ? form.getLocatedBy() : null,
                withReturn ? form.getReturnMethod() : null, withReturn ? form.getHarmWhileMissing() : null,
                current == null ? null : current.closedAt(), current == null ? null : current.closureNote(),
                current == null ? now : current.createdAt(), current == null ? null : current.createdBy(), now,
                current == null ? 0 : current.version());
    }

    private MissingReport part2(Episode e) {
        return new MissingReport(terms.label("episode-category", e.category()), e.lastSeenAt(), e.lastSeenPlace(),
                e.clothing(), e.withWhom(), e.circumstances(), e.reportedToPoliceAt(), e.reportedBy(),
                directory.agencyName(e.policeForceId()).orElse(null), e.policeReference());
    }

    /**
     * Where the child was last seen and found become shared locations, so that a place used again
     * and again, by one child or several, shows up as one place with its count (DOMAIN.md CR-05).
     */
    static void linkPlaces(Locations locations, Episode e) {
        locations.link(locations.findOrCreate(place(e.lastSeenPlace()), null), e.childId(), e.id(), Locations.LAST_SEEN);
        if (e.located() && e.locatedWhere() != null) {
            locations.link(locations.findOrCreate(place(e.locatedWhere()), null), e.childId(), e.id(), Locations.FOUND);
        }
    }

    /** A location's description holds 200 characters; a longer answer keeps its beginning. */
    static String place(String answer) {
        String trimmed = answer.strip();
        return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 200);
    }

    static AuditTrail.Subject subject(Episode e) {
        return new AuditTrail.Subject("episode", e.id(), e.childId());
    }
}
