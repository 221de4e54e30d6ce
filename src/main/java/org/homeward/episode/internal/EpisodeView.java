package org.homeward.episode.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.Durations;
import org.springframework.stereotype.Component;

/** Episode codes and durations as people read them. Exposed to templates as {@code @episodeView}. */
@Component("episodeView")
public class EpisodeView {

    /** A row of an episode list, every cell ready to show, so a long list renders without lookups. */
    public record ListRow(String href, String childName, String category, String riskLabel, String riskTag,
                          String lastSeen, String missingFor, boolean longEpisode, String authority, boolean outOfArea) {
    }

    private final Vocabularies vocabularies;
    private final Dates dates;

    EpisodeView(Vocabularies vocabularies, Dates dates) {
        this.vocabularies = vocabularies;
        this.dates = dates;
    }

    List<ListRow> rows(List<OpenEpisodes.Row> rows, Instant now) {
        return rows.stream().map(r -> {
            Duration d = r.duration(now);
            return new ListRow("/episodes/" + r.id(), r.childName(), label("episode-category", r.category()),
                    r.riskLevel() == null ? "Not graded" : label("police-risk", r.riskLevel()),
                    riskTagClass(r.riskLevel()), dates.dateTime(r.lastSeenAt()), duration(d),
                    d.toHours() >= 24, r.authority(), r.outOfArea());
        }).toList();
    }

    public String label(String vocabulary, String code) {
        return code == null ? "" : vocabularies.label(vocabulary, code).orElse(code);
    }

    /** "3 days 4 hours", "5 hours 20 minutes", "40 minutes". */
    public static String duration(Duration d) {
        return Durations.of(d);
    }

    public String format(Duration d) {
        return duration(d);
    }

    /** The GOV.UK tag colour for a police risk level. */
    public String riskTagClass(String risk) {
        if (risk == null) {
            return "govuk-tag--grey";
        }
        return switch (risk) {
            case "HIGH" -> "govuk-tag--red";
            case "MEDIUM" -> "govuk-tag--orange";
            case "LOW", "VERY_LOW" -> "govuk-tag--yellow";
            default -> "govuk-tag--grey";
        };
    }
}
