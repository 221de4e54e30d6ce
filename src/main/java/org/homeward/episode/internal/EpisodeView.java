package org.homeward.episode.internal;

import java.time.Duration;
import org.homeward.platform.Vocabularies;
import org.springframework.stereotype.Component;

/** Episode codes and durations as people read them. Exposed to templates as {@code @episodeView}. */
@Component("episodeView")
public class EpisodeView {

    private final Vocabularies vocabularies;

    EpisodeView(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    public String label(String vocabulary, String code) {
        return code == null ? "" : vocabularies.label(vocabulary, code).orElse(code);
    }

    /** "3 days 4 hours", "5 hours 20 minutes", "40 minutes". */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return plural(minutes, "minute");
    }

    public String format(Duration d) {
        return duration(d);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
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
