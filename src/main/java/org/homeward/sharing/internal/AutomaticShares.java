package org.homeward.sharing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.Children;
import org.homeward.child.IssuedPolicePack;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.child.PolicePacks;
import org.homeward.crossborder.CrossBorderNoticeSent;
import org.homeward.episode.EpisodeReported;
import org.homeward.episode.EpisodeSummary;
import org.homeward.episode.Episodes;
import org.homeward.episode.SafeAndWellOutcomeShared;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.rhi.InterviewRecorded;
import org.homeward.rhi.ReturnInterviews;
import org.homeward.sharing.NewShare;
import org.homeward.sharing.NewShare.Direction;
import org.homeward.sharing.NewShare.LawfulBasis;
import org.homeward.sharing.NewShare.Party;
import org.homeward.sharing.NewShare.Source;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The shares Homeward makes itself, recorded once the act that made them is committed (a rolled-back act
 * publishes nothing) and tried again until recorded (decision 0032). Each is recorded once (its source is
 * unique), however often the event is heard.
 */
@Component
class AutomaticShares {

    static final String POLICE_NOT_RECORDED = "The police (no force recorded on the report)";

    private final Register register;
    private final ShareRecords records;
    private final PolicePacks packs;
    private final Episodes episodes;
    private final Placements placements;
    private final Children children;
    private final ReturnInterviews interviews;
    private final Vocabularies vocabularies;
    private final Dates dates;
    private final java.time.Clock clock;

    AutomaticShares(Register register, ShareRecords records, PolicePacks packs, Episodes episodes,
                    Placements placements, Children children, ReturnInterviews interviews,
                    Vocabularies vocabularies, Dates dates, java.time.Clock clock) {
        this.clock = clock;
        this.register = register;
        this.records = records;
        this.packs = packs;
        this.episodes = episodes;
        this.placements = placements;
        this.children = children;
        this.interviews = interviews;
        this.vocabularies = vocabularies;
        this.dates = dates;
    }

    /**
     * The police information pack issued at report time goes to the police force searching for the child
     * (RA-06). Seeking consent would prejudice finding the child; the pack holds health and other
     * special-category details, shared to safeguard a child at risk.
     */
    @ApplicationModuleListener
    public void onReported(EpisodeReported event) {
        Optional<IssuedPolicePack> pack = packs.issuedFor(event.episodeId());
        Optional<EpisodeSummary> episode = episodes.summary(event.episodeId());
        Optional<ShareRecords.Person> reporter = records.person(event.reportedBy());
        if (pack.isEmpty() || episode.isEmpty() || reporter.isEmpty()) {
            return;
        }
        UUID force = event.policeForceId();
        if (force == null) {
            force = placements.on(event.childId(), episode.get().lastSeenAt().atZone(ClockConfiguration.LONDON)
                    .toLocalDate()).map(PlacementSummary::hostPoliceForceId).orElse(null);
        }
        String category = vocabularies.label("episode-category", episode.get().category()).orElse(episode.get().category());
        register.record(new NewShare(event.childId(), Direction.SHARED,
                "Police information pack issued when the child was reported missing: identity, description and "
                        + "photograph if held, "
                        + "Philomena profile, associates, locations, legal status, who is responsible and the "
                        + "out-of-hours contact, and this episode's details",
                "POLICE_PACK", pack.get().id(), from(reporter.get()), police(force),
                pack.get().issuedAt(), "IN_HOMEWARD", null, "To locate the child and keep them safe",
                LawfulBasis.safeguardingChildren(), "NOT_SOUGHT",
                "Seeking consent would prejudice locating the child, who is missing and may be at risk of harm",
                "The child was reported missing (" + category.toLowerCase(java.util.Locale.UK) + "), last seen "
                        + dates.dateTime(episode.get().lastSeenAt()),
                "Associates and persons of concern named in the child's record",
                "Recorded in the child's record in Homeward by the practitioners working with the child",
                Source.of("episode", event.episodeId()), event.reportedBy()));
    }

    /** The safe-and-well check's outcome, shared by the police with those responsible for the child (EP-12). */
    /**
     * A cross-border notice to the host or the placing authority (DOMAIN.md XB-01, XB-03): what it said is
     * kept with the notice; the register records that it was shared, to whom and on what basis.
     */
    @ApplicationModuleListener
    public void onCrossBorderNotice(CrossBorderNoticeSent event) {
        Party to = event.toAgencyId() != null ? Party.agency(event.toAgencyId(), null)
                : Party.named(event.toAgencyName(), null);
        Party from = event.fromAgencyId() != null ? Party.agency(event.fromAgencyId(), null)
                : Party.named("Homeward", null);
        register.record(new NewShare(event.childId(), Direction.SHARED,
                "Cross-border notice (" + event.kind().toLowerCase(java.util.Locale.UK).replace('_', ' ') + "): "
                        + event.summary(),
                "CROSS_BORDER_NOTICE", event.noticeId(), from, to, event.sentAt(),
                event.toAgencyId() != null ? "IN_HOMEWARD" : "OTHER",
                event.toAgencyId() != null ? null : "Sent by hand to an agency not in Homeward",
                "So that the authorities, agencies and police force where the child lives and the authority "
                        + "responsible for the child can keep them safe",
                LawfulBasis.safeguardingChildren(), "NOT_SOUGHT",
                "Notifying the host area of a looked-after child's placement, and both authorities of a missing "
                        + "episode, is a duty of the placing authority, not a choice for the child",
                "The child's placement out of area and, where it applies, the missing episode recorded in Homeward",
                null, null, Source.of("crossborder", event.noticeId()), event.sentBy()));
    }

