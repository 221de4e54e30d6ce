package org.homeward.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.ChildAlerts;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** "Meeting required" on the child's page and meetings in the chronology. */
@Component
class MeetingAlerts implements ChildAlerts, ChronologySource {

    private final MeetingRecords records;
    private final Discussions discussions;
    private final Interventions interventions;
    private final Protection protection;

    MeetingAlerts(MeetingRecords records, Discussions discussions, Interventions interventions, Protection protection) {
        this.protection = protection;
        this.records = records;
        this.discussions = discussions;
        this.interventions = interventions;
    }

    @Override
    public List<Alert> alertsFor(UUID childId) {
        List<Alert> alerts = new ArrayList<>();
        records.openRequirement(childId).ifPresent(r -> alerts.add(new Alert(
                "Missing management meeting required: " + String.join("; ", r.criteria()),
                "/children/" + childId + "/meetings")));
        discussions.forChild(childId).stream().filter(d -> !d.held()).findFirst().ifPresent(d -> alerts.add(new Alert(
                "Strategy discussion due by " + MeetingView.date(d.dueOn()) + ": " + d.reason(),
                "/strategy-discussions/" + d.id())));
        discussions.planDecision(childId).filter(p -> !p.shared()).ifPresent(p -> alerts.add(new Alert(
                (p.onFile() ? "Police trigger plan written but not yet shared with the police: due by "
                        : "Police trigger plan due by ") + MeetingView.date(p.dueOn()),
                "/children/" + childId + "/trigger-plan")));
        return alerts;
    }

    /** A day's events are placed at its start, London time, as placements are. */
    private static java.time.Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(ClockConfiguration.LONDON).toInstant();
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        List<ChronologyEntry> entries = new ArrayList<>();
        records.openRequirement(childId).ifPresent(r -> entries.add(new ChronologyEntry(r.raisedAt(), "Meeting",
                "Missing management meeting required", String.join("; ", r.criteria()), "/children/" + childId + "/meetings")));
        for (MeetingRecords.Meeting m : records.forChild(childId)) {
            entries.add(new ChronologyEntry(m.heldAt(), "Meeting", "Missing management meeting held",
                    "Chaired by " + m.chair() + (m.triggerPlanNeeded() ? "; trigger plan needed" : ""),
                    "/meetings/" + m.id()));
        }
        for (MeetingRecords.NotConvened d : records.notConvened(childId)) {
            entries.add(new ChronologyEntry(d.decidedAt(), "Meeting", "Decided not to convene a missing management meeting",
                    d.reason() + " (decided by " + d.decidedBy() + ")", "/children/" + childId + "/meetings"));
        }
        for (StrategyDiscussion d : discussions.forChild(childId)) {
            entries.add(new ChronologyEntry(d.raisedAt(), "Strategy discussion", "Strategy discussion raised", d.reason(),
                    "/strategy-discussions/" + d.id()));
            if (d.held()) {
                entries.add(new ChronologyEntry(d.heldAt(), "Strategy discussion", "Strategy discussion held",
                        "START".equals(d.section47()) ? "Section 47 enquiries start" : "No section 47 enquiries",
                        "/strategy-discussions/" + d.id()));
            }
        }
        for (Protection.Referral r : protection.referrals(childId)) {
            entries.add(new ChronologyEntry(r.referredAt(), r.referredAt(), "Referral", "Referred to " + r.referredTo(),
                    r.reason(), "/children/" + childId + "/protection", r.agencyId()));
        }
        for (Protection.Measure m : protection.measures(childId)) {
            entries.add(new ChronologyEntry(m.startsAt(), "Protection", m.kind().equals("POLICE_PROTECTION")
                    ? "Police protection (section 46)" : m.kind().equals("EMERGENCY_ACCOMMODATION")
                    ? "Emergency accommodation" : m.kind().equals("CAWN") ? "Child Abduction Warning Notice served"
                    : "Disruption", "Authorised by " + m.authorisedBy(), "/children/" + childId + "/protection"));
        }
        for (Interventions.Intervention i : interventions.forChild(childId)) {
            String href = "/interventions/" + i.id();
            entries.add(new ChronologyEntry(startOf(i.startedOn()), "Risk-management plan",
                    "Intervention started: " + i.description(), "Responsible: " + i.responsibleName(), href));
            for (Interventions.Review r : interventions.reviews(i.id())) {
                entries.add(new ChronologyEntry(startOf(r.reviewedOn()), "Risk-management plan",
                        "Impact review: " + i.description(), "Helped: " + ("YES".equals(r.improved()) ? "yes"
                        : "PARTLY".equals(r.improved()) ? "partly" : "no") + "; " + r.figures(), href));
            }
            if (i.endedOn() != null) {
                entries.add(new ChronologyEntry(startOf(i.endedOn()), "Risk-management plan",
                        "Intervention ended: " + i.description(), null, href));
            }
        }
        for (Discussions.TriggerPlan p : discussions.plans(childId)) {
            entries.add(new ChronologyEntry(p.recordedAt(), "Trigger plan", "Trigger plan version " + p.version(),
                    "Effective from " + MeetingView.date(p.effectiveFrom()), "/children/" + childId + "/trigger-plan"));
        }
        return entries;
    }
}
