package org.homeward.records.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.records.RetainedRecord;
import org.homeward.platform.records.RetentionSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** Applies the retention rules to every module's records: which are due for review, and when each ends. */
@Component
class RetentionSchedule {

    /** A record and the rule that applies to it; its retention ends on {@code endsOn}. */
    public record Due(RetainedRecord record, String ruleTitle, RetentionProperties.Rule rule, LocalDate endsOn,
                      long daysLeft) {

        public boolean ended() {
            return daysLeft <= 0;
        }
    }

    private final List<RetentionSource> sources;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionSchedule(List<RetentionSource> sources, RetentionProperties properties, Clock clock) {
        this.sources = sources;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    Map<String, RetentionProperties.Rule> rules() {
        return properties.rules();
    }

    java.time.Period horizon() {
        return properties.horizon();
    }

    /** Records whose retention has ended, or ends within the horizon: soonest (longest overdue) first. */
    List<Due> dueForReview() {
        LocalDate today = today();
        LocalDate reviewBy = today.plus(properties.horizon());
        List<Due> due = new ArrayList<>();
        properties.rules().forEach((type, rule) -> source(type).ifPresent(source ->
                source.anchoredBy(type, reviewBy.minus(rule.keep())).forEach(r -> due.add(due(r, rule, today)))));
        due.sort(Comparator.comparing(Due::endsOn).thenComparing(d -> d.record().description()));
        return due;
    }

    Optional<Due> find(String type, UUID id) {
        RetentionProperties.Rule rule = properties.rules().get(type);
        if (rule == null) {
            return Optional.empty();
        }
        return source(type).flatMap(s -> s.find(type, id)).map(r -> due(r, rule, today()));
    }

    Optional<RetentionSource> source(String type) {
        return sources.stream().filter(s -> s.recordTypes().contains(type)).findFirst();
    }

    private static Due due(RetainedRecord record, RetentionProperties.Rule rule, LocalDate today) {
        LocalDate endsOn = record.runsFrom().plus(rule.keep());
        return new Due(record, rule.title(), rule, endsOn, ChronoUnit.DAYS.between(today, endsOn));
    }
}
