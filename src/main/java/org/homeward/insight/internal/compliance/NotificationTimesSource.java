package org.homeward.insight.internal.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.episode.NotificationTimes;
import org.homeward.platform.figures.FigureSource;
import org.springframework.stereotype.Component;

/**
 * The notification times report's counts, kept with the dashboard's: how many episodes took each time at each
 * step, from which a period's medians are found. Shown on its own page, not among the dashboard's figures.
 */
@Component
class NotificationTimesSource implements FigureSource {

    static final String PREFIX = "episode.notify.";

    private final NotificationTimes times;

    NotificationTimesSource(NotificationTimes times) {
        this.times = times;
    }

    @Override
    public List<Measure> measures() {
        return List.of();
    }

    @Override
    public List<Count> counts(LocalDate from, LocalDate to, Instant now) {
        return times.byDay(from, to).stream().map(t -> new Count(PREFIX + t.step()
                + (t.step().equals("episodes") || t.step().equals("unacknowledged") ? "" : "." + t.minutes()),
                t.day(), t.authority(), t.episodes(), 0)).toList();
    }
}