    @ApplicationModuleListener
    public void onSafeAndWellShared(SafeAndWellOutcomeShared event) {
        Optional<ShareRecords.Person> sharer = records.person(event.sharedBy());
        if (sharer.isEmpty()) {
            return;
        }
        String method = method(event.method());
        register.record(new NewShare(event.childId(), Direction.SHARED,
                "Outcome of the safe and well check: disclosures, harm, immediate actions and referrals",
                "SAFE_AND_WELL_OUTCOME", event.checkId(), from(sharer.get()), Party.named(event.sharedWith(), null),
                event.sharedAt(), method, "OTHER".equals(method) ? event.method() : null,
                "So that those responsible for the child's care know what the child said and act on it",
                LawfulBasis.safeguardingChildren(), "NOT_SOUGHT",
                "Not asked at the check: the outcome is shared with those responsible for the child to safeguard "
                        + "them, under the partnership's missing children protocol",
                "Safe and well check held " + dates.dateTime(event.checkHeldAt()) + " by " + event.officer(),
                null, null, Source.of("episode-check-share", event.shareId()), event.sharedBy()));
    }

    /**
     * The return home interview's summary goes to the police force of the episode, the child's allocated
     * social worker (or, with none, the responsible authority) and the placing and host authorities where
     * different (DOMAIN.md RHI-05). The RHI worker's agency shares it, in Homeward, as soon as it is recorded.
     */
    @ApplicationModuleListener
    public void onInterviewRecorded(InterviewRecorded event) {
        Optional<ReturnInterviews.Summary> found = interviews.summary(event.offerId());
        Optional<ShareRecords.Person> worker = records.person(event.recordedBy());
        if (found.isEmpty() || worker.isEmpty()) {
            return;
        }
        ReturnInterviews.Summary interview = found.get();
        Map<String, Party> recipients = new LinkedHashMap<>();
        recipients.put("POLICE", police(interview.policeForceId()));
        Optional<ShareRecords.Person> socialWorker = children.allocatedWorker(interview.childId())
                .flatMap(records::person);
        UUID socialCare = socialWorker.map(ShareRecords.Person::agencyId)
                .or(() -> records.responsibleAuthority(interview.childId())).orElse(null);
        socialWorker.ifPresentOrElse(sw -> recipients.put("SOCIAL_WORKER", Party.agency(sw.agencyId(), sw.name())),
                () -> records.responsibleAuthority(interview.childId())
                        .ifPresent(la -> recipients.put("SOCIAL_WORKER", Party.agency(la, null))));
        UUID placing = interview.placingAuthorityId();
        if (placing != null && !placing.equals(socialCare)) {
            recipients.put("PLACING_AUTHORITY", Party.agency(placing, null));
        }
        UUID host = interview.hostAuthorityId();
        if (interview.outOfArea() && host != null && !host.equals(placing) && !host.equals(socialCare)) {
            recipients.put("HOST_AUTHORITY", Party.agency(host, null));
        }
        boolean consented = interview.consentToShare();
        String consentDetail = consented
                ? "The child agreed it can be shared with: " + interview.shareWith()
                : "The child did not agree to sharing. The summary is shared with the police and children's social "
                  + "care to safeguard the child: the missing children protocol requires it (RHI-05)";
        recipients.forEach((part, to) -> register.record(new NewShare(interview.childId(), Direction.SHARED,
                "Return home interview summary: harm, push and pull factors, where the child went and who with, "
                        + (interview.exploitation() ? "signs of exploitation, " : "")
                        + "the child's own words, follow-up actions and the decision on support",
                "RHI_SUMMARY", interview.offerId(), from(worker.get()), to, clock.instant(), "IN_HOMEWARD", null,
                "So that the police and children's social care understand why the child went missing and act to "
                        + "keep them safe and prevent it happening again",
                LawfulBasis.safeguardingChildren(), consented ? "GIVEN" : "OVERRIDDEN", consentDetail,
                "Return home interview held " + dates.dateTime(interview.heldAt()) + " by "
                        + interview.interviewerName() + ", " + interview.interviewerAgency(),
                interview.namesOthers() ? "People the child said they were with while missing" : null,
                interview.namesOthers() ? "The child's own account in the return home interview" : null,
                new Source("rhi", interview.offerId(), part), event.recordedBy())));
    }

    private Party police(UUID force) {
        return force == null ? Party.named(POLICE_NOT_RECORDED, null) : Party.agency(force, null);
    }

    private static Party from(ShareRecords.Person person) {
        return new Party(person.agencyId(), person.agency(), person.name());
    }

    /** How the officer said it was shared, as a method code when it is one word for word, else "other". */
    private String method(String words) {
        return vocabularies.termsInForce(Register.METHOD, java.time.LocalDate.now(clock.withZone(ClockConfiguration.LONDON))).stream()
                .filter(t -> t.label().equalsIgnoreCase(words.strip())).map(Vocabularies.Term::code).findFirst()
                .orElse("OTHER");
    }
}
