package org.homeward.rhi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The return interview measures for the returns in a period and cohort. The cohort comes from the
 * placement the child went missing from, as the episode list derives it. The query reads the episode
 * and placement tables read-only, as a report does, so that one pass over the offers counts it all
 * instead of asking the episode module about each return.
 */
@Component
public class OfferMeasures {

    /** Where the child lived when they went missing. */
    public enum Cohort {
        ALL("All children", ""), HOME("At home", " and p.id is null"),
        IN_AREA("Looked after in area", " and p.host_authority_id = p.placing_authority_id"),
        OUT_OF_AREA("Placed out of area", " and p.host_authority_id <> p.placing_authority_id");

        final String label;
        final String condition;

        Cohort(String label, String condition) {
            this.label = label;
            this.condition = condition;
        }

        public String label() {
            return label;
        }

        static Cohort parse(String code) {
            for (Cohort c : values()) {
                if (c.name().equals(code)) {
                    return c;
                }
            }
            return ALL;
        }
    }

    /**
     * Each return falls in exactly one of held, declined, missing again, not possible, not offered or
     * still open, in the order the record page gives its status.
     */
    public record Measures(int returns, int offeredWithin72Hours, int heldWithin72Hours, int held, int declined,
                    int missingAgain, int notPossible, int notOfferedSignedOff, int notOfferedAwaitingSignOff,
                    int stillOpen, int heldNotIndependent) {

        /** One line of the table and the CSV: the measure, its count and whole percent of the returns. */
        public record Row(String measure, int count, Integer percent) {
        }

        public List<Row> rows() {
            return List.of(row("Offered within 72 hours", offeredWithin72Hours),
                    row("Held within 72 hours", heldWithin72Hours), row("Held at all", held),
                    row("Held by an independent interviewer", held - heldNotIndependent),
                    row("Held, not independent (carer, placement staff, social worker or responsible authority)",
                            heldNotIndependent),
                    row("Declined", declined), row("Child missing again", missingAgain),
                    row("Not possible", notPossible), row("Not offered (signed off)", notOfferedSignedOff),
                    row("Not offered (awaiting sign-off)", notOfferedAwaitingSignOff), row("Still open", stillOpen));
        }

        int[] values() {
            return new int[] {returns, offeredWithin72Hours, heldWithin72Hours, held, declined, missingAgain, notPossible,
                    notOfferedSignedOff, notOfferedAwaitingSignOff, stillOpen, heldNotIndependent};
        }

        static Measures of(int[] v) {
            return new Measures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
        }

        /** The percent is left out (null) when there were no returns, rather than divide by nought. */
        private Row row(String measure, int count) {
            return new Row(measure, count, returns == 0 ? null : (int) Math.round(100.0 * count / returns));
        }
    }

    private final JdbcClient jdbc;

    OfferMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first instant of a London day: midnight is found in local time, so a 23- or 25-hour day counts whole. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockConfiguration.LONDON).toInstant();
    }

    /** The columns of {@link Measures}, in its order: the names its counts are kept under in the summaries. */
    static final List<String> COLUMNS = List.of("returns", "offered_within72_hours", "held_within72_hours", "held",
            "declined", "missing_again", "not_possible", "not_offered_signed_off", "not_offered_awaiting_sign_off",
            "still_open", "held_not_independent");

    /** The summaries' name for one measure of one cohort. */
    static String figure(String column, Cohort cohort) {
        return "rhi.offers." + column + "." + cohort.name();
    }

    // Within 72 hours means at or before the stored deadline, as on the record page (ADR 0009); when the
    // offer was met and the interview held come from the one view the record page reads too.
    private static final String MEASURES = """
            count(*) as returns,
            count(*) filter (where m.offered_at <= o.due_at) as offered_within72_hours,
            count(*) filter (where m.held_at <= o.due_at) as held_within72_hours,
            count(m.held_at) as held,
            count(*) filter (where m.held_at is null and o.not_offered_reason is null
                               and o.outcome = 'DECLINED') as declined,
            count(*) filter (where m.held_at is null and o.not_offered_reason is null
                               and o.outcome = 'MISSING_AGAIN') as missing_again,
            count(*) filter (where m.held_at is null and o.not_offered_reason is null
                               and o.outcome = 'NOT_POSSIBLE') as not_possible,
            count(*) filter (where m.held_at is null and o.not_offered_reason is not null
                               and o.signed_off_by is not null) as not_offered_signed_off,
            count(*) filter (where m.held_at is null and o.not_offered_reason is not null
                               and o.signed_off_by is null) as not_offered_awaiting_sign_off,
            count(*) filter (where m.held_at is null and o.not_offered_reason is null
                               and (o.outcome is null or o.outcome = 'ACCEPTED')) as still_open,
            count(*) filter (where m.held_at is not null and not i.independent) as held_not_independent
            """;

    private static final String FROM = """
              from rhi_offer o
              join child c on c.id = o.child_id
              left join rhi_interview i on i.offer_id = coalesce(o.covered_by, o.id)
              join episode e on e.id = o.episode_id
              left join placement p on p.id = e.placement_id
              join rhi_offer_met m on m.offer_id = o.id
             where o.returned_at >= :from and o.returned_at < :to""";

    /**
     * Returns from the start of {@code from} to before the start of the day after {@code to}, London days,
     * counted from the records: the definition the summarised measures are checked against.
     */
    Measures measure(LocalDate from, LocalDate to, Cohort cohort) {
        return jdbc.sql("select " + MEASURES + FROM + cohort.condition)
                .param("from", Timestamp.from(startOf(from)))
                .param("to", Timestamp.from(startOf(to.plusDays(1))))
                .query(Measures.class).single();
    }

    /** The measures of one London day's returns, for one authority responsible for the children and one cohort. */
    record DayMeasures(LocalDate day, UUID authority, Cohort cohort, Measures measures) {

        List<ComplianceSource.Count> counts() {
            int[] values = measures.values();
            List<ComplianceSource.Count> counts = new ArrayList<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (values[i] != 0) {
                    counts.add(new ComplianceSource.Count(figure(COLUMNS.get(i), cohort), day, authority, values[i], 0));
                }
            }
            return counts;
        }
    }

    /** Each day's measures by authority and cohort, for the summaries the measures page reads. */
    List<DayMeasures> byDay(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select (o.returned_at at time zone 'Europe/London')::date as day, c.responsible_authority_id as authority,
                       case when p.id is null then 'HOME' when p.host_authority_id = p.placing_authority_id then 'IN_AREA'
                            else 'OUT_OF_AREA' end as cohort,
                """ + MEASURES + FROM + " group by 1, 2, 3")
                .param("from", Timestamp.from(startOf(from)))
                .param("to", Timestamp.from(startOf(to.plusDays(1))))
                .query((rs, n) -> {
                    int[] values = new int[COLUMNS.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getInt(COLUMNS.get(i));
                    }
                    return new DayMeasures(rs.getObject("day", LocalDate.class), rs.getObject("authority", UUID.class),
                            Cohort.valueOf(rs.getString("cohort")), Measures.of(values));
                }).list();
    }

    /** The measures for a cohort from summed counts, named as {@link #figure} names them. */
    static Measures fromCounts(java.util.Map<String, Long> counts, Cohort cohort) {
        int[] values = new int[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            for (Cohort c : cohort == Cohort.ALL ? List.of(Cohort.HOME, Cohort.IN_AREA, Cohort.OUT_OF_AREA) : List.of(cohort)) {
                values[i] += counts.getOrDefault(figure(COLUMNS.get(i), c), 0L).intValue();
            }
        }
        return Measures.of(values);
    }
}
