package org.homeward.episode.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.homeward.episode.ClosureConditions;
import org.homeward.episode.EpisodeGraded;
import org.homeward.episode.EpisodeRecorded;
import org.homeward.episode.EpisodeReported;
import org.homeward.episode.EpisodeRiskChanged;
import org.homeward.episode.SafeAndWellOutcomeShared;
import org.homeward.episode.SignificantHarmSuspected;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.homeward.episode.EpisodeClosing;
import org.homeward.episode.EpisodeLocated;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Vocabularies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The rules of an episode (DOMAIN.md EP-01…EP-15), enforced here and, where they can be, by the
 * database: one episode at a time per child, located after last seen, closed only once located,
 * amended times only with a reason, every change kept.
 */
@Service
class EpisodeService implements EpisodeClosing {

    private final EpisodeRecords records;
    private final Vocabularies vocabularies;
    private final Directory directory;
    private final Placements placements;
    private final Locations locations;
    private final PolicePacks policePacks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ObjectProvider<ClosureConditions> closureConditions;

    private final Children children;
    private final RiskLevelPolicy riskLevels;
    private final Settings settings;
    private final PoliceMessages messages;

    EpisodeService(EpisodeRecords records, Vocabularies vocabularies, Directory directory, Placements placements,
                   Locations locations, PolicePacks policePacks, AuditTrail audit, ApplicationEventPublisher events,
                   Clock clock, ObjectProvider<ClosureConditions> closureConditions, Children children,
                   RiskLevelPolicy riskLevels, Settings settings, PoliceMessages messages) {
        this.settings = settings;
        this.messages = messages;
        this.closureConditions = closureConditions;
        this.children = children;
        this.riskLevels = riskLevels;
        this.locations = locations;
        this.policePacks = policePacks;
        this.records = records;
        this.vocabularies = vocabularies;
        this.directory = directory;
        this.placements = placements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
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
                + label("episode-category", episode.category()).toLowerCase(Locale.UK) + ", last seen "
                + Dates.ofInstant(episode.lastSeenAt()), null, episode.lastSeenAt(), now, user);
        audit.record(AuditAction.CREATE, subject(episode), List.of("Category", "Last seen", "Missing from"), null);
        linkPlaces(episode);
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
        UnaryOperator<String> category = code -> label("episode-category", code);
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

