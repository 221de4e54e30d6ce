package org.homeward.crossborder.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.PlacementEnded;
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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The host area told of an out-of-area placement and its end (DOMAIN.md XB-01, XB-02): its children's
 * social care, education, health and police, each notice written once the change is committed (decision 0032).
 */
@Service
class HostAreaNotices {

    static final String MODULE = "crossborder";
    static final String PLACEMENT_TASK = "XB_PLACEMENT_NOTICE";
    /** The host is told of an admission "without delay" (S81): by the end of the next working day. */
    static final int PLACEMENT_NOTICE_WORKING_DAYS = 1;

    private final Notices notices;
    private final PlacementNotices placementNotices;
    private final AreaAgencies areaAgencies;
    private final NoticeContent content;
    private final Placements placements;
    private final Deadlines deadlines;
    private final NoticeDelivery delivery;
    private final AuditTrail audit;
    private final Dates dates;
    private final Clock clock;

    HostAreaNotices(Notices notices, PlacementNotices placementNotices, AreaAgencies areaAgencies,
                     NoticeContent content, Placements placements, Deadlines deadlines, NoticeDelivery delivery,
                     AuditTrail audit, Dates dates, Clock clock) {
        this.notices = notices;
        this.placementNotices = placementNotices;
        this.areaAgencies = areaAgencies;
        this.content = content;
        this.placements = placements;
        this.deadlines = deadlines;
        this.delivery = delivery;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /** A receiving agency of the host area: in Homeward (id set), or only named, to be sent by hand. */
    record Receiver(String recipient, UUID agencyId, String name) {
    }

    /** The host area's children's social care, education, health and police force. */
    List<Receiver> hostArea(PlacementSummary p) {
        List<Receiver> all = new ArrayList<>();
        all.add(new Receiver("HOST_AUTHORITY", p.hostAuthorityId(), p.hostAuthority()));
        for (String kind : List.of("EDUCATION", "HEALTH")) {
            Optional<Directory.Option> agency = areaAgencies.serving(p.hostAuthorityId(), kind);
            all.add(agency.map(a -> new Receiver(kind, a.id(), a.name())).orElseGet(() -> new Receiver(kind, null,
                    ("EDUCATION".equals(kind) ? "Education" : "Health") + " services for " + p.hostAuthority()
                            + "'s area (not in Homeward)")));
        }
        all.add(p.hostPoliceForceId() == null
                ? new Receiver("POLICE", null, "Police force for " + p.hostAuthority() + "'s area (not recorded)")
                : new Receiver("POLICE", p.hostPoliceForceId(), p.hostPoliceForce()));
        return all;
    }

    /**
     * A placement out of area: the host area's four notices are kept until the placing authority
     * gives what Homeward does not hold (contacts, EHC plan), and sending them is on the deadline engine.
     */
    @ApplicationModuleListener
    public void onPlacementStarted(PlacementStarted event) {
        if (!event.outOfArea()) {
            return;
        }
        PlacementSummary p = placements.byId(event.placementId()).orElseThrow();
        Instant now = clock.instant();
        if (!placementNotices.add(p.id(), p.childId(), p.placingAuthorityId(), p.hostAuthorityId(), now)) {
            return;
        }
        String summary = "Out-of-area placement: a child placed by " + p.placingAuthority() + " in "
                + p.hostAuthority() + "'s area from " + dates.date(p.startDate());
        for (Receiver r : hostArea(p)) {
            notices.add(new Notices.NewNotice("PLACEMENT", p.childId(), p.id(), null, r.recipient(),
                    p.placingAuthorityId(), r.agencyId(), r.name(), summary, null), null, null, now);
        }
        deadlines.ownerFor(p.childId()).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(PLACEMENT_TASK, MODULE, p.id().toString()),
                "Tell the host area of the out-of-area placement", p.childId(), owner,
                Deadlines.endOf(WorkingDays.plus(today(), PLACEMENT_NOTICE_WORKING_DAYS)), false,
                "/cross-border/placements/" + p.id() + "/notify")));
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-placement", p.id(), p.childId()),
                List.of("Notices to the host area"), "Out of area: the host area's notices await their details");
    }

    /** Sends the placement's notices with the details given; false (nothing stored) when they need correcting. */
    @Transactional
    public boolean notifyHost(PlacementNotices.PlacedIn placement, PlacementNoticeForm form, BindingResult result,
                              CurrentUser user) {
        if (placement.notifiedAt() != null) {
            result.reject("sent", "The host area has already been told of this placement");
            return false;
        }
        // The contacts and the plan's answer are checked for shape at the edge (PlacementNoticeForm).
        if ("YES".equals(form.getEhcPlan())) {
            FormChecks.required(form.getMaintainingAuthority(), "maintainingAuthority",
                    "Enter the local authority that maintains the education, health and care plan", result);
            FormChecks.maxLength(form.getMaintainingAuthority(), 200, "maintainingAuthority",
                    "The maintaining authority must be 200 characters or fewer", result);
        }
        if (result.hasErrors()) {
            return false;
        }
        Instant now = clock.instant();
        if (!placementNotices.notified(placement.placementId(), form.getPlacingContact().strip(),
                form.getIroContact().strip(), form.getEhcPlan(),
                "YES".equals(form.getEhcPlan()) ? form.getMaintainingAuthority().strip() : null, user.id(), now)) {
            result.reject("sent", "The host area has already been told of this placement");
            return false;
        }
        PlacementNotices.PlacedIn details = placementNotices.find(placement.placementId()).orElseThrow();
        PlacementSummary p = placements.byId(placement.placementId()).orElseThrow();
        NoticeContent.Lines lines = content.about(p.childId(), p);
        content.contacts(lines, details);
        String text = lines.text();
        for (Notices.Notice n : notices.forPlacement(p.id(), "PLACEMENT")) {
            if (n.byHand()) {
                notices.prepare(n.id(), text, null, null);
            } else {
                notices.prepare(n.id(), text, now, user.id());
                delivery.delivered(notices.find(n.id()).orElseThrow());
            }
        }
        deadlines.complete(new TaskSource(PLACEMENT_TASK, MODULE, p.id().toString()), user.id());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-placement", p.id(), p.childId()),
                List.of("Placing authority contact", "IRO", "EHC plan", "Notices to the host area"),
                "Host area told of the placement");
        return true;
    }

    /** Discharge is told to the host area "without delay" (S81): Homeward sends it when the placement ends. */
    @ApplicationModuleListener
    public void onPlacementEnded(PlacementEnded event) {
        if (!event.outOfArea()) {
            return;
        }
        PlacementSummary p = placements.byId(event.placementId()).orElseThrow();
        Instant now = clock.instant();
        placementNotices.add(p.id(), p.childId(), p.placingAuthorityId(), p.hostAuthorityId(), now);
        NoticeContent.Lines lines = content.about(p.childId(), p).add("Placement ended", dates.date(event.endDate()));
        content.contacts(lines, placementNotices.find(p.id()).orElse(null));
        String summary = "Placement ended: a child placed by " + p.placingAuthority() + " in " + p.hostAuthority()
                + "'s area left the placement on " + dates.date(event.endDate());
        for (Receiver r : hostArea(p)) {
            delivery.send(new Notices.NewNotice("DISCHARGE", p.childId(), p.id(), null, r.recipient(), p.placingAuthorityId(),
                    r.agencyId(), r.name(), summary, lines.text()), null, now);
        }
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-placement", p.id(), p.childId()),
                List.of("Discharge notices"), "Host area told the placement ended");
    }
}
