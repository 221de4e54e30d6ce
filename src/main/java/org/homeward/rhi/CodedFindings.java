package org.homeward.rhi;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What return home interviews held in a period found, counted by code, for causation-pattern analysis
 * across children (DOMAIN.md RHI-09, CR-10, SR-04): push and pull factors and harms by their code, and
 * the shared associate and location records linked. One interview covering several episodes counts
 * once. Counts only: no child is named. Retired codes are counted under their last label.
 */
@Component
public class CodedFindings {

    /** A finding's kind as a report heads it. */
    public enum Kind {
        PUSH("Push factor"), PULL("Pull factor"), HARM("Harm"), ASSOCIATE("Associate"), LOCATION("Location");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How many interviews found this: a code of the taxonomy, or an associate's or location's id. */
    public record Count(Kind kind, String code, String label, long interviews) {
    }

    private final JdbcClient jdbc;

    CodedFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Interviews held from the start of {@code from} to the end of {@code to}, London days; most found first. */
    public List<Count> counts(LocalDate from, LocalDate to) {
        // Associate and location names are read from the child module's tables, read-only, as a report does.
        return jdbc.sql("""
                with held as (select offer_id from rhi_interview where held_at >= :start and held_at < :end)
                select case f.vocabulary when 'rhi-push-factor' then 'PUSH' when 'rhi-pull-factor' then 'PULL'
                            else 'HARM' end as kind,
                       f.code, coalesce(t.label, f.code) as label, count(*) as interviews
                  from held h join rhi_factor f on f.offer_id = h.offer_id
                  left join lateral (select label from vocabulary_term v where v.vocabulary = f.vocabulary
                                        and v.code = f.code order by v.effective_from desc limit 1) t on true
                 group by f.vocabulary, f.code, t.label
                union all
                select 'ASSOCIATE', a.id::text, a.name, count(*)
                  from held h join rhi_interview_associate ia on ia.offer_id = h.offer_id
                  join associate a on a.id = ia.associate_id
                 group by a.id, a.name
                union all
                select 'LOCATION', l.id::text, l.description, count(*)
                  from held h join rhi_interview_location il on il.offer_id = h.offer_id
                  join location l on l.id = il.location_id
                 group by l.id, l.description
                 order by 1, 4 desc, 3""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query((rs, n) -> new Count(Kind.valueOf(rs.getString("kind")), rs.getString("code"),
                        rs.getString("label"), rs.getLong("interviews")))
                .list();
    }
}
