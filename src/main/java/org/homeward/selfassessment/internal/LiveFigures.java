package org.homeward.selfassessment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * Homeward's own figures beside a question ("Held within 72 hours, 1 July to 30 September 2026: 63% (63 of 100)"),
 * read through each module's {@link FigureSource} for the last complete quarter and the cycle's council (or the
 * whole partnership). Counted at most every few minutes per figure, as a page of questions asks for several.
 */
@Component
class LiveFigures {

    private static final Duration KEPT = Duration.ofMinutes(5);

    /** A figure as the page shows it, and as it is frozen when attached to an answer. */
    record Figure(String name, String label, String value) {
    }

    private record Kept(Figure figure, Instant at) {
    }

    private final List<FigureSource> sources;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    LiveFigures(List<FigureSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** The figure, or empty when no module offers one by that name. */
    Optional<Figure> figure(String name, UUID council) {
        Instant now = clock.instant();
        String cacheKey = name + "/" + council;
        Kept k = kept.get(cacheKey);
        if (k != null && k.at().plus(KEPT).isAfter(now)) {
            return Optional.of(k.figure());
        }
        for (FigureSource source : sources) {
            Optional<FigureSource.Measure> measure = source.measures().stream().filter(m -> m.figure().equals(name)).findFirst();
            if (measure.isPresent()) {
                Figure figure = count(source, measure.get(), council, now);
                kept.put(cacheKey, new Kept(figure, now));
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }

    private Figure count(FigureSource source, FigureSource.Measure measure, UUID council, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.LONDON);
        LocalDate to = today.with(IsoFields.DAY_OF_QUARTER, 1).minusDays(1);
        LocalDate from = to.with(IsoFields.DAY_OF_QUARTER, 1);
        long count = 0;
        long outOf = 0;
        for (FigureSource.Count c : source.counts(from, to, now)) {
            if (c.figure().equals(measure.figure()) && c.day() != null && (council == null || council.equals(c.authority()))) {
                count += c.count();
                outOf += c.outOf();
            }
        }
        String period = Dates.ofDay(from) + " to " + Dates.ofDay(to);
        String value;
        if (!measure.rate()) {
            value = String.valueOf(count);
        } else if (outOf == 0) {
            value = "none counted";
        } else {
            value = Math.round(100.0 * count / outOf) + "% (" + count + " of " + outOf + ")";
        }
        return new Figure(measure.figure(), measure.measure() + ", " + period, value);
    }
}
