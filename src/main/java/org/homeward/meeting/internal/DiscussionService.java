package org.homeward.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.CurrentRisksAndPlans;
import org.homeward.episode.CouncilRiskScreenings;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.episode.SignificantHarmSuspected;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.Refused;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.ChildsViews;
import org.homeward.platform.web.FormChecks;
import org.springframework.beans.factory.ObjectProvider;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Strategy discussions when significant harm is suspected, due within a number of working days
 * (default 3), and the trigger plans they or a meeting decide on, on file within 7 days.
 */
@Service
class DiscussionService implements CurrentRisksAndPlans {

    private final Discussions discussions;
    private final EpisodeHistory episodes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Settings settings;
    private final ObjectProvider<CouncilRiskScreenings> screenings;
    private final MeetingDeadlines deadlines;

    DiscussionService(Discussions discussions, EpisodeHistory episodes, AuditTrail audit, Clock clock,
                      Settings settings,
                      ObjectProvider<CouncilRiskScreenings> screenings, MeetingDeadlines deadlines) {
        this.deadlines = deadlines;
        this.screenings = screenings;
        this.discussions = discussions;
        this.episodes = episodes;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** A child missing now whom the police or the council rate high risk: significant harm is suspected. */
    @EventListener
    public void onChange(ChildRecordChanged change) {
        CouncilRiskScreenings council = screenings.getIfAvailable();
        for (EpisodeFacts e : episodes.forChild(change.childId())) {
            if (!e.missingNow()) {
                continue;
            }
            boolean councilHigh = council != null && council.latestFor(e.id())
                    .map(c -> "HIGH".equals(c.rating())).orElse(false);
            if ("HIGH".equals(e.riskCode()) || councilHigh) {
                UUID id = UUID.randomUUID();
                if (discussions.raise(id, change.childId(), e.id(), "HIGH".equals(e.riskCode())
                        ? "The police graded the episode high risk" : "The council's risk screening rated the episode high risk",
                        null, clock.instant(), due())) {
                    deadlines.discussionRaised(id, change.childId(), due(), true);
                }
            }
        }
    }

    /** Significant harm suspected in a check, an interview or a screening (EP-09): raised at once, whatever the risk level. */
    @EventListener
    public void onSignificantHarm(SignificantHarmSuspected harm) {
        UUID id = UUID.randomUUID();
        String reason = "Significant harm suspected in the " + harm.source()
                + (harm.detail() == null || harm.detail().isBlank() ? "" : ": " + shortened(harm.detail().strip()));
        if (discussions.raise(id, harm.childId(), harm.episodeId(), reason, harm.by(), clock.instant(), due())) {
            deadlines.discussionRaised(id, harm.childId(), due(), true);
            audit.record(AuditAction.CREATE, subject(id, harm.childId()), List.of("Strategy discussion"),
                    "Significant harm suspected in the " + harm.source());
        }
    }

    private static String shortened(String text) {
        return text.length() <= 400 ? text : text.substring(0, 399) + "…";
    }

    private LocalDate due() {
        return WorkingDays.plus(today(), settings.number(Setting.STRATEGY_DISCUSSION));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    @Transactional
    public boolean raise(UUID childId, RequestForm form, BindingResult result, CurrentUser user) {
        if (form.getReason() == null || form.getReason().isBlank()) {
            result.rejectValue("reason", "required", "Enter why significant harm is suspected");
            return false;
        }
        UUID id = UUID.randomUUID();
        if (!discussions.raise(id, childId, null, form.getReason().strip(), user.id(), clock.instant(), due())) {
            result.reject("waiting", "A strategy discussion is already waiting to be held for this child");
            return false;
        }
        deadlines.discussionRaised(id, childId, due(), false);
        audit.record(AuditAction.CREATE, subject(null, childId), List.of("Strategy discussion"), "Significant harm suspected");
        return true;
    }

    @Transactional
    public boolean record(StrategyDiscussion d, DiscussionForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        if (!Refused.allows(d::refuseRecord, result)) {
            return false;
        }
        Optional<Instant> held = HeldAt.read(form.heldAt(), "discussion", d::refuseHeldAt, now, result);
        FormChecks.required(form.getPoliceParticipant(), "policeParticipant", "Enter who took part for the police", result);
        FormChecks.required(form.getSocialCareParticipant(), "socialCareParticipant",
                "Enter who took part for children’s social care", result);
        FormChecks.required(form.getHealthParticipant(), "healthParticipant", "Enter who took part for health", result);
        if (!"START".equals(form.getSection47()) && !"NO".equals(form.getSection47())) {
            result.rejectValue("section47", "required", "Select whether section 47 enquiries start");
        }
        FormChecks.required(form.getOutcome(), "outcome", "Enter the outcome", result);
        if (!"yes".equals(form.getTriggerPlanNeeded()) && !"no".equals(form.getTriggerPlanNeeded())) {
            result.rejectValue("triggerPlanNeeded", "required", "Select whether a trigger plan is needed");
        }
        ChildsViews views = ChildsViews.check(
                form.getChildViews(), form.getChildViewsNotObtained(), result);
        if (result.hasErrors()) {
            return false;
        }
        discussions.record(d.id(), held.get(), form.getPoliceParticipant().strip(), form.getSocialCareParticipant().strip(),
                form.getHealthParticipant().strip(), FormChecks.trimmed(form.getOtherParticipants()), form.getSection47(),
                form.getOutcome().strip(), "yes".equals(form.getTriggerPlanNeeded()), views, user.id(), now);
        deadlines.discussionHeld(d.id(), user.id());
        if ("yes".equals(form.getTriggerPlanNeeded())) {
            deadlines.triggerPlanNeeded(d.childId(), held.get());
        }
        audit.record(AuditAction.CHANGE, subject(d.id(), d.childId()), List.of("Participants", "Section 47", "Outcome",
                "Child's views"), null);
        return true;
    }

    /** A new version of the trigger plan; it cannot take effect before the decision that called for it. */
    @Transactional
    public boolean addPlan(UUID childId, TriggerPlanForm form, BindingResult result, CurrentUser user) {
        Optional<LocalDate> effective = date(form.effective(), "effectiveDay", "the date the plan takes effect", result);
        Optional<LocalDate> review = date(form.review(), "reviewDay", "the review date", result);
        Optional<TriggerPlanDecision> decision = discussions.planDecision(childId);
        if (effective.isPresent() && decision.isPresent()) {
            Refused.allows(() -> decision.get().refuseEffectiveOn(effective.get()), result);
        }
        if (effective.isPresent() && review.isPresent() && !review.get().isAfter(effective.get())) {
            result.rejectValue("reviewDay", "beforeEffective", "The review date must be after the plan takes effect");
        }
        FormChecks.required(form.getAim(), "aim", "Enter the plan’s aim", result);
        FormChecks.required(form.getActionsOnReport(), "actionsOnReport", "Enter what to do when the child is reported missing", result);
        Optional<LocalDate> shared = Optional.empty();
        if (!form.shared().blank()) {
            shared = form.shared().toDate();
            if (shared.isEmpty()) {
                result.rejectValue("sharedDay", "invalid", "Enter a real date it was shared with the police");
            } else if (shared.get().isAfter(today())) {
                result.rejectValue("sharedDay", "future", "The date shared with the police cannot be in the future");
            }
            FormChecks.required(form.getPoliceRecipient(), "policeRecipient", "Enter who in the police received it", result);
        } else if (!blank(form.getPoliceRecipient())) {
            result.rejectValue("sharedDay", "required", "Enter the date it was shared with the police");
        }
        if (result.hasErrors()) {
            return false;
        }
        discussions.addPlan(childId, effective.get(), review.get(), form.getAim().strip(),
                form.getActionsOnReport().strip(), FormChecks.trimmed(form.getPlacesAndContacts()), shared.orElse(null),
                shared.isPresent() ? form.getPoliceRecipient().strip() : null, user.id(), clock.instant());
        // EP-10: the plan is "on file" for the police only once they have it; until then its task stays open.
        if (shared.isPresent()) {
            deadlines.triggerPlanWritten(childId, user.id());
        }
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("trigger-plan", null, childId),
                List.of("Trigger plan"), null);
        return true;
    }

    /** The police information pack carries the trigger plan in force. */
    @Override
    public List<String> forPolicePack(UUID childId) {
        return discussions.plans(childId).stream().findFirst().map(p -> List.of(
                "Trigger plan (version " + p.version() + ", from " + MeetingView.date(p.effectiveFrom()) + "): "
                        + p.actionsOnReport())).orElse(List.of());
    }

    private static Optional<LocalDate> date(DateInput input, String field, String what, BindingResult result) {
        if (input.blank()) {
            result.rejectValue(field, "required", "Enter " + what);
            return Optional.empty();
        }
        Optional<LocalDate> d = input.toDate();
        if (d.isEmpty()) {
            result.rejectValue(field, "invalid", "Enter a real date for " + what);
        }
        return d;
    }

    static AuditTrail.Subject subject(UUID id, UUID childId) {
        return new AuditTrail.Subject("strategy-discussion", id, childId);
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
