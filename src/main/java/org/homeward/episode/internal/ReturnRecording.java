package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeAnswers.id;
import static org.homeward.episode.internal.EpisodeAnswers.time;
import static org.homeward.episode.internal.EpisodeService.subject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.Locations;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.SafeAndWellOutcomeShared;
import org.homeward.episode.SignificantHarmSuspected;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Dates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The child's return and what follows it: where and when they were found, the safe and well check, and
 * sharing its outcome; the {@link Episode} refuses a return or check its state does not allow.
 */
@Service
class ReturnRecording {

    private final EpisodeRecords records;
    private final EpisodeTerms terms;
    private final Locations locations;
    private final PoliceMessages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnRecording(EpisodeRecords records, EpisodeTerms terms, Locations locations, PoliceMessages messages,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.terms = terms;
        this.locations = locations;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
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
        Optional<Instant> at = time(form.locatedAt(), "locatedDay", "the child was found or returned", true, now, errors);
        at.filter(t -> Refused.allows(() -> episode.refuseReturnAt(t), errors)).ifPresent(t ->
                records.overlapping(episode.childId(), episode.lastSeenAt(), t, episode.id()).ifPresent(other ->
                        errors.rejectValue("locatedDay", "overlap", "This would overlap the child's episode from "
                                + Dates.ofInstant(other.lastSeenAt()))));
        // Where, by whom, harm and company are checked for shape at the edge (LocatedForm); the method is a term in force.
        terms.coded(form.getReturnMethod(), "return-method", "returnMethod", "Select how the child was found or returned", errors);
        if (errors.hasErrors()) {
            return false;
        }
        Episode located = episode.returned(new Episode.Return(at.get(), form.getLocatedWhere(), form.getLocatedBy(),
                form.getReturnMethod(), form.getHarmWhileMissing()));
        if (!records.updateDetails(located, now)) {
            throw new StaleEpisodeException(records.find(episode.id()).orElseThrow(EpisodeNotFoundException::new));
        }
        Duration missing = located.duration(now);
        records.addChange(episode.id(), "LOCATED", terms.label("return-method", form.getReturnMethod()) + ", "
                + Dates.ofInstant(at.get()) + ", after " + EpisodeView.duration(missing),
                null, at.get(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Located", "Where located", "How returned"), null);
        EpisodeService.linkPlaces(locations, located);
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
        Optional<Instant> held = time(form.heldAt(), "heldDay", "the check was held", true, now, errors);
        held.ifPresent(t -> Refused.allows(() -> episode.refuseCheckAt(t), errors));
        // The officer, method, accounts and significant harm are checked for shape at the edge (CheckForm).
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
        UUID checkId = id(form.getCheckId());
        if (checkId == null || records.checks(episode.id()).stream().noneMatch(c -> c.id().equals(checkId))) {
            errors.reject("check", "Choose a safe and well check on this episode");
        }
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

    private static String firstGiven(String... answers) {
        for (String a : answers) {
            if (a != null && !a.isBlank()) {
                return a.strip();
            }
        }
        return null;
    }
}
