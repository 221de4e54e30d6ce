package org.homeward.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.AssociateSummary;
import org.homeward.child.Associates;
import org.homeward.child.ChildRecordChanged;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.meeting.MeetingHeld;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.Refused;
import org.homeward.platform.web.ActionRows;
import org.homeward.platform.web.FormChecks;
import org.homeward.rhi.ReturnInterviews;
import org.homeward.risk.ExploitationScreenings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Raises "meeting required" from the criteria, and records requests and meetings, each audited. */
@Service
class MeetingService {

    private final MeetingCriteria criteria;
    private final MeetingRecords records;
    private final EpisodeHistory episodes;
    private final ReturnInterviews interviews;
    private final Associates associates;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExploitationScreenings exploitationScreenings;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final MeetingDeadlines deadlines;

    MeetingService(MeetingCriteria criteria, MeetingRecords records, EpisodeHistory episodes, ReturnInterviews interviews,
                   Associates associates, Directory directory, AuditTrail audit, Clock clock,
                   ExploitationScreenings exploitationScreenings,
                   org.springframework.context.ApplicationEventPublisher events, MeetingDeadlines deadlines) {
        this.exploitationScreenings = exploitationScreenings;
        this.events = events;
        this.deadlines = deadlines;
        this.criteria = criteria;
        this.records = records;
        this.episodes = episodes;
        this.interviews = interviews;
        this.associates = associates;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * After every change to what is known about the child, once it is committed (decision 0032). Evaluations of one
     * child wait for each other, so that the last to commit saw the last change.
     */
    @ApplicationModuleListener
    public void onChange(ChildRecordChanged change) {
        records.lockChild(change.childId());
        evaluate(change.childId());
    }

    void evaluate(UUID childId) {
        List<MeetingCriteria.Criterion> met = criteria.evaluate(childId, clock.instant());
        if (met.isEmpty()) {
            records.withdraw(childId, clock.instant());
        } else {
            records.raise(childId, met.stream().map(MeetingCriteria.Criterion::label).toList(),
                    met.stream().map(MeetingCriteria.Criterion::detail).toList(), clock.instant());
        }
    }

    @Transactional
    public boolean request(UUID childId, String kind, RequestForm form, BindingResult result, CurrentUser user) {
        if (form.getReason() == null || form.getReason().isBlank()) {
            result.rejectValue("reason", "required", "POLICE_REQUEST".equals(kind)
                    ? "Enter why the police are asking for a meeting" : "Enter how the carers’ reporting is a concern");
            return false;
        }
        records.addRequest(childId, kind, form.getReason().strip(), user.id(), clock.instant());
        audit.record(AuditAction.CREATE, subject(null, childId), List.of("Meeting request"),
                "POLICE_REQUEST".equals(kind) ? "Requested by the police" : "Carers reporting inappropriately");
        evaluate(childId);
        return true;
    }

    /**
     * A manager decides the meeting the criteria call for is not convened (CR-11): the reason is
     * required, and who decided and when are kept, shown with the child's meetings and in the chronology.
     * Like a meeting, it answers what was known then; something new raises a meeting again.
     */
    @Transactional
    public boolean decideNotToConvene(UUID childId, NotConvenedForm form, BindingResult result, CurrentUser user) {
        MissingManagementMeeting meeting = records.meetingFor(childId);
        if (!Refused.allows(meeting::refuseNotConvened, result)) {
            return false;
        }
        String reason = form.getNotConvenedReason();
        if (blank(reason)) {
            result.rejectValue("notConvenedReason", "required",
                    "Enter why the meeting is not needed, and how the risk is managed instead");
            return false;
        }
        if (reason.length() > 4000) {
            result.rejectValue("notConvenedReason", "tooLong", "The reason must be 4000 characters or fewer");
            return false;
        }
        Set<UUID> considered = new HashSet<>(associates.forChild(childId).stream()
                .filter(AssociateSummary::personOfConcern).map(AssociateSummary::id).toList());
        if (!records.notConvened(meeting.required().id(), reason.strip(), considered, user.id(), clock.instant())) {
            result.reject("changed", "The meeting requirement changed while you were deciding: check it and decide again");
            return false;
        }
        audit.record(AuditAction.CHANGE, subject(null, childId), List.of("Decision not to convene", "Reason"),
                "Meeting not convened");
        return true;
    }

    /** What the meeting is given before it starts: the history, the interviews' findings, the exploitation score. */
    record Prepared(List<MeetingCriteria.Criterion> criteria, String history, String findings, String exploitation) {
    }

    Prepared prepare(UUID childId) {
        Instant now = clock.instant();
        List<EpisodeFacts> all = episodes.forChild(childId);
        Instant year = now.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        List<EpisodeFacts> lastYear = all.stream().filter(e -> !e.lastSeenAt().isBefore(year)).toList();
        StringBuilder history = new StringBuilder();
        history.append(all.size()).append(all.size() == 1 ? " episode" : " episodes").append(" in all; ")
                .append(lastYear.size()).append(" in the last 12 months");
        long missingNow = all.stream().filter(EpisodeFacts::missingNow).count();
        if (missingNow > 0) {
            history.append("; missing now");
        }
        history.append('.');
        for (EpisodeFacts e : all.stream().limit(10).toList()) {
            history.append("\n").append(MeetingView.dateTime(e.lastSeenAt())).append(": ").append(e.category())
                    .append(", ").append(e.missingNow() ? "missing now" : e.duration())
                    .append(e.riskLevel() == null ? "" : ", police risk " + e.riskLevel())
                    .append(e.retrospective() ? ", recorded after the event" : "");
        }
        StringBuilder findings = new StringBuilder();
        List<ReturnInterviews.Findings> held = interviews.forChild(childId);
        if (held.isEmpty()) {
            findings.append("No return home interview held.");
        }
        for (ReturnInterviews.Findings f : held.stream().limit(3).toList()) {
            findings.append(findings.isEmpty() ? "" : "\n").append(MeetingView.date(f.heldAt())).append(": \"")
                    .append(f.childWords()).append("\"")
                    .append(f.factors().isEmpty() ? "" : " " + String.join("; ", f.factors()))
                    .append(f.exploitation() ? "; signs of exploitation" : "");
        }
        String exploitation = exploitationScreenings.latest(childId).map(ExploitationScreenings.Latest::summary)
                .orElse("No exploitation screening recorded.");
        return new Prepared(criteria.evaluate(childId, now), history.toString(), findings.toString(), exploitation);
    }

    @Transactional
    public Optional<UUID> record(UUID childId, MeetingForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        MissingManagementMeeting rules = records.meetingFor(childId);
        Optional<Instant> held = HeldAt.read(form.heldAt(), "meeting", rules::refuseHeldAt, now, result);
        FormChecks.required(form.getChair(), "chair", "Enter who chaired the meeting", result);
        FormChecks.required(form.getAttendees(), "attendees", "Enter who attended, with their role and agency", result);
        if (blank(form.getChildView()) && blank(form.getChildViewNotGiven())) {
            result.rejectValue("childView", "required", "Enter the child’s view, or why it was not obtained");
        }
        FormChecks.required(form.getRiskAnalysis(), "riskAnalysis", "Enter the risk analysis", result);
        FormChecks.required(form.getDecisions(), "decisions", "Enter the decisions made", result);
        if (!"yes".equals(form.getTriggerPlanNeeded()) && !"no".equals(form.getTriggerPlanNeeded())) {
            result.rejectValue("triggerPlanNeeded", "required", "Select whether a trigger plan is needed");
        }
        Optional<LocalDate> heldOn = held.filter(h -> !result.hasFieldErrors("heldDay"))
                .map(h -> h.atZone(ClockConfiguration.LONDON).toLocalDate());
        Set<UUID> people = new HashSet<>(directory.practitioners().stream().map(Directory.Option::id).toList());
        List<ActionRows.Action> actions = ActionRows.read(form.getActions(), people, heldOn, "action", result);
        DateInput review = form.reviewOn();
        Optional<LocalDate> reviewOn = review.toDate();
        if (review.blank()) {
            result.rejectValue("reviewDay", "required", "Enter the date of the review");
        } else if (reviewOn.isEmpty()) {
            result.rejectValue("reviewDay", "invalid", "Enter a real review date");
        } else if (heldOn.isPresent()) {
            Refused.allows(() -> rules.refuseReviewOn(reviewOn.get(), heldOn.get()), result);
        }
        FormChecks.required(form.getDistribution(), "distribution",
                "Enter who the minutes go to: one person or agency a line", result);
        if (result.hasErrors()) {
            return Optional.empty();
        }
        Prepared prepared = prepare(childId);
        List<String> criteriaMet = new ArrayList<>(prepared.criteria().stream()
                .map(c -> c.label() + ": " + c.detail()).toList());
        if (criteriaMet.isEmpty()) {
            criteriaMet.add("Convened without a criterion met");
        }
        UUID id = UUID.randomUUID();
        MeetingRecords.Meeting meeting = new MeetingRecords.Meeting(id, childId, held.get(), form.getChair().strip(),
                criteriaMet, form.getAttendees().strip(), FormChecks.trimmed(form.getApologies()), prepared.history(),
                prepared.findings(), prepared.exploitation(), FormChecks.trimmed(form.getChildView()),
                blank(form.getChildView()) ? FormChecks.trimmed(form.getChildViewNotGiven()) : null, form.getRiskAnalysis().strip(),
                form.getDecisions().strip(), "yes".equals(form.getTriggerPlanNeeded()), reviewOn.get(),
                form.getDistribution().strip(), user.displayName(), now);
        Set<UUID> considered = new HashSet<>(associates.forChild(childId).stream()
                .filter(AssociateSummary::personOfConcern).map(AssociateSummary::id).toList());
        records.save(id, childId, meeting, considered, actions, user.id(), now);
        deadlines.actionsAgreed(id, childId, records.actions(id));
        deadlines.reviewOfMeetingDue(id, childId, reviewOn.get(), user.id());
        if (meeting.triggerPlanNeeded()) {
            deadlines.triggerPlanNeeded(childId, held.get());
        }
        audit.record(AuditAction.CREATE, subject(id, childId), List.of("Meeting", "Decisions", "Actions"), null);
        events.publishEvent(new MeetingHeld(id, childId, user.id(), held.get()));
        return Optional.of(id);
    }

    static AuditTrail.Subject subject(UUID id, UUID childId) {
        return new AuditTrail.Subject("missing-meeting", id, childId);
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }


}
