package org.homeward.rhi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** Returns from the start of {@code from} to before the start of the day after {@code to}, London days. */
    Measures measure(LocalDate from, LocalDate to, Cohort cohort) {
        // Within 72 hours means at or before the stored deadline, as on the record page (ADR 0009); when the
        // offer was met and the interview held come from the one view the record page reads too.
        return jdbc.sql("""
                select count(*) as returns,
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
                  from rhi_offer o
                  left join rhi_interview i on i.offer_id = coalesce(o.covered_by, o.id)
                  join episode e on e.id = o.episode_id
                  left join placement p on p.id = e.placement_id
                  join rhi_offer_met m on m.offer_id = o.id
                 where o.returned_at >= :from and o.returned_at < :to""" + cohort.condition)
                .param("from", Timestamp.from(startOf(from)))
                .param("to", Timestamp.from(startOf(to.plusDays(1))))
                .query(Measures.class).single();
    }
}
