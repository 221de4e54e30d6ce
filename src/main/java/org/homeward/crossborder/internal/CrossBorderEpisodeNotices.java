package org.homeward.crossborder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.EpisodeReported;
import org.homeward.episode.EpisodeSummary;
import org.homeward.episode.Episodes;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.Dates;
import org.homeward.rhi.InterviewRecorded;
import org.homeward.rhi.InterviewResponsibilities;
import org.homeward.rhi.ReturnInterviews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.validation.BindingResult;

/**
 * A child placed out of area goes missing or returns (DOMAIN.md XB-03): both authorities are told,
 * who holds the return home interview is agreed (a task until it is), and when the host side held
 * it the findings go back to the placing authority within the configured working days.
 */
@Service
class CrossBorderEpisodeNotices {

    static final String RESPONSIBILITY_TASK = "XB_RHI_RESPONSIBILITY";
    static final String FINDINGS_TASK = "XB_RHI_FINDINGS";

    private final CrossBorderEpisodes episodes;
    private final NoticeContent content;
    private final Placements placements;
    private final Episodes episodeFacts;
    private final Deadlines deadlines;
    private final InterviewResponsibilities responsibilities;
    private final ReturnInterviews interviews;
    private final NoticeDelivery delivery;
    private final AuditTrail audit;
    private final Dates dates;
    private final Clock clock;
    private final Duration agreementWithin;
    private final int findingsWorkingDays;
    private final JdbcClient jdbc;

