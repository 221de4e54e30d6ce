package org.homeward.insight.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * A figure the insight pages count over a period's episodes, as the condition an {@code insight_episode} row
 * meets to be behind it: the list a manager follows a figure down to holds exactly the episodes it counts.
 * {@code :repeat} is the partnership's repeat threshold; {@code :endsAt} the instant the period ends.
 */
public enum Measure {
    EPISODES("Episodes (missing and away)", "true"),
    MISSING("Missing episodes", "category <> 'AWAY_FROM_PLACEMENT'"),
    AWAY("Away from placement without authorisation", "category = 'AWAY_FROM_PLACEMENT'"),
    /** Every episode of a child who was a repeat child in the period, as "Episodes of repeat children" counts. */
    REPEAT_CHILDREN("Episodes of repeat children", """
            child_id in (select r.child_id from insight_episode r
                          where r.start_day between :from and :to and %s
                          group by r.child_id having max(r.in_window) >= :repeat)"""),
    /** An episode that was itself at least the repeat threshold's in its window. */
    REPEAT("Repeat episodes", "in_window >= :repeat"),
    LOOKED_AFTER("Episodes of looked-after children", "legal_status like 'LAC\\_%'"),
    /** Begun before the period ended, whenever, and not ended by then: not limited to the period's starts. */
    STILL_MISSING("Still missing at the end of the period", "true", Basis.AT_END),
    OVER_24_HOURS("Episodes of 24 hours or more",
            "coalesce(ended_at, counted_at) - started_at >= interval '24 hours'"),
    HARM_FOUND("Harm while missing recorded", "harm_found"),
    EXPLOITATION("Exploitation identified at the return interview", "exploitation"),
    SCREENED("Exploitation screening within 28 days", "screened"),
    WITHIN_72_HOURS("Return interview held within 72 hours", "interview_held_at <= returned_at + interval '72 hours'"),
    NO_RISK_LEVEL("No police risk level", "risk_level is null"),
    NO_INTERVIEW_OUTCOME("Interview offered with no outcome recorded", "offered and offer_outcome is null"),
    NO_PLACEMENT("From care with no placement named", "category <> 'MISSING_FROM_HOME' and not placed"),
    NO_ETHNICITY("Child's ethnicity not recorded", "ethnicity is null"),
    /** The impact page's: the episodes that ended in the period, and what followed the return. */
    RETURNED("Returns in the period", "true", Basis.RETURNS),
    RETURN_OFFERED("Returns after which an interview was offered", "offered", Basis.RETURNS),
    RETURN_ACCEPTED("Returns after which the interview was accepted", "offered and offer_outcome = 'ACCEPTED'",
            Basis.RETURNS),
    RETURN_DECLINED("Returns after which the interview was declined", "offered and offer_outcome = 'DECLINED'",
            Basis.RETURNS),
    RETURN_HELD("Returns after which an interview was held", "offered and interview_held_at is not null", Basis.RETURNS),
    RETURN_HELD_WITHIN_72_HOURS("Returns after which an interview was held within 72 hours",
            "offered and interview_held_at <= returned_at + interval '72 hours'", Basis.RETURNS),
    SAFE_AND_WELL_WITHIN_24_HOURS("Returns checked safe and well within 24 hours",
            "safe_and_well_at <= ended_at + interval '24 hours'", Basis.RETURNS),
    SAFE_AND_WELL_WITHIN_72_HOURS("Returns checked safe and well within 72 hours",
            "safe_and_well_at <= ended_at + interval '72 hours'", Basis.RETURNS),
    NO_SAFE_AND_WELL("Returns with no safe and well check recorded", "safe_and_well_at is null", Basis.RETURNS);

    /** Which of the partnership's episodes a measure is of, for the period from {@code :from} to {@code :to}. */
    public enum Basis {
        /** Those that began in the period. */
        STARTS("start_day between :from and :to"),
        /** Those under way as the period ended, whenever they began. */
        AT_END("tstzrange(started_at, ended_at, '[)') @> :endsAt::timestamptz - interval '1 microsecond'"),
        /** Those that ended in the period: its returns. */
        RETURNS("ended_at >= :startsAt and ended_at < :endsAt");

        private final String period;

        Basis(String period) {
            this.period = period;
        }

        String period() {
            return period;
        }
    }

    private final String title;
    private final String condition;
    private final Basis basis;

    Measure(String title, String condition) {
        this(title, condition, Basis.STARTS);
    }

    Measure(String title, String condition, Basis basis) {
        this.title = title;
        this.condition = condition;
        this.basis = basis;
    }

    public static Optional<Measure> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }

    public String title() {
        return title;
    }

    /** The condition, with {@code scope} the period's authorities as the figure was counted for. */
    String condition(String scope) {
        return condition.contains("%s") ? condition.formatted(scope) : condition;
    }

    Basis basis() {
        return basis;
    }
}
