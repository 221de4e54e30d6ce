package org.homeward.signoff.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.Children;
import org.homeward.episode.ClosureConditions;
import org.homeward.episode.CouncilRiskScreenings;
import org.homeward.episode.EpisodeClosing;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.Episodes;
import org.homeward.meeting.MeetingHeld;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.FormChecks;
import org.homeward.rhi.InterviewRecorded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Raises a sign-off at each configured point, in the transaction that reaches it, and records a
 * manager's sign-off. An episode does not close without its sign-off.
 */
@Service
class SignOffService implements ClosureConditions {

    static final String HIGH_RISK = "HIGH_RISK";
    static final String RHI_COMPLETED = "RHI_COMPLETED";
    static final String EPISODE_CLOSE = "EPISODE_CLOSE";
    static final String MEETING_OUTCOME = "MEETING_OUTCOME";

    private final SignOffRecords records;
    private final EpisodeHistory episodes;
    private final ObjectProvider<CouncilRiskScreenings> council;
    private final Children children;
    private final Deadlines deadlines;
    private final Episodes episodeSummaries;
    private final ObjectProvider<EpisodeClosing> closing;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final Set<String> points;
    private final int highRiskWorkingDays;
    private final int workingDays;

    SignOffService(SignOffRecords records, EpisodeHistory episodes, ObjectProvider<CouncilRiskScreenings> council,
                   Children children, Episodes episodeSummaries, ObjectProvider<EpisodeClosing> closing,
                   AccessPolicy policy, AuditTrail audit, Clock clock,
                   @Value("${homeward.sign-off.points:HIGH_RISK,RHI_COMPLETED,EPISODE_CLOSE,MEETING_OUTCOME}") Set<String> points,
                   @Value("${homeward.sign-off.high-risk-working-days:1}") int highRiskWorkingDays,
                   @Value("${homeward.sign-off.working-days:5}") int workingDays, Deadlines deadlines) {
        this.deadlines = deadlines;
        this.records = records;
        this.episodes = episodes;
        this.council = council;
        this.children = children;
        this.episodeSummaries = episodeSummaries;
        this.closing = closing;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.points = Set.copyOf(points.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).toList());
        this.highRiskWorkingDays = highRiskWorkingDays;
        this.workingDays = workingDays;
    }

    static String label(String point) {
        return switch (point) {
            case HIGH_RISK -> "High-risk episode";
            case RHI_COMPLETED -> "Return home interview recorded";
            case EPISODE_CLOSE -> "Episode ready to close";
            case MEETING_OUTCOME -> "Missing management meeting outcome";
            default -> point;
        };
    }

    /** The same time of day, this many working days (England and Wales) later. */
    static Instant workingDaysAfter(Instant from, int days) {
        ZonedDateTime t = from.atZone(ClockConfiguration.LONDON);
        return WorkingDays.plus(t.toLocalDate(), days).atTime(t.toLocalTime()).atZone(ClockConfiguration.LONDON).toInstant();
    }

    @EventListener
    public void onChange(ChildRecordChanged change) {
        if (!points.contains(HIGH_RISK)) {
            return;
        }
        CouncilRiskScreenings screenings = council.getIfAvailable();
        for (EpisodeFacts e : episodes.forChild(change.childId())) {
            if (!e.missingNow()) {
                continue;
            }
            boolean councilHigh = screenings != null && screenings.latestFor(e.id())
                    .map(c -> "HIGH".equals(c.rating())).orElse(false);
            if ("HIGH".equals(e.riskCode()) || councilHigh) {
                Instant now = clock.instant();
                raise(HIGH_RISK, e.id(), change.childId(), "/episodes/" + e.id(),
                        ("HIGH".equals(e.riskCode()) ? "Police" : "Council") + " rated the episode high risk",
                        null, now, workingDaysAfter(now, highRiskWorkingDays));
            }
        }
    }

    @EventListener
    public void onLocated(EpisodeLocated event) {
        if (points.contains(EPISODE_CLOSE)) {
            raiseClosure(event.episodeId(), event.childId(), event.recordedBy());
        }
    }

    @EventListener
    public void onInterview(InterviewRecorded event) {
        if (points.contains(RHI_COMPLETED)) {
            Instant now = clock.instant();
            raise(RHI_COMPLETED, event.offerId(), event.childId(), "/return-interviews/" + event.offerId(),
                    "Return home interview recorded", event.recordedBy(), now, workingDaysAfter(now, workingDays));
        }
    }

    @EventListener
    public void onMeeting(MeetingHeld event) {
        if (points.contains(MEETING_OUTCOME)) {
            Instant now = clock.instant();
            raise(MEETING_OUTCOME, event.meetingId(), event.childId(), "/meetings/" + event.meetingId(),
                    "Missing management meeting: decisions and actions", event.recordedBy(), now,
                    workingDaysAfter(now, workingDays));
        }
    }

    /**
     * Raises the sign-off, and its task on the deadline engine for the child's team's managers; a
     * high-risk rating's goes to the named senior manager at once.
     */
    private void raise(String point, UUID subjectId, UUID childId, String href, String summary, UUID workBy,
                       Instant now, Instant due) {
        records.raise(point, subjectId, childId, href, summary, workBy, now, due);
        records.find(point, subjectId).filter(s -> !s.signed()).ifPresent(s -> children.responsibleTeam(childId)
                .ifPresent(team -> deadlines.open(new NewTask(source(point, subjectId),
                        "Sign off: " + label(point).toLowerCase(Locale.UK), childId, TaskOwner.team(team), s.dueAt(),
                        HIGH_RISK.equals(point), "/sign-offs/" + s.id()))));
    }

    static TaskSource source(String point, UUID subjectId) {
        return new TaskSource("SIGN_OFF", "signoff", point + ":" + subjectId);
    }

    /** The work signed off is the return as recorded, by whoever recorded it (the police, often). */
    private void raiseClosure(UUID episodeId, UUID childId, UUID recordedBy) {
        Instant now = clock.instant();
        raise(EPISODE_CLOSE, episodeId, childId, "/episodes/" + episodeId,
                "Child found or returned: oversight before the episode closes",
                recordedBy, now, workingDaysAfter(now, workingDays));
    }

    /**
     * An episode closes only once a manager has signed it off. Asking to close an episode that has no
     * sign-off yet (one returned before sign-offs were required) puts it in the managers' queue.
     */
    @Override
    public List<String> unmetFor(UUID episodeId) {
        if (!points.contains(EPISODE_CLOSE)) {
            return List.of();
        }
        Optional<SignOff> signOff = records.find(EPISODE_CLOSE, episodeId);
        if (signOff.isPresent() && signOff.get().signed()) {
            return List.of();
        }
        return List.of("a team or senior manager signs it off");
    }

    @Override
    public void closeAsked(UUID episodeId) {
        if (points.contains(EPISODE_CLOSE) && records.find(EPISODE_CLOSE, episodeId).isEmpty()) {
            episodeSummaries.summary(episodeId).ifPresent(e -> raiseClosure(episodeId, e.childId(), null));
        }
    }

    /** Signs it off with the manager's comment; refused for one's own work, a second time or without a comment. */
    @Transactional
    boolean sign(SignOff signOff, String comment, Errors errors, CurrentUser user) {
        if (!policy.maySignOff(user)) {
            errors.reject("role", "Only a team manager or senior manager can sign this off");
        } else {
            Refused.allows(() -> signOff.refuseSigningBy(user.id()), errors);
        }
        FormChecks.required(comment, "comment", "Enter your oversight comment", errors);
        FormChecks.maxLength(comment, 4000, "comment", "The comment must be 4000 characters or fewer", errors);
        Refused.allows(signOff::refuseSigningAgain, errors);
        if (errors.hasErrors()) {
            return false;
        }
        if (!records.sign(signOff.id(), user.id(), user.displayName(), comment.strip(), clock.instant())) {
            errors.reject("signed", "Someone else signed this off a moment ago");
            return false;
        }
        deadlines.complete(source(signOff.point(), signOff.subjectId()), user.id());
        if (EPISODE_CLOSE.equals(signOff.point())) {
            closing.ifAvailable(c -> c.closeIfAsked(signOff.subjectId(), user));
        }
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("sign-off", signOff.id(), signOff.childId()),
                List.of("Signed off"), label(signOff.point()));
        return true;
    }
}