    CrossBorderEpisodeNotices(CrossBorderEpisodes episodes, NoticeContent content, Placements placements,
                             Episodes episodeFacts, Deadlines deadlines, InterviewResponsibilities responsibilities,
                             ReturnInterviews interviews, NoticeDelivery delivery, AuditTrail audit, Dates dates,
                             Clock clock, JdbcClient jdbc,
                             @Value("${homeward.crossborder.rhi-agreement-within:PT24H}") Duration agreementWithin,
                             @Value("${homeward.crossborder.findings-working-days:1}") int findingsWorkingDays) {
        this.episodes = episodes;
        this.content = content;
        this.placements = placements;
        this.episodeFacts = episodeFacts;
        this.deadlines = deadlines;
        this.responsibilities = responsibilities;
        this.interviews = interviews;
        this.delivery = delivery;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
        this.agreementWithin = agreementWithin;
        this.findingsWorkingDays = findingsWorkingDays;
        this.jdbc = jdbc;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /** The out-of-area placement the child was in when last seen; empty when there is none. */
    private Optional<PlacementSummary> outOfArea(UUID episodeId, UUID childId) {
        return episodeFacts.summary(episodeId)
                .flatMap(e -> placements.on(childId, e.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate()))
                .filter(PlacementSummary::outOfArea);
    }

    @ApplicationModuleListener
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

    @ApplicationModuleListener
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
                    new TaskSource(RESPONSIBILITY_TASK, HostAreaNotices.MODULE, episodeId.toString()),
                    "Agree who holds the return home interview", p.childId(), owner, now.plus(agreementWithin), false,
                    "/cross-border/episodes/" + episodeId + "/return-interview")));
            audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-episode", episodeId, p.childId()),
                    List.of("Who holds the return home interview"), "To be agreed");
        }
    }

    private void bothAuthorities(String kind, UUID episodeId, PlacementSummary p, String text, String summary) {
        Instant now = clock.instant();
        delivery.send(new Notices.NewNotice(kind, p.childId(), p.id(), episodeId, "PLACING_AUTHORITY", p.hostAuthorityId(),
                p.placingAuthorityId(), p.placingAuthority(), summary, text), null, now);
        delivery.send(new Notices.NewNotice(kind, p.childId(), p.id(), episodeId, "HOST_AUTHORITY", p.placingAuthorityId(),
                p.hostAuthorityId(), p.hostAuthority(), summary, text), null, now);
    }

    /** Who holds the interview, agreed by the placing or the host authority; false when the answers need correcting. */
    @Transactional
    public boolean agree(CrossBorderEpisodes.CrossBorderEpisode episode, ResponsibilityForm form, BindingResult result,
                         CurrentUser user) {
        if (result.hasErrors()) {
            return false;
        }
        episodes.agree(episode.episodeId(), form.getResponsible(), form.getAgreement().strip(), user.id(), clock.instant());
        responsibilities.agree(episode.episodeId(), form.getResponsible());
        deadlines.complete(new TaskSource(RESPONSIBILITY_TASK, HostAreaNotices.MODULE, episode.episodeId().toString()), user.id());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-episode", episode.episodeId(),
                episode.childId()), List.of("Who holds the return home interview", "Agreement"), null);
        delivery.tellManagers(List.of(episode.placingAuthorityId(), episode.hostAuthorityId()), user.id(),
                "Return home interview for " + episode.childName() + ": held by "
                        + ("HOST".equals(form.getResponsible()) ? episode.hostAuthority() : episode.placingAuthority()),
                "/cross-border/episodes/" + episode.episodeId() + "/return-interview");
        return true;
    }

    // ---- Findings back to the placing authority (XB-03)

    /**
     * An interview held settles who holds it, by the fact (XB-03), if the authorities had not agreed it:
     * the authority whose worker recorded it, else (a commissioned provider) the authority the offer names.
     * When the host side held it, its findings are owed to the placing authority within the configured time.
     */
    @EventListener
    @Transactional
    public void onInterviewRecorded(InterviewRecorded event) {
        responsibilities.forOffer(event.offerId())
                .filter(r -> r.outOfArea() && r.placingAuthorityId() != null && r.hostAuthorityId() != null)
                .ifPresent(r -> {
                    Instant now = clock.instant();
                    episodes.open(r.episodeId(), r.childId(), r.placingAuthorityId(), r.hostAuthorityId(), now);
                    settledByTheInterview(r, event, now);
                    responsibilities.forOffer(event.offerId()).filter(InterviewResponsibilities.Responsibility::host)
                            .ifPresent(held -> findingsOwed(held, event));
                });
    }

    private void settledByTheInterview(InterviewResponsibilities.Responsibility r, InterviewRecorded event, Instant now) {
        CrossBorderEpisodes.CrossBorderEpisode x = episodes.find(r.episodeId()).orElseThrow();
        if (x.agreed()) {
            return;
        }
        UUID recorderAgency = event.recordedBy() == null ? null : jdbc.sql(
                "select agency_id from user_account where id = :u").param("u", event.recordedBy())
                .query(UUID.class).optional().orElse(null);
        String responsible = r.hostAuthorityId().equals(recorderAgency) ? "HOST"
                : r.placingAuthorityId().equals(recorderAgency) ? "PLACING" : r.responsible();
        String by = "HOST".equals(responsible) ? x.hostAuthority() : x.placingAuthority();
        episodes.agree(r.episodeId(), responsible, "Settled by the interview held " + dates.dateTime(event.heldAt())
                + " for " + by, event.recordedBy(), now);
        responsibilities.agree(r.episodeId(), responsible);
        deadlines.complete(new TaskSource(RESPONSIBILITY_TASK, HostAreaNotices.MODULE, r.episodeId().toString()),
                event.recordedBy());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-episode", r.episodeId(), r.childId()),
                List.of("Who holds the return home interview"), "Settled by the interview held");
    }

    private void findingsOwed(InterviewResponsibilities.Responsibility r, InterviewRecorded event) {
        Instant due = Deadlines.endOf(WorkingDays.plus(today(), findingsWorkingDays));
        episodes.findingsOwed(r.episodeId(), r.offerId(), event.recordedBy(), due);
        if (event.recordedBy() != null) {
            deadlines.open(new NewTask(new TaskSource(FINDINGS_TASK, HostAreaNotices.MODULE, r.episodeId().toString()),
                    "Return the interview's findings to the placing authority", r.childId(),
                    TaskOwner.person(event.recordedBy()), due, false,
                    "/cross-border/episodes/" + r.episodeId() + "/findings"));
        }
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
        if (result.hasErrors()) {
            return false;
        }
        PlacementSummary p = outOfArea(episode.episodeId(), episode.childId()).orElse(null);
        String text = content.about(episode.childId(), p).add("Findings", form.getFindings()).text();
        Instant now = clock.instant();
        Optional<UUID> sent = delivery.send(new Notices.NewNotice("RHI_FINDINGS", episode.childId(), p == null ? null : p.id(),
                episode.episodeId(), "PLACING_AUTHORITY", episode.hostAuthorityId(), episode.placingAuthorityId(),
                episode.placingAuthority(), "Return home interview findings for a child placed by "
                        + episode.placingAuthority() + " in " + episode.hostAuthority() + "'s area", text),
                user.id(), now);
        if (sent.isEmpty()) {
            result.reject("sent", "The findings have already been returned");
            return false;
        }
        episodes.findingsReturned(episode.episodeId(), sent.get());
        deadlines.complete(new TaskSource(FINDINGS_TASK, HostAreaNotices.MODULE, episode.episodeId().toString()), user.id());
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-episode", episode.episodeId(),
                episode.childId()), List.of("Interview findings returned"), null);
        return true;
    }
}
