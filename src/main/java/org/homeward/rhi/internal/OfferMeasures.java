package org.homeward.rhi.internal;

import static org.homeward.rhi.ReturnInterviewMeasures.COLUMNS;
import static org.homeward.rhi.ReturnInterviewMeasures.figure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.homeward.rhi.ReturnInterviewMeasures;
import org.homeward.rhi.ReturnInterviewMeasures.Cohort;
import org.homeward.rhi.ReturnInterviewMeasures.Measures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the return interview measures for the returns in a period and cohort, from the records. The cohort
 * comes from the placement the child went missing from, as the episode list derives it. The query reads the
 * episode and placement tables read-only, as a report does, so that one pass over the offers counts it all
 * instead of asking the episode module about each return. What the measures are and how a report reads them
 * back is {@link ReturnInterviewMeasures}.
 */
@Component
class OfferMeasures {

    /** Which returns each cohort counts, by the placement the child went missing from. */
    private static String condition(Cohort cohort) {
        return switch (cohort) {
            case ALL -> "";
            case HOME -> " and p.id is null";
            case IN_AREA -> " and p.host_authority_id = p.placing_authority_id";
            case OUT_OF_AREA -> " and p.host_authority_id <> p.placing_authority_id";
        };
    }

    private final JdbcClient jdbc;

    OfferMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first instant of a London day: midnight is found in local time, so a 23- or 25-hour day counts whole. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockConfiguration.LONDON).toInstant();
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
        return jdbc.sql("select " + MEASURES + FROM + condition(cohort))
                .param("from", Timestamp.from(startOf(from)))
                .param("to", Timestamp.from(startOf(to.plusDays(1))))
                .query(Measures.class).single();
    }

    /** The measures of one London day's returns, for one authority responsible for the children and one cohort. */
    record DayMeasures(LocalDate day, UUID authority, Cohort cohort, Measures measures) {

        List<FigureSource.Count> counts() {
            int[] values = measures.values();
            List<FigureSource.Count> counts = new ArrayList<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (values[i] != 0) {
                    counts.add(new FigureSource.Count(figure(COLUMNS.get(i), cohort), day, authority, values[i], 0));
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
}
