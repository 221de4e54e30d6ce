package org.homeward.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.child.PlacementStarted;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The standing assessment of a looked-after child's risk of going missing (DOMAIN.md RA-03; S81: an
 * initial risk assessment on becoming looked after, including the placement's area). Each placement
 * opens a task on the deadline engine to make one; recording one completes it.
 */
@Service
class StandingAssessmentService {

    static final String TASK = "STANDING_ASSESSMENT";
    static final String MODULE = "risk";
    static final Map<String, String> LEVELS = Map.of("LOW", "Low", "MEDIUM", "Medium", "HIGH", "High");

    private final StandingAssessments records;
    private final Children children;
    private final Placements placements;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period reviewWithin;
    private final int dueWorkingDays;

    StandingAssessmentService(StandingAssessments records, Children children, Placements placements,
                              Deadlines deadlines, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                              @Value("${homeward.risk.standing-assessment.review-within:P6M}") Period reviewWithin,
                              @Value("${homeward.risk.standing-assessment.due-working-days:5}") int dueWorkingDays) {
        this.records = records;
        this.children = children;
        this.placements = placements;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.reviewWithin = reviewWithin;
        this.dueWorkingDays = dueWorkingDays;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    Period reviewWithin() {
        return reviewWithin;
    }

    /** The latest assessment, and whether it is current today. */
    record Standing(Optional<StandingAssessment> latest, boolean current, boolean placementChanged, LocalDate placedOn) {
    }

    Standing standing(UUID childId) {
        LocalDate today = today();
        Optional<StandingAssessment> latest = records.latest(childId);
        StandingAssessment.PlacementRef placement = records.latestPlacement(childId, today).orElse(null);
        return new Standing(latest, latest.map(a -> a.currentOn(today, placement)).orElse(false),
                latest.map(a -> a.olderThan(placement)).orElse(false),
                placement == null ? null : placement.startDate());
    }

    /**
     * A looked-after child placed (entering care or moving) needs a new assessment of the risk of going
     * missing, the placement's area included, within the configured working days.
     */
    @EventListener
    @Transactional
    public void onPlacementStarted(PlacementStarted event) {
        Optional<ChildSummary> child = children.summary(event.childId());
        if (child.isEmpty() || !child.get().lookedAfter()) {
            return;
        }
        LocalDate from = event.startDate().isAfter(today()) ? event.startDate() : today();
        deadlines.ownerFor(event.childId()).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(TASK, MODULE, event.placementId().toString()),
                "Assess the risk of going missing in the new placement, and its area", event.childId(), owner,
                Deadlines.endOf(WorkingDays.plus(from, dueWorkingDays)), false, href(event.childId()) + "/new")));
    }

    /** Saves the assessment when complete and sensible; otherwise the errors say what to put right. */
    @Transactional
    Optional<StandingAssessment> record(ChildSummary child, StandingAssessmentForm form, Errors errors,
                                        CurrentUser user) {
        LocalDate today = today();
        Optional<LocalDate> assessed = FormChecks.date(form.assessed(), "assessedDay",
                "Enter the date of the assessment", "Date of the assessment", child.dateOfBirth(),
                "Date of the assessment must be on or after the child's date of birth", today,
                "Date of the assessment must be today or in the past", errors);
        Optional<LocalDate> review = Optional.empty();
        if (assessed.isPresent()) {
            LocalDate latest = assessed.get().plus(reviewWithin);
            review = FormChecks.date(form.review(), "reviewDay", null, "Review date", assessed.get(),
                    "Review date must be on or after the date of the assessment", latest,
                    "Review date must be no later than " + Dates.ofDay(latest)
                            + ": leave it blank to review then, or give the date of the next care review", errors);
            if (form.review().blank()) {
                review = Optional.of(latest);
            }
        }
        if (errors.hasErrors() || assessed.isEmpty() || review.isEmpty()) {
            return Optional.empty();
        }
        UUID placement = placements.on(child.id(), assessed.get()).map(PlacementSummary::id).orElse(null);
        StandingAssessment a = new StandingAssessment(UUID.randomUUID(), child.id(), placement, assessed.get(),
                form.getRiskLevel(), form.getAreaRisk(), form.getAreaNotes().strip(), form.getTriggers().strip(),
                form.getPlan().strip(), form.getChildViews().strip(), review.get(), user.displayName(), clock.instant());
        records.insert(a, user.id());
        deadlines.completeForChild(TASK, MODULE, child.id(), user.id());
        audit.record(AuditAction.CREATE, subject(a), List.of("Risk level", "Placement area risk", "Placement area",
                "What would make the child go missing", "Plan", "Child's views", "Review date"), null);
        events.publishEvent(new ChildRecordChanged(child.id(), "Risk of going missing assessed"));
        return Optional.of(a);
    }

    static AuditTrail.Subject subject(StandingAssessment a) {
        return new AuditTrail.Subject("standing-assessment", a.id(), a.childId());
    }

    static String href(UUID childId) {
        return "/children/" + childId + "/missing-risk";
    }

    static String label(String level) {
        return LEVELS.getOrDefault(level, level);
    }
}
