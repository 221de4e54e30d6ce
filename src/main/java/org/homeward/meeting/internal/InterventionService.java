package org.homeward.meeting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.ChildsViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Interventions in the child's plan and whether they help: episodes and hours missing before and since. */
@Service
class InterventionService {

    static final Set<String> IMPROVED = Set.of("YES", "PARTLY", "NO");
    /** The kinds of intervention, so that the partnership can see which kinds reduce missing. */
    static final String KINDS = "intervention-type";

    private final Interventions interventions;
    private final EpisodeHistory episodes;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    private final MeetingDeadlines deadlines;
    private final Vocabularies vocabularies;

    InterventionService(Interventions interventions, EpisodeHistory episodes, Directory directory, AuditTrail audit,
                        Clock clock, MeetingDeadlines deadlines, Vocabularies vocabularies) {
        this.deadlines = deadlines;
        this.vocabularies = vocabularies;
        this.interventions = interventions;
        this.episodes = episodes;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /**
     * From the start to {@code to} (inclusive), against the same number of days just before the start;
     * an episode counts on the day the child was last seen, its hours as missing so far.
     */
    Interventions.Impact impact(UUID childId, LocalDate startedOn, LocalDate to) {
        long days = Math.max(1, ChronoUnit.DAYS.between(startedOn, to) + 1);
        LocalDate from = startedOn.minusDays(days);
        Instant now = clock.instant();
        int before = 0;
        int after = 0;
        double hoursBefore = 0;
        double hoursAfter = 0;
        for (EpisodeFacts e : episodes.forChild(childId)) {
            LocalDate day = e.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate();
            double hours = Duration.between(e.lastSeenAt(), e.missingNow() ? now : e.locatedAt()).toMinutes() / 60.0;
            if (!day.isBefore(from) && day.isBefore(startedOn)) {
                before++;
                hoursBefore += hours;
            } else if (!day.isBefore(startedOn) && !day.isAfter(to)) {
                after++;
                hoursAfter += hours;
            }
        }
        return new Interventions.Impact(from, startedOn, to, before, round(hoursBefore), after, round(hoursAfter));
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    @Transactional
    public boolean add(UUID childId, InterventionForm form, BindingResult result, CurrentUser user) {
        if (form.getDescription() == null || form.getDescription().isBlank()) {
            result.rejectValue("description", "required", "Enter the intervention");
        }
        // Optional, as for interventions recorded before it was asked; one not in the list is a mistake to correct.
        String kind = form.getKind() == null || form.getKind().isBlank() ? null : form.getKind().strip();
        if (kind != null && !vocabularies.inForce(KINDS, kind, today())) {
            result.rejectValue("kind", "invalid", "Select the type of intervention from the list");
        }
        UUID responsible = parse(form.getResponsibleId()).filter(id -> directory.practitioners().stream()
                .anyMatch(o -> o.id().equals(id))).orElse(null);
        if (responsible == null) {
            result.rejectValue("responsibleId", "required", "Select who is responsible for it");
        }
        Optional<LocalDate> started = form.started().toDate();
        if (form.started().blank()) {
            result.rejectValue("startedDay", "required", "Enter when it started");
        } else if (started.isEmpty()) {
            result.rejectValue("startedDay", "invalid", "Enter a real start date");
        }
        int weeks = 0;
        try {
            weeks = Integer.parseInt(form.getReviewWeeks() == null ? "" : form.getReviewWeeks().strip());
        } catch (NumberFormatException e) {
            weeks = 0;
        }
        if (weeks < 1 || weeks > 52) {
            result.rejectValue("reviewWeeks", "invalid", "Enter the weeks between impact reviews, from 1 to 52");
        }
        ChildsViews views = ChildsViews.check(form.getChildViews(), form.getChildViewsNotObtained(), result);
        if (result.hasErrors()) {
            return false;
        }
        UUID id = interventions.add(childId, form.getDescription().strip(), kind, responsible, started.get(), weeks, views,
                user.id(), clock.instant());
        interventions.find(id).ifPresent(deadlines::reviewDue);
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("intervention", null, childId),
                List.of("Intervention", "Child's views"), null);
        return true;
    }

    @Transactional
    public boolean review(Interventions.Intervention i, InterventionForm form, BindingResult result, CurrentUser user) {
        if (form.getImproved() == null || !IMPROVED.contains(form.getImproved())) {
            result.rejectValue("improved", "required", "Select whether it has helped");
        }
        if (form.getEvidence() == null || form.getEvidence().isBlank()) {
            result.rejectValue("evidence", "required", "Enter what shows it, including the child's view");
        }
        LocalDate today = today();
        if (today.isBefore(i.startedOn())) {
            result.reject("notStarted", "The intervention has not started yet");
        }
        ChildsViews views = ChildsViews.check(form.getChildViews(), form.getChildViewsNotObtained(), result);
        if (result.hasErrors()) {
            return false;
        }
        interventions.addReview(i.id(), today, form.getImproved(), form.getEvidence().strip(),
                impact(i.childId(), i.startedOn(), today), "yes".equals(form.getEnd()), views, user.id(),
                clock.instant());
        deadlines.reviewed(i, user.id());
        interventions.find(i.id()).ifPresent(deadlines::reviewDue);
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("intervention", i.id(), i.childId()),
                List.of("Impact review", "Child's views"), null);
        return true;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