    @Transactional
    boolean grade(Episode episode, GradingForm form, Errors errors, CurrentUser user) {
        LocalDate on = episode.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate();
        if (form.getClassification() == null || !vocabularies.inForce("police-classification", form.getClassification(), on)) {
            errors.rejectValue("classification", "invalid", "Select the police classification in use on "
                    + Dates.ofDay(on));
        }
        if (form.getRiskLevel() == null || !vocabularies.inForce("police-risk", form.getRiskLevel(), on)) {
            errors.rejectValue("riskLevel", "invalid", "Select a risk level");
        } else {
            children.summary(episode.childId()).flatMap(c -> riskLevels.refusal(form.getRiskLevel(), c, on))
                    .ifPresent(why -> errors.rejectValue("riskLevel", "policy", why));
        }
        required(form.getAssessorRank(), 100, "assessorRank", "Enter your rank or role, for example Sergeant or missing person coordinator", errors);
        if (form.getRationale() == null) {
            errors.rejectValue("rationale", "required", "Enter the reason for this risk level and the information it rests on");
        } else if (form.getRationale().length() > 4000) {
            errors.rejectValue("rationale", "tooLong", "Reason must be 4000 characters or fewer");
        }
        Instant now = clock.instant();
        List<EpisodeRecords.Source> sources = sources(form, now, errors);
        if (errors.hasErrors()) {
            return false;
        }
        String before = records.gradings(episode.id()).stream().findFirst().map(EpisodeRecords.Grading::riskLevel).orElse(null);
        UUID grading = records.addGrading(episode.id(), form.getClassification(), form.getRiskLevel(), form.getRationale(),
                form.getAssessorRank(), now, user);
        records.addSources(grading, sources);
        messages.missingReport(episode, form.getRiskLevel(), user, now);
        events.publishEvent(new EpisodeGraded(episode.id(), episode.childId(), form.getRiskLevel(),
                user.id()));
        if (!form.getRiskLevel().equals(before)) {
            events.publishEvent(new EpisodeRiskChanged(episode.id(), episode.childId(), true,
                    form.getRiskLevel(), user.id()));
        }
        records.addChange(episode.id(), "GRADED", "Risk graded " + label("police-risk", form.getRiskLevel()).toLowerCase(Locale.UK)
                + " (" + label("police-classification", form.getClassification()) + ")", form.getRationale(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Police classification", "Risk level"), null);
        events.publishEvent(new ChildRecordChanged(episode.childId(), "Risk graded"));
        return true;
    }

    /**
     * The information sources typed into the grading form: at least one, each complete and obtained
     * no later than now (APP: a risk assessment records where its information came from, so that a
     * review can test it and a later officer can go back to the person who gave it).
     */
    private List<EpisodeRecords.Source> sources(GradingForm form, Instant now, Errors errors) {
        List<EpisodeRecords.Source> sources = new ArrayList<>();
        List<GradingForm.SourceRow> rows = form.getSources() == null ? List.of() : form.getSources();
        for (int n = 0; n < Math.min(rows.size(), GradingForm.SOURCE_ROWS); n++) {
            GradingForm.SourceRow row = rows.get(n);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "sources[" + n + "].";
            String which = n == 0 ? "" : " for source " + (n + 1);
            required(row.getSupplier(), 200, at + "supplier", "Enter who supplied the information" + which, errors);
            required(row.getContact(), 200, at + "contact", "Enter how to contact who supplied the information" + which, errors);
            required(row.getInformation(), 2000, at + "information", "Enter what information they gave" + which, errors);
            Optional<Instant> obtained = when(row.obtainedAt(), at + "obtainedDay", "the information was obtained" + which,
                    true, now, errors);
            if (obtained.isPresent() && row.getSupplier() != null && row.getContact() != null && row.getInformation() != null) {
                sources.add(new EpisodeRecords.Source(null, row.getSupplier(), row.getContact(), row.getInformation(),
                        obtained.get()));
            }
        }
        if (rows.stream().limit(GradingForm.SOURCE_ROWS).allMatch(r -> r == null || r.blank())) {
            errors.rejectValue("sources[0].supplier", "required",
                    "Enter at least one source of information: who supplied it, their contact, what they said and when");
        }
        return sources;
    }

    @Transactional
    boolean locate(Episode episode, LocatedForm form, Errors errors, CurrentUser user) {
        if (!Refused.allows(episode::refuseReturn, errors)) {
            return false;
        }
        if (!String.valueOf(episode.version()).equals(form.getVersion())) {
            throw new StaleEpisodeException(episode);
        }
        Instant now = clock.instant();
        Optional<Instant> at = when(form.locatedAt(), "locatedDay", "the child was found or returned", true, now, errors);
        at.filter(t -> Refused.allows(() -> episode.refuseReturnAt(t), errors)).ifPresent(t ->
                records.overlapping(episode.childId(), episode.lastSeenAt(), t, episode.id()).ifPresent(other ->
                        errors.rejectValue("locatedDay", "overlap", "This would overlap the child's episode from "
                                + Dates.ofInstant(other.lastSeenAt()))));
        // Where, by whom, harm and company are checked for shape at the edge (LocatedForm); the method is a term in force.
        coded(form.getReturnMethod(), "return-method", "returnMethod", "Select how the child was found or returned", errors);
        if (errors.hasErrors()) {
            return false;
        }
        Episode located = episode.returned(new Episode.Return(at.get(), form.getLocatedWhere(), form.getLocatedBy(),
                form.getReturnMethod(), form.getHarmWhileMissing()));
        if (!records.updateDetails(located, now)) {
            throw new StaleEpisodeException(records.find(episode.id()).orElseThrow(EpisodeNotFoundException::new));
        }
        Duration missing = located.duration(now);
        records.addChange(episode.id(), "LOCATED", label("return-method", form.getReturnMethod()) + ", "
                + Dates.ofInstant(at.get()) + ", after " + EpisodeView.duration(missing),
                null, at.get(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Located", "Where located", "How returned"), null);
        linkPlaces(located);
        messages.found(located, form.getFoundWith(), null, user, now);
        events.publishEvent(new EpisodeLocated(episode.id(), episode.childId(), at.get(), user.id()));
        events.publishEvent(new ChildRecordChanged(episode.childId(), "Episode located"));
        return true;
    }

    @Transactional
    boolean recordCheck(Episode episode, CheckForm form, Errors errors, CurrentUser user) {
        if (!Refused.allows(episode::refuseCheck, errors)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<Instant> held = when(form.heldAt(), "heldDay", "the check was held", true, now, errors);
        held.ifPresent(t -> Refused.allows(() -> episode.refuseCheckAt(t), errors));
        required(form.getOfficer(), 200, "officer", "Enter the name of the officer who held the check", errors);
        if (form.getMethod() == null || !List.of("FACE_TO_FACE", "PHONE").contains(form.getMethod())) {
            errors.rejectValue("method", "required", "Select whether the check was face to face or by phone");
        }
        length(form.getDisclosures(), 4000, "disclosures", "Disclosures", errors);
        length(form.getHarm(), 4000, "harm", "Harm", errors);
        length(form.getImmediateActions(), 4000, "immediateActions", "Immediate safeguarding actions", errors);
        length(form.getReferrals(), 2000, "referrals", "Referrals", errors);
        if (form.getSignificantHarm() != null && !List.of("yes", "no").contains(form.getSignificantHarm())) {
            errors.rejectValue("significantHarm", "invalid", "Select whether significant harm is suspected");
        }
        if (errors.hasErrors()) {
            return false;
        }
        boolean significantHarm = "yes".equals(form.getSignificantHarm());
        records.addCheck(episode.id(), new EpisodeRecords.Check(UUID.randomUUID(), held.get(), form.getOfficer(),
                form.getMethod(), form.getDisclosures(), form.getHarm(), form.getImmediateActions(), form.getReferrals(),
                now, significantHarm), user);
        records.addChange(episode.id(), "SAFE_AND_WELL", "Safe and well check held "
                + (form.getMethod().equals("PHONE") ? "by phone" : "face to face") + " by " + form.getOfficer(), null,
                held.get(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Safe and well check"), null);
        if (significantHarm) {
            events.publishEvent(new SignificantHarmSuspected(episode.childId(), episode.id(), "safe and well check",
                    firstGiven(form.getHarm(), form.getDisclosures()), user.id()));
        }
        messages.found(episode, null, checkOutcome(form, held.get()), user, now);
        return true;
    }

    /** The safe-and-well outcome as the council reads it in the found message. */
    private static String checkOutcome(CheckForm form, Instant held) {
        StringBuilder outcome = new StringBuilder("Safe and well check held ")
                .append(form.getMethod().equals("PHONE") ? "by phone" : "face to face").append(" by ")
                .append(form.getOfficer()).append(", ").append(Dates.ofInstant(held)).append(".");
        outcome.append(" Disclosures: ").append(Objects.requireNonNullElse(form.getDisclosures(), "none")).append(".");
        outcome.append(" Harm: ").append(Objects.requireNonNullElse(form.getHarm(), "none")).append(".");
        outcome.append(" Immediate safeguarding: ").append(Objects.requireNonNullElse(form.getImmediateActions(), "none")).append(".");
        outcome.append(" Referrals: ").append(Objects.requireNonNullElse(form.getReferrals(), "none")).append(".");
        String text = outcome.toString();
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "\u2026";
    }

    @Transactional
    boolean share(Episode episode, ShareForm form, Errors errors, CurrentUser user) {
        UUID checkId = parse(form.getCheckId());
        if (checkId == null || records.checks(episode.id()).stream().noneMatch(c -> c.id().equals(checkId))) {
            errors.reject("check", "Choose a safe and well check on this episode");
        }
        required(form.getSharedWith(), 300, "sharedWith", "Enter who the outcome was shared with: their name and agency", errors);
        required(form.getMethod(), 100, "method", "Enter how it was shared, for example by secure email or in a call", errors);
        if (errors.hasErrors()) {
            return false;
        }
        Instant now = clock.instant();
        UUID shareId = records.addShare(checkId, now, form.getSharedWith(), form.getMethod(), user);
        EpisodeRecords.Check check = records.checks(episode.id()).stream().filter(c -> c.id().equals(checkId))
                .findFirst().orElseThrow();
        events.publishEvent(new SafeAndWellOutcomeShared(shareId, episode.id(), episode.childId(),
                checkId, check.heldAt(), check.officer(), now, form.getSharedWith(), form.getMethod(), user.id()));
        records.addChange(episode.id(), "CHECK_SHARED", "Safe and well outcome shared with " + form.getSharedWith(),
                null, now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Safe and well outcome shared"), null);
        return true;
    }

    /** The force closes its investigation once the child is found; the time cannot precede the return. */
    @Transactional
    boolean recordPoliceClosure(Episode episode, PoliceClosureForm form, Errors errors, CurrentUser user) {
        if (!Refused.allows(episode::refusePoliceClosure, errors)) {
            return false;
        }
        if (records.policeClosure(episode.id()).isPresent()) {
            errors.reject("recorded", "The police closure of this episode has already been recorded");
            return false;
        }
        Instant now = clock.instant();
        Optional<Instant> closedAt = when(form.closedAt(), "closedDay", "the police closed the investigation", true, now, errors);
        closedAt.ifPresent(t -> Refused.allows(() -> episode.refusePoliceClosureAt(t), errors));
        length(form.getNote(), 2000, "note", "The note", errors);
        if (errors.hasErrors()) {
            return false;
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        if (!records.recordPoliceClosure(episode.id(), closedAt.get(), note, now, user)) {
            errors.reject("recorded", "The police closure of this episode has already been recorded");
            return false;
        }
        records.addChange(episode.id(), "POLICE_CLOSED", "Police closed the missing person investigation", note,
                closedAt.get(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Police closure"), null);
        return true;
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

    private static String firstGiven(String... answers) {
        for (String a : answers) {
            if (a != null && !a.isBlank()) {
                return a.strip();
            }
        }
        return null;
    }

    /** What still stands in the way of closing the episode, in the words of the modules that hold it open. */
    List<String> waitingOn(Episode episode) {
        return episode.open() ? unmet(episode.id()) : List.of();
    }

    /** What became of asking to close an episode. */
    enum Closing { REFUSED, WAITING, CLOSED }

    /**
     * Closes the episode; if something still holds it open (a manager's sign-off), keeps the note and who
     * asked, and closes it as soon as that is done ({@link #closeIfAsked}).
     */
    @Transactional
    Closing close(Episode episode, CloseForm form, Errors errors, CurrentUser user) {
        if (!Refused.allows(episode::refuseClose, errors)) {
            return Closing.REFUSED;
        }
        if (errors.hasErrors()) {
            return Closing.REFUSED;
        }
        Instant now = clock.instant();
        List<String> waitingOn = unmet(episode.id());
        if (!waitingOn.isEmpty()) {
            closureConditions.orderedStream().forEach(c -> c.closeAsked(episode.id()));
            records.requestClose(episode.id(), form.getClosureNote().strip(), now, user);
            records.addChange(episode.id(), "CLOSE_REQUESTED", "Asked to close: it closes as soon as " + String.join(" and ", waitingOn),
                    form.getClosureNote().strip(), now, user);
            audit.record(AuditAction.CHANGE, subject(episode), List.of("Closure asked for"), null);
            return Closing.WAITING;
        }
        closeNow(episode.id(), Long.parseLong(Objects.requireNonNullElse(form.getVersion(), "-1")),
                form.getClosureNote().strip(), "Episode closed", now, user);
        return Closing.CLOSED;
    }

    @Override
    @Transactional
    public void closeIfAsked(UUID episodeId, CurrentUser by) {
        Optional<EpisodeRecords.CloseRequest> request = records.closeRequest(episodeId);
        Optional<Episode> episode = records.find(episodeId);
        if (request.isEmpty() || episode.isEmpty() || !episode.get().located() || !unmet(episodeId).isEmpty()) {
            return;
        }
        closeNow(episodeId, episode.get().version(), request.get().note(),
                "Episode closed, as " + request.get().byName() + " asked", clock.instant(), by);
    }

    private List<String> unmet(UUID episodeId) {
        return closureConditions.orderedStream().flatMap(c -> c.unmetFor(episodeId).stream()).toList();
    }

    private void closeNow(UUID episodeId, long version, String note, String summary, Instant now, CurrentUser user) {
        if (!records.close(episodeId, version, now, note)) {
            throw new StaleEpisodeException(records.find(episodeId).orElseThrow(EpisodeNotFoundException::new));
        }
        records.addChange(episodeId, "CLOSED", summary, note, now, user);
        audit.record(AuditAction.CHANGE, subject(records.find(episodeId).orElseThrow()), List.of("Closed"), null);
    }

    /** Reads and checks the report/edit form into an episode (ids and lifecycle from {@code current}). */
    private Episode read(ChildSummary child, EpisodeForm form, Episode current, Errors errors, Instant now) {
        Optional<Instant> lastSeen = when(form.lastSeen(), "lastSeenDay", "the child was last seen", true, now, errors);
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
            coded(form.getMissingFrom(), "missing-from", "missingFrom", "Select where the child went missing from", errors);
        }

        Instant reportedAt = null;
        if ("yes".equals(form.getReported())) {
            reportedAt = when(form.reportedAt(), "reportedDay", "the child was reported to the police", true, now, errors)
                    .orElse(null);
            if (reportedAt != null && lastSeen.isPresent()) {
                FormChecks.notBefore("reportedDay", reportedAt, "The report to the police must be",
                        "the child was last seen", lastSeen.get(), errors);
            }
        }
        UUID force = parse(form.getPoliceForceId());
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
                : when(form.councilNotified(), "councilDay", "the council was told", false, now, errors).orElse(null);
        if (council != null && lastSeen.isPresent()) {
            FormChecks.notBefore("councilDay", council, "The council must have been told", "the child was last seen",
                    lastSeen.get(), errors);
        }

        // An episode recorded after the event carries its return too; an edit keeps a return once recorded.
        boolean withReturn = current == null ? "true".equals(form.getRetrospective()) : current.located();
        Instant locatedAt = null;
        if (withReturn) {
            locatedAt = when(form.locatedAt(), "locatedDay", "the child was found or returned", true, now, errors).orElse(null);
            if (locatedAt != null && lastSeen.isPresent() && !locatedAt.isAfter(lastSeen.get())) {
                errors.rejectValue("locatedDay", "beforeLastSeen", "The time found or returned must be after the child was last seen ("
                        + Dates.ofInstant(lastSeen.get()) + ")");
                locatedAt = null;
            }
            // Asked only when there is a return, so checked here rather than on the form.
            required(form.getLocatedWhere(), 500, "locatedWhere", "Enter where the child was found or returned to", errors);
            coded(form.getReturnMethod(), "return-method", "returnMethod", "Select how the child was found or returned", errors);
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
        return new MissingReport(label("episode-category", e.category()), e.lastSeenAt(), e.lastSeenPlace(),
                e.clothing(), e.withWhom(), e.circumstances(), e.reportedToPoliceAt(), e.reportedBy(),
                directory.agencyName(e.policeForceId()).orElse(null), e.policeReference());
    }

    /**
     * Where the child was last seen and found become shared locations, so that a place used again
     * and again, by one child or several, shows up as one place with its count (DOMAIN.md CR-05).
     */
    private void linkPlaces(Episode e) {
        locations.link(locations.findOrCreate(place(e.lastSeenPlace()), null), e.childId(), e.id(), Locations.LAST_SEEN);
        if (e.located() && e.locatedWhere() != null) {
            locations.link(locations.findOrCreate(place(e.locatedWhere()), null), e.childId(), e.id(), Locations.FOUND);
        }
    }

    /** A location's description holds 200 characters; a longer answer keeps its beginning. */
    private static String place(String answer) {
        String trimmed = answer.strip();
        return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 200);
    }

    private Optional<Instant> when(DateTimeInput input, String field, String what, boolean required, Instant now,
                                   Errors errors) {
        if (input.blank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter the date and time " + what);
            }
            return Optional.empty();
        }
        if (input.date().toDate().isEmpty()) {
            errors.rejectValue(field, "invalid", "The date " + what + " must be a real date, for example 27 3 2026");
            return Optional.empty();
        }
        if (input.parsedTime().isEmpty()) {
            errors.rejectValue(field, "time", "Enter the time " + what + ", like 14:30 or 2:30pm");
            return Optional.empty();
        }
        Instant at = input.toInstant().orElseThrow();
        if (DateTimeInput.beforeEarliestEvent(at)) {
            errors.rejectValue(field, "early", "The date " + what + " must be on or after 1 January 2000");
            return Optional.empty();
        }
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.rejectValue(field, "future", "The time " + what + " must be now or in the past");
            return Optional.empty();
        }
        return Optional.of(at);
    }

    private void coded(String value, String vocabulary, String field, String message, Errors errors) {
        if (value == null || !vocabularies.inForce(vocabulary, value, LocalDate.now(clock.withZone(ClockConfiguration.LONDON)))) {
            errors.rejectValue(field, "invalid", message);
        }
    }

    private static void required(String value, int max, String field, String message, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "required", message);
        } else if (value.length() > max) {
            errors.rejectValue(field, "tooLong", "This answer must be " + max + " characters or fewer");
        }
    }

    private static void length(String value, int max, String field, String label, Errors errors) {
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "tooLong", label + " must be " + max + " characters or fewer");
        }
    }

    private String label(String vocabulary, String code) {
        return vocabularies.label(vocabulary, code).orElse(code);
    }

    private static UUID parse(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuditTrail.Subject subject(Episode e) {
        return new AuditTrail.Subject("episode", e.id(), e.childId());
    }
}
