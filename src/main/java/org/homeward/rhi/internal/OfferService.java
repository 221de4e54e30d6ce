package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Children;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.Episodes;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Opens the offer when a child returns, and assigns who holds the interview, each change audited. */
@Service
class OfferService {

    /** Away from placement without authorisation: whereabouts known; whether to offer is the partnership's choice (EP-06). */
    static final String AWAY = "AWAY_FROM_PLACEMENT";

    private final OfferRecords records;
    private final Placements placements;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final Children children;
    private final OfferDeadlines deadlines;
    private final Episodes episodes;
    private final Settings settings;

    OfferService(OfferRecords records, Placements placements, Directory directory, AuditTrail audit, Clock clock,
                 Children children, OfferDeadlines deadlines, Episodes episodes, Settings settings) {
        this.records = records;
        this.placements = placements;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.children = children;
        this.deadlines = deadlines;
        this.episodes = episodes;
        this.settings = settings;
    }

    /**
     * Every child who returns is offered an interview, whatever the risk, duration or earlier
     * interviews: opened in the transaction that records the return.
     */
    @EventListener
    @Transactional
    public void onLocated(EpisodeLocated event) {
        if (!settings.yes(Setting.RHI_OFFER_AFTER_AWAY) && records.forEpisode(event.episodeId()).isEmpty() && episodes.summary(event.episodeId())
                .map(e -> AWAY.equals(e.category())).orElse(false)) {
            return;
        }
        LocalDate on = event.locatedAt().atZone(ClockConfiguration.LONDON).toLocalDate();
        Optional<PlacementSummary> placement = placements.on(event.childId(), on);
        // The provider the looking-after authority commissions; with none named, the partnership's only one.
        UUID authority = placement.map(PlacementSummary::placingAuthorityId)
                .or(() -> children.responsibleAuthority(event.childId())).orElse(null);
        List<Directory.Option> providers = directory.rhiProviders();
        UUID provider = directory.commissionedRhiProvider(authority)
                .orElse(providers.size() == 1 ? providers.get(0).id() : null);
        UUID id = UUID.randomUUID();
        boolean opened = records.open(id, event.episodeId(), event.childId(), event.locatedAt(), provider,
                placement.map(PlacementSummary::outOfArea).orElse(false),
                placement.map(PlacementSummary::placingAuthorityId).orElse(null),
                placement.map(PlacementSummary::hostAuthorityId).orElse(null), clock.instant());
        records.forEpisode(event.episodeId()).filter(Offer::open).ifPresent(deadlines::offerOpened);
        if (opened) {
            audit.record(AuditAction.CREATE, subject(id, event.childId()), List.of("Offer", "Due"),
                    "Return home interview offer opened, due 72 hours after the return");
        } else {
            records.forEpisode(event.episodeId()).ifPresent(o -> audit.record(AuditAction.CHANGE,
                    subject(o.id(), o.childId()), List.of("Returned", "Due"), "Return time changed on the episode"));
        }
    }

    @Transactional
    public boolean setProvider(Offer offer, ProviderForm form, BindingResult result, CurrentUser user) {
        UUID provider = providerOptions().stream().map(Directory.Option::id)
                .filter(id -> id.toString().equals(form.getProviderAgencyId())).findFirst().orElse(null);
        if (provider == null) {
            result.rejectValue("providerAgencyId", "required", "Select who holds the interview");
        }
        Refused.allows(() -> offer.refuseResponsible(form.getResponsible()), result);
        if (result.hasErrors()) {
            return false;
        }
        records.setProvider(offer.id(), provider, offer.responsibleFor(form.getResponsible()));
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Provider", "Responsible authority"), null);
        return true;
    }

    /** Commissioned providers, then the local authorities (an in-house service). */
    List<Directory.Option> providerOptions() {
        List<Directory.Option> all = new ArrayList<>(directory.rhiProviders());
        all.addAll(directory.localAuthorities());
        return all;
    }

    static AuditTrail.Subject subject(Offer offer) {
        return subject(offer.id(), offer.childId());
    }

    static AuditTrail.Subject subject(UUID id, UUID childId) {
        return new AuditTrail.Subject("return-interview", id, childId);
    }
}
