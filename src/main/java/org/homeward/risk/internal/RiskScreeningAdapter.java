package org.homeward.risk.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.episode.CouncilRiskScreening;
import org.homeward.episode.CouncilRiskScreenings;
import org.homeward.platform.Vocabularies;
import org.springframework.stereotype.Component;

/** The council's rating for the episode page, and every screening for the child's chronology. */
@Component
class RiskScreeningAdapter implements CouncilRiskScreenings, ChronologySource {

    private final ScreeningRecords records;
    private final Instruments instruments;
    private final Vocabularies vocabularies;

    RiskScreeningAdapter(ScreeningRecords records, Instruments instruments, Vocabularies vocabularies) {
        this.records = records;
        this.instruments = instruments;
        this.vocabularies = vocabularies;
    }

    @Override
    public Optional<CouncilRiskScreening> latestFor(UUID episodeId) {
        return records.latestForEpisode(episodeId).map(s -> new CouncilRiskScreening(s.rating(), label(s.rating()),
                s.screenedAt(), s.screenedByName(), s.overridden()));
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return records.forChild(childId).stream().map(s -> new ChronologyEntry(s.screenedAt(), "Risk screening",
                "Council risk screening: " + label(s.rating()).toLowerCase(Locale.UK) + " risk",
                detail(s), "/episodes/" + s.episodeId() + "/risk-screening")).toList();
    }

    private String detail(Screening s) {
        String detail = "Version " + instruments.byId(s.versionId()).version() + "; suggested "
                + label(s.suggestedRating()).toLowerCase(Locale.UK) + " (score " + s.score()
                + (s.agePrompt() ? ", aged " + s.ageWhenLastSeen() + " when last seen" : "") + ")";
        return detail + (s.overridden() ? "; professional judgement: " + s.overrideRationale() : "")
                + " (" + s.screenedByName() + ")";
    }

    private String label(String rating) {
        return vocabularies.label(ScreeningService.RATINGS, rating).orElse(rating);
    }
}
