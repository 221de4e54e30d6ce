package org.homeward.crossborder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Children;
import org.homeward.child.PlacementEnded;
import org.homeward.child.PlacementStarted;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.crossborder.CrossBorderNoticeSent;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.EpisodeReported;
import org.homeward.episode.EpisodeSummary;
import org.homeward.episode.Episodes;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.Notifier;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.rhi.InterviewRecorded;
import org.homeward.rhi.InterviewResponsibilities;
import org.homeward.rhi.ReturnInterviews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.validation.BindingResult;

/**
 * Cross-border notices, each written in the transaction of the change that calls for it: a placement
 * out of area or its end, a child placed out of area going missing or returning, and an interview the
 * host side held. Every notice delivered publishes {@link CrossBorderNoticeSent}.
 */
@Service
class CrossBorderService {

    static final String MODULE = "crossborder";
    static final String PLACEMENT_TASK = "XB_PLACEMENT_NOTICE";
    static final String RESPONSIBILITY_TASK = "XB_RHI_RESPONSIBILITY";
    static final String FINDINGS_TASK = "XB_RHI_FINDINGS";
    /** The host is told of an admission "without delay" (S81): by the end of the next working day. */
    static final int PLACEMENT_NOTICE_WORKING_DAYS = 1;
    static final String EMAIL_SUBJECT = "Homeward: a cross-border notice for your agency";
    private static final Set<String> EHC = Set.of("YES", "NO", "NOT_KNOWN");

    private final Notices notices;
    private final PlacementNotices placementNotices;
    private final CrossBorderEpisodes episodes;
    private final AreaAgencies areaAgencies;
    private final NoticeContent content;
    private final Placements placements;
    private final Children children;
    private final Episodes episodeFacts;
    private final Directory directory;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final InterviewResponsibilities responsibilities;
    private final ReturnInterviews interviews;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Dates dates;
    private final Clock clock;
    private final Duration agreementWithin;
    private final int findingsWorkingDays;

