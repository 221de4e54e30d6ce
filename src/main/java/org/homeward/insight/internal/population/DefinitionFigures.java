package org.homeward.insight.internal.population;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.insight.internal.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * How "missing" is applied (SR-06): a period's episodes by DfE category, police classification and police risk
 * level, each with what followed — harm found, repeat missing, exploitation identified, a screening, an interview
 * held within 72 hours — so that the board can see whether the children graded lowest came to as little harm as
 * the grading assumed (DOMAIN.md C.1: "absent" was dropped in 2017 after children graded so were harmed).
 * Exact counts: suppression is for the page to apply.
 */
@Component
public class DefinitionFigures {

    static final List<String> CATEGORIES = List.of("MISSING_FROM_HOME", "MISSING_FROM_CARE", "AWAY_FROM_PLACEMENT");
    static final List<String> CLASSIFICATIONS = List.of("MISSING", "ABSENT", "NOT_GRADED");
    /** The continuum, highest first; an episode the police never graded has none. */
    static final List<String> RISKS = List.of("HIGH", "MEDIUM", "LOW", "VERY_LOW", "NO_APPARENT_RISK", "NOT_GRADED");

    /**
     * One row: the episodes of a category (null: all), classification and risk level (both null: the category's
     * total) and how many of them had each outcome. {@code within72Hours}: an interview held no later than 72
     * hours after the return (DfE 2014).
     */
    public record Row(String category, String classification, String riskLevel, long episodes, long children,
                      long harmFound, long repeat, long exploitation, long screened, long within72Hours) {

        public boolean total() {
            return classification == null;
        }
    }

    private final JdbcClient jdbc;
    private final PeriodSummaries summaries;

    DefinitionFigures(JdbcClient jdbc, PeriodSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /**
     * The rows for the London days {@code from} to {@code to} in the scope (empty: the whole partnership): each
     * category's rows in classification then risk order, followed by its total, then the total of all. A repeat
     * episode is one with at least {@code repeatEpisodes} of the child's episodes in the repeat window ending
     * with it. Combinations with no episodes are left out.
     */
    public List<Row> rows(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes) {
        return rows(from, to, authorities, repeatEpisodes, authorities.isEmpty() && summaries.ready());
    }

    /** The whole partnership's rows read from the episodes themselves: the summaries' yardstick. */
    List<Row> fromEpisodes(LocalDate from, LocalDate to, int repeatEpisodes) {
        return rows(from, to, Optional.empty(), repeatEpisodes, false);
    }

    private List<Row> rows(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes,
                           boolean summarised) {
        List<Row> read = summarised ? summarised(from, to, repeatEpisodes)
                : counted(from, to, authorities, repeatEpisodes);
        // The grand total's grouping set gives a row of noughts for a period with no episodes: there is nothing to show.
        List<Row> rows = new ArrayList<>(read.stream().filter(r -> r.episodes() > 0).toList());
        rows.sort(Comparator.comparingInt((Row r) -> r.category() == null ? CATEGORIES.size()
                        : CATEGORIES.indexOf(r.category()))
                .thenComparingInt(r -> r.classification() == null ? CLASSIFICATIONS.size()
                        : CLASSIFICATIONS.indexOf(r.classification()))
                .thenComparingInt(r -> r.riskLevel() == null ? RISKS.size() : RISKS.indexOf(r.riskLevel())));
        return rows;
    }

    private List<Row> counted(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes) {
        Plans.forTheseValues(jdbc);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("repeat", repeatEpisodes);
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
        String scope = authorities.isEmpty() ? "true" : "(authority_id = any(:ids) or host_authority_id = any(:ids))";
        return jdbc.sql("""
                select category, classification, risk_level, count(*) as episodes,
                       count(distinct child_id) as children,
                       count(*) filter (where harm_found) as harm_found,
                       count(*) filter (where in_window >= :repeat) as repeat,
                       count(*) filter (where exploitation) as exploitation,
                       count(*) filter (where screened) as screened,
                       count(*) filter (where interview_held_at <= returned_at + interval '72 hours') as within72_hours
                  from (select child_id, category, coalesce(classification, 'NOT_GRADED') as classification,
                               coalesce(risk_level, 'NOT_GRADED') as risk_level, harm_found, in_window, exploitation,
                               screened, interview_held_at, returned_at
                          from insight_episode where start_day between :from and :to and %s) e
                 group by grouping sets ((category, classification, risk_level), (category), ())""".formatted(scope))
                .params(params).query(Row.class).list();
    }

    /**
     * The whole partnership's rows from the summaries by day and month (ADR 0037), keyed as {@link DefinitionSummary}
     * keys them: each combination, each category and all, with the repeat episodes those at or above the threshold.
     */
    private List<Row> summarised(LocalDate from, LocalDate to, int repeatEpisodes) {
        Map<String, PeriodSummaries.Count> read = summaries.read(DefinitionSummary.NAME, from, to, (period, key) -> {
            String[] k = key.split("\\|", -1);
            String outcome = k[3].startsWith("w") ? (Integer.parseInt(k[3].substring(1)) >= repeatEpisodes ? "repeat" : null)
                    : k[3];
            if (outcome == null) {
                return List.of();
            }
            return List.of(k[0] + "|" + k[1] + "|" + k[2] + "|" + outcome, k[0] + "||" + "|" + outcome, "|||" + outcome);
        });
        Map<String, long[]> rows = new LinkedHashMap<>();
        read.forEach((key, count) -> {
            String[] k = key.split("\\|", -1);
            long[] r = rows.computeIfAbsent(k[0] + "|" + k[1] + "|" + k[2], x -> new long[7]);
            int at = List.of("", "harm", "repeat", "exploitation", "screened", "held72").indexOf(k[3]);
            if (at == 0) {
                r[0] = count.items();
                r[1] = count.children();
            } else if (at > 0) {
                r[at + 1] = count.items();
            }
        });
        List<Row> listed = new ArrayList<>();
        rows.forEach((key, r) -> {
            String[] k = key.split("\\|", -1);
            listed.add(new Row(k[0].isEmpty() ? null : k[0], k[1].isEmpty() ? null : k[1], k[2].isEmpty() ? null : k[2],
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
        });
        return listed;
    }

    /**
     * The same episodes by where they sit on the police's continuum, whatever their category: absent, then each
     * risk level of those classified missing, then not graded; in that order, with nought where none.
     */
    public List<Row> continuum(List<Row> rows) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (String step : continuumSteps()) {
            sums.put(step, new long[7]);
        }
        for (Row r : rows) {
            if (r.total()) {
                continue;
            }
            String step = "ABSENT".equals(r.classification()) ? "ABSENT" : r.riskLevel();
            long[] s = sums.get(step);
            if (s == null) {
                continue;
            }
            s[0] += r.episodes();
            s[1] += r.children();
            s[2] += r.harmFound();
            s[3] += r.repeat();
            s[4] += r.exploitation();
            s[5] += r.screened();
            s[6] += r.within72Hours();
        }
        List<Row> steps = new ArrayList<>();
        // Children are summed over categories here, so a child in two categories counts twice; the page shows
        // episodes only for these rows.
        sums.forEach((step, s) -> steps.add(new Row(null, step, step, s[0], s[1], s[2], s[3], s[4], s[5], s[6])));
        return steps;
    }

    static List<String> continuumSteps() {
        return List.of("ABSENT", "NO_APPARENT_RISK", "VERY_LOW", "LOW", "MEDIUM", "HIGH", "NOT_GRADED");
    }
}
