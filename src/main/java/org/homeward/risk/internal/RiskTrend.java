package org.homeward.risk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.episode.Episodes;
import org.homeward.platform.Vocabularies;
import org.homeward.rhi.ReturnInterviews;
import org.springframework.stereotype.Component;

/**
 * A child's risk across their episodes (DOMAIN.md RA-09): each episode's date, duration, police
 * risk level, council screening and the harm disclosed, with whether the police level rose or fell
 * from the episode before, so that a worker sees a rising risk before the next episode.
 */
@Component
class RiskTrend {

    /** The police levels in order, lowest first (College of Policing APP); a level not listed is not compared. */
    static final List<String> POLICE_ORDER = List.of("NO_APPARENT_RISK", "VERY_LOW", "LOW", "MEDIUM", "HIGH");

    record Row(UUID episodeId, Instant lastSeenAt, boolean missingNow, String duration, String category,
               String policeLevel, String councilLevel, String change, List<String> harms) {
    }

    private final EpisodeHistory history;
    private final ScreeningRecords screenings;
    private final Episodes episodes;
    private final ReturnInterviews interviews;
    private final Vocabularies vocabularies;

    RiskTrend(EpisodeHistory history, ScreeningRecords screenings, Episodes episodes, ReturnInterviews interviews,
              Vocabularies vocabularies) {
        this.history = history;
        this.screenings = screenings;
        this.episodes = episodes;
        this.interviews = interviews;
        this.vocabularies = vocabularies;
    }

    /**
     * Latest episode first. {@code interviewHarms} is false for a role that may not read return
     * interviews: their findings are then left out.
     */
    List<Row> forChild(UUID childId, boolean interviewHarms) {
        List<EpisodeFacts> facts = new ArrayList<>(history.forChild(childId));
        Collections.reverse(facts);
        Map<UUID, List<String>> found = episodes.harmsDisclosed(childId);
        Map<UUID, List<String>> heard = interviewHarms ? interviews.harmsByEpisode(childId) : Map.of();
        List<Row> rows = new ArrayList<>();
        String before = null;
        for (EpisodeFacts e : facts) {
            List<String> harms = new ArrayList<>(found.getOrDefault(e.id(), List.of()));
            harms.addAll(heard.getOrDefault(e.id(), List.of()));
            String council = screenings.latestForEpisode(e.id()).map(s -> vocabularies.label(ScreeningService.RATINGS,
                    s.rating()).orElse(s.rating())).orElse(null);
            rows.add(new Row(e.id(), e.lastSeenAt(), e.missingNow(), e.duration(), e.category(), e.riskLevel(), council,
                    change(before, e.riskCode()), harms));
            if (e.riskCode() != null) {
                before = e.riskCode();
            }
        }
        Collections.reverse(rows);
        return rows;
    }

    /** Rose, fell or stayed from the last graded episode before; null for the first or an ungraded one. */
    static String change(String before, String now) {
        int a = before == null ? -1 : POLICE_ORDER.indexOf(before);
        int b = now == null ? -1 : POLICE_ORDER.indexOf(now);
        if (a < 0 || b < 0) {
            return null;
        }
        return b > a ? "Rose" : b < a ? "Fell" : "Same";
    }
}