    CrossBorderService(Notices notices, PlacementNotices placementNotices, CrossBorderEpisodes episodes,
                       AreaAgencies areaAgencies, NoticeContent content, Placements placements, Children children,
                       Episodes episodeFacts, Directory directory, Deadlines deadlines, Notifier notifier,
                       InterviewResponsibilities responsibilities, ReturnInterviews interviews, AuditTrail audit,
                       ApplicationEventPublisher events, JdbcClient jdbc, Dates dates, Clock clock,
                       @Value("${homeward.crossborder.rhi-agreement-within:PT24H}") Duration agreementWithin,
                       @Value("${homeward.crossborder.findings-working-days:1}") int findingsWorkingDays) {
        this.notices = notices;
        this.placementNotices = placementNotices;
        this.episodes = episodes;
        this.areaAgencies = areaAgencies;
        this.content = content;
        this.placements = placements;
        this.children = children;
        this.episodeFacts = episodeFacts;
        this.directory = directory;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.responsibilities = responsibilities;
        this.interviews = interviews;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.dates = dates;
        this.clock = clock;
        this.agreementWithin = agreementWithin;
        this.findingsWorkingDays = findingsWorkingDays;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    // ---- Placements (XB-01, XB-02)

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
    @EventListener
    @Transactional
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
        FormChecks.required(form.getPlacingContact(), "placingContact",
                "Enter the placing authority's contact: name, role, phone and email", result);
        FormChecks.maxLength(form.getPlacingContact(), 500, "placingContact",
                "The placing authority's contact must be 500 characters or fewer", result);
        FormChecks.required(form.getIroContact(), "iroContact",
                "Enter the independent reviewing officer's name and contact details", result);
        FormChecks.maxLength(form.getIroContact(), 500, "iroContact",
                "The independent reviewing officer's details must be 500 characters or fewer", result);
        if (form.getEhcPlan() == null || !EHC.contains(form.getEhcPlan())) {
            result.rejectValue("ehcPlan", "required", "Select whether the child has an education, health and care plan");
        } else if ("YES".equals(form.getEhcPlan())) {
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
                delivered(notices.find(n.id()).orElseThrow());
            }
        }
        deadlines.complete(new TaskSource(PLACEMENT_TASK, MODULE, p.id().toString()), user.id());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-placement", p.id(), p.childId()),
                List.of("Placing authority contact", "IRO", "EHC plan", "Notices to the host area"),
                "Host area told of the placement");
        return true;
    }

    /** Discharge is told to the host area "without delay" (S81): Homeward sends it when the placement ends. */
    @EventListener
    @Transactional
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
            send(new Notices.NewNotice("DISCHARGE", p.childId(), p.id(), null, r.recipient(), p.placingAuthorityId(),
                    r.agencyId(), r.name(), summary, lines.text()), null, now);
        }
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-placement", p.id(), p.childId()),
                List.of("Discharge notices"), "Host area told the placement ended");
    }

    // ---- Missing and returned (XB-03)

    /** The out-of-area placement the child was in when last seen; empty when there is none. */
    private Optional<PlacementSummary> outOfArea(UUID episodeId, UUID childId) {
        return episodeFacts.summary(episodeId)
                .flatMap(e -> placements.on(childId, e.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate()))
                .filter(PlacementSummary::outOfArea);
    }

    @EventListener
    @Transactional
    public void onReported(EpisodeReported event) {
        outOfArea(event.episodeId(), event.childId()).ifPresent(p -> {
            EpisodeSummary e = episodeFacts.summary(event.episodeId()).orElseThrow();
            tracked(event.episodeId(), p);
            NoticeContent.Lines lines = content.about(p.childId(), p)
                    .add("Last seen", dates.dateTime(e.lastSeenAt()))
                    .add("Who holds the return home interview", responsibleNow(event.episodeId()));
            bothAuthorities("MISSING", event.episodeId(), p, lines.text(), "Missing: a child placed by "
                    + p.placingAuthority() + " in " + p.hostAuthority() + "'s area has been reported missing");
        });
    }

    @EventListener
    @Transactional
    public void onLocated(EpisodeLocated event) {
        outOfArea(event.episodeId(), event.childId()).ifPresent(p -> {
            tracked(event.episodeId(), p);
            NoticeContent.Lines lines = content.about(p.childId(), p)
                    .add("Found or returned", dates.dateTime(event.locatedAt()))
                    .add("Who holds the return home interview", responsibleNow(event.episodeId()));
            bothAuthorities("RETURNED", event.episodeId(), p, lines.text(), "Returned: a child placed by "
                    + p.placingAuthority() + " in " + p.hostAuthority() + "'s area has been found or has returned");
        });
    }

    /** The return opened the interview offer earlier in this transaction: it takes the agreed responsibility. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void agreementOntoOffer(EpisodeLocated event) {
        episodes.find(event.episodeId()).filter(CrossBorderEpisodes.CrossBorderEpisode::agreed)
                .ifPresent(x -> responsibilities.agree(x.episodeId(), x.rhiResponsible()));
    }

    private String responsibleNow(UUID episodeId) {
        return episodes.find(episodeId).filter(CrossBorderEpisodes.CrossBorderEpisode::agreed)
                .map(x -> x.responsibleAuthority() + " (" + x.rhiAgreement() + ")")
                .orElse("To be agreed between the placing and the host authority");
    }

    /** Starts tracking the episode; until who holds the interview is agreed, the placing side has a task. */
    private void tracked(UUID episodeId, PlacementSummary p) {
        Instant now = clock.instant();
        if (episodes.open(episodeId, p.childId(), p.placingAuthorityId(), p.hostAuthorityId(), now)) {
            deadlines.ownerFor(p.childId()).ifPresent(owner -> deadlines.open(new NewTask(
                    new TaskSource(RESPONSIBILITY_TASK, MODULE, episodeId.toString()),
                    "Agree who holds the return home interview", p.childId(), owner, now.plus(agreementWithin), false,
                    "/cross-border/episodes/" + episodeId + "/return-interview")));
            audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-episode", episodeId, p.childId()),
                    List.of("Who holds the return home interview"), "To be agreed");
        }
    }

    private void bothAuthorities(String kind, UUID episodeId, PlacementSummary p, String text, String summary) {
        Instant now = clock.instant();
        send(new Notices.NewNotice(kind, p.childId(), p.id(), episodeId, "PLACING_AUTHORITY", p.hostAuthorityId(),
                p.placingAuthorityId(), p.placingAuthority(), summary, text), null, now);
        send(new Notices.NewNotice(kind, p.childId(), p.id(), episodeId, "HOST_AUTHORITY", p.placingAuthorityId(),
                p.hostAuthorityId(), p.hostAuthority(), summary, text), null, now);
    }

    /** Who holds the interview, agreed by the placing or the host authority; false when the answers need correcting. */
    @Transactional
    public boolean agree(CrossBorderEpisodes.CrossBorderEpisode episode, ResponsibilityForm form, BindingResult result,
                         CurrentUser user) {
        if (!"PLACING".equals(form.getResponsible()) && !"HOST".equals(form.getResponsible())) {
            result.rejectValue("responsible", "required", "Select which authority holds the return home interview");
        }
        FormChecks.required(form.getAgreement(), "agreement",
                "Enter who agreed it and how, for example \"Agreed by phone with the host's team manager\"", result);
        FormChecks.maxLength(form.getAgreement(), 1000, "agreement", "The agreement must be 1000 characters or fewer",
                result);
        if (result.hasErrors()) {
            return false;
        }
        episodes.agree(episode.episodeId(), form.getResponsible(), form.getAgreement().strip(), user.id(), clock.instant());
        responsibilities.agree(episode.episodeId(), form.getResponsible());
        deadlines.complete(new TaskSource(RESPONSIBILITY_TASK, MODULE, episode.episodeId().toString()), user.id());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-episode", episode.episodeId(),
                episode.childId()), List.of("Who holds the return home interview", "Agreement"), null);
        return true;
    }

    // ---- Findings back to the placing authority (XB-03)

    /** An interview the host side held: its findings are owed to the placing authority within the configured time. */
    @EventListener
    @Transactional
    public void onInterviewRecorded(InterviewRecorded event) {
        responsibilities.forOffer(event.offerId())
                .filter(r -> r.outOfArea() && r.host() && r.placingAuthorityId() != null && r.hostAuthorityId() != null)
                .ifPresent(r -> {
                    Instant now = clock.instant();
                    episodes.open(r.episodeId(), r.childId(), r.placingAuthorityId(), r.hostAuthorityId(), now);
                    Instant due = Deadlines.endOf(WorkingDays.plus(today(), findingsWorkingDays));
                    episodes.findingsOwed(r.episodeId(), r.offerId(), event.recordedBy(), due);
                    if (event.recordedBy() != null) {
                        deadlines.open(new NewTask(new TaskSource(FINDINGS_TASK, MODULE, r.episodeId().toString()),
                                "Return the interview's findings to the placing authority", r.childId(),
                                TaskOwner.person(event.recordedBy()), due, false,
                                "/cross-border/episodes/" + r.episodeId() + "/findings"));
                    }
                });
    }

    /** The latest findings of the interview, as a starting point for what is returned. */
    String draftFindings(CrossBorderEpisodes.CrossBorderEpisode episode) {
        return interviews.forChild(episode.childId()).stream()
                .filter(f -> f.id().equals(episode.interviewOfferId())).findFirst()
                .map(f -> "Interview held " + dates.dateTime(f.heldAt()) + ".\nThe child's words: " + f.childWords()
                        + "\nPush and pull factors: " + (f.factors().isEmpty() ? "none recorded" : String.join("; ", f.factors()))
                        + "\nSigns of exploitation: " + (f.exploitation() ? "yes" : "no"))
                .orElse("");
    }

    @Transactional
    public boolean returnFindings(CrossBorderEpisodes.CrossBorderEpisode episode, FindingsForm form,
                                  BindingResult result, CurrentUser user) {
        if (!episode.findingsOwed()) {
            result.reject("none", "There are no findings owed to the placing authority for this episode");
            return false;
        }
        FormChecks.required(form.getFindings(), "findings", "Enter the interview's findings for the placing authority",
                result);
        FormChecks.maxLength(form.getFindings(), 10000, "findings", "The findings must be 10000 characters or fewer",
                result);
        if (result.hasErrors()) {
            return false;
        }
        PlacementSummary p = outOfArea(episode.episodeId(), episode.childId()).orElse(null);
        String text = content.about(episode.childId(), p).add("Findings", form.getFindings()).text();
        Instant now = clock.instant();
        Optional<UUID> sent = send(new Notices.NewNotice("RHI_FINDINGS", episode.childId(), p == null ? null : p.id(),
                episode.episodeId(), "PLACING_AUTHORITY", episode.hostAuthorityId(), episode.placingAuthorityId(),
                episode.placingAuthority(), "Return home interview findings for a child placed by "
                        + episode.placingAuthority() + " in " + episode.hostAuthority() + "'s area", text),
                user.id(), now);
        if (sent.isEmpty()) {
            result.reject("sent", "The findings have already been returned");
            return false;
        }
        episodes.findingsReturned(episode.episodeId(), sent.get());
        deadlines.complete(new TaskSource(FINDINGS_TASK, MODULE, episode.episodeId().toString()), user.id());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-episode", episode.episodeId(),
                episode.childId()), List.of("Interview findings returned"), null);
        return true;
    }

    // ---- Acknowledging and sending by hand

    /** Acknowledges for the user's agency; false when it was not sent to it or is already acknowledged. */
    @Transactional
    public boolean acknowledge(Notices.Notice notice, CurrentUser user) {
        if (!notices.acknowledge(notice.id(), user.agencyId(), user.id(), clock.instant())) {
            return false;
        }
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-notice", notice.id(), notice.childId()),
                List.of("Acknowledged"), null);
        return true;
    }

    @Transactional
    public boolean markSentByHand(Notices.Notice notice, CurrentUser user) {
        if (!notices.markSentByHand(notice.id(), user.id(), clock.instant())) {
            return false;
        }
        Notices.Notice sent = notices.find(notice.id()).orElseThrow();
        published(sent);
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-notice", notice.id(), notice.childId()),
                List.of("Sent by hand"), null);
        return true;
    }

    @Transactional
    public void read(UUID recordId, String recordType, UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(recordType, recordId, childId), List.of(), null);
    }

    @Transactional
    public void listed(String recordType, java.util.Collection<UUID> childIds) {
        new LinkedHashSet<>(childIds).forEach(c ->
                audit.record(AuditAction.VIEW, new AuditTrail.Subject(recordType, null, c), List.of(), null));
    }

    // ---- Delivery

    /**
     * Writes a notice with its content: delivered at once when the receiving agency is in Homeward,
     * otherwise kept to be sent by hand. {@code by} is null when Homeward sends it.
     */
    private Optional<UUID> send(Notices.NewNotice notice, UUID by, Instant now) {
        Optional<UUID> id = notices.add(notice, notice.toAgencyId() == null ? null : now, by, now);
        id.ifPresent(n -> audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-notice", n,
                notice.childId()), List.of("Notice"), Notices.Kind.label(notice.kind()) + " notice to "
                + notice.toAgencyName() + (notice.toAgencyId() == null ? ", to be sent by hand" : "")));
        if (id.isPresent() && notice.toAgencyId() != null) {
            delivered(notices.find(id.get()).orElseThrow());
        }
        return id;
    }

    /** Told in Homeward: the receiving agency's team managers (and coordinators), and the allocated worker for the placing authority. */
    private void delivered(Notices.Notice n) {
        published(n);
        Set<UUID> people = new LinkedHashSet<>(jdbc.sql("""
                select distinct u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and u.agency_id = :a and r.role in ('TEAM_MANAGER', 'MISSING_COORDINATOR')""")
                .param("a", n.toAgencyId()).query(UUID.class).list());
        if ("PLACING_AUTHORITY".equals(n.recipient())) {
            children.allocatedWorker(n.childId()).ifPresent(people::add);
        }
        notifier.tell(people, null, "Cross-border notice (" + n.kindLabel().toLowerCase(java.util.Locale.UK) + "): "
                + n.childName() + ", from " + (n.fromAgency() == null ? "Homeward" : n.fromAgency()),
                "/cross-border/notices/" + n.id(), EMAIL_SUBJECT);
    }

    private void published(Notices.Notice n) {
        events.publishEvent(new CrossBorderNoticeSent(n.id(), n.childId(), n.kind(), n.fromAgencyId(), n.toAgencyId(),
                n.toAgencyName(), n.summary(), n.sentAt(), n.sentBy()));
    }
}
