package org.homeward.insight.internal.why;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.insight.internal.PartnershipFigures;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.insight.internal.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * What children told their return interviewers (DOMAIN.md SR-04, RHI-09): the push and pull factors and harms
 * coded at the interviews held after the period's episodes, counted by interviews and by children, quarter by
 * quarter, by where the child lived, and in pairs coded at the same interview; and how often exploitation was
 * identified. An interview counts for the episode it was offered after. Exact counts: suppression is for the
 * reader to apply.
 */
@Component
class WhyFigures {

    /** The coded vocabularies, in the order the page shows them. */
    static final List<String> VOCABULARIES = List.of("rhi-push-factor", "rhi-pull-factor", "rhi-harm");
    /** Rows that are not a coded factor: every interview held, those with a reason coded, and exploitation. */
    static final String ALL = "all";
    static final String CODED = "coded";
    static final String EXPLOITATION = "exploitation";
    /** The longest run of quarters shown; a longer period shows its last ones. */
    static final int QUARTERS = 8;
    /** The most common pairs of factors shown. */
    static final int PAIRS = 10;

    /** Interviews and the children they were held with. */
    record Count(long interviews, long children) {
        static final Count NONE = new Count(0, 0);
    }

    /** One row of the figures: a factor (vocabulary and code) or one of {@link #ALL}, {@link #CODED}, {@link #EXPLOITATION}. */
    record Row(String vocabulary, String code, String label, Count total, List<Count> byQuarter, List<Count> byCohort) {
    }

    /** Two factors coded at the same interviews. */
    record Pair(String first, String second, Count count) {
    }

    /** Everything counted: the quarters (first days) and cohorts in column order, the rows in page order. */
    record Figures(LocalDate from, LocalDate to, List<LocalDate> quarters, List<String> cohorts, List<Row> rows,
                   List<Pair> pairs) {

        Row row(String vocabulary, String code) {
            return rows.stream().filter(r -> r.vocabulary().equals(vocabulary) && r.code().equals(code)).findFirst()
                    .orElseThrow();
        }

        List<Row> factors(String vocabulary) {
            return rows.stream().filter(r -> r.vocabulary().equals(vocabulary)).toList();
        }
    }

    /** A coded factor's vocabulary term: the label in force most recently. */
    record Term(String vocabulary, String code, String label) {
    }

    /**
     * The interviews held after the period's episodes in the scope, on the episode's own offer (as at the count, as
     * every insight figure is), with where the child lived as seen from the councils shown.
     */
    private static final String INTERVIEWS = """
            select offer_id, child_id, date_trunc('quarter', start_day)::date as quarter, %s as cohort, exploitation
              from insight_episode where start_day between :from and :to and interviewed and %s""";

    private final JdbcClient jdbc;
    private final PeriodSummaries summaries;

    WhyFigures(JdbcClient jdbc, PeriodSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** The coded terms in page order: push factors, pull factors, harms, each in the vocabulary's own order. */
    List<Term> terms() {
        return jdbc.sql("""
                select vocabulary, code, label from (
                    select distinct on (vocabulary, code) vocabulary, code, label, sort_order
                      from vocabulary_term where vocabulary in ('rhi-push-factor', 'rhi-pull-factor', 'rhi-harm')
                     order by vocabulary, code, effective_from desc) t
                 order by array_position(array['rhi-push-factor', 'rhi-pull-factor', 'rhi-harm'], vocabulary),
                          sort_order, code""")
                .query(Term.class).list();
    }

    /**
     * The figures for episodes that began on the London days {@code from} to {@code to}, of the children of
     * {@code authorities} and those placed in their areas, or of the whole partnership when empty.
     */
    Figures figures(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities) {
        return figures(from, to, authorities, authorities.isEmpty() && summaries.ready());
    }

    /** The whole partnership's figures read from the episodes themselves: the summaries' yardstick. */
    Figures fromEpisodes(LocalDate from, LocalDate to) {
        return figures(from, to, Optional.empty(), false);
    }

    private Figures figures(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, boolean summarised) {
        Plans.forTheseValues(jdbc);
        Collection<UUID> councils = authorities.orElseGet(() -> jdbc.sql(
                "select id from agency where kind = 'LOCAL_AUTHORITY'").query(UUID.class).list());
        String scope = authorities.isEmpty() ? "true" : "(authority_id = any(:ids) or host_authority_id = any(:ids))";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("councils", new SqlArrayValue("uuid", councils.toArray()));
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
        String with = "with iv as (" + INTERVIEWS.formatted(PartnershipFigures.COHORT, scope) + ")";

        List<LocalDate> quarters = quarters(from, to);
        List<String> cohorts = PartnershipFigures.Dimension.COHORT.codes();
        Map<String, Count> totals = new HashMap<>();
        Map<String, Count> cells = new HashMap<>();
        List<Pair> coded;
        if (summarised) {
            coded = summarised(from, to, totals, cells);
        } else {
            coded = counted(with, params, totals, cells);
        }

        List<Row> rows = new ArrayList<>();
        rows.add(row(ALL, "", "Return interviews held", totals, cells, quarters, cohorts));
        rows.add(row(CODED, "", "Interviews with a push or pull factor coded", totals, cells, quarters, cohorts));
        rows.add(row(EXPLOITATION, "", "Exploitation identified", totals, cells, quarters, cohorts));
        Map<String, String> labels = new HashMap<>();
        for (Term t : terms()) {
            labels.put(t.vocabulary() + "|" + t.code(), t.label());
            rows.add(row(t.vocabulary(), t.code(), t.label(), totals, cells, quarters, cohorts));
        }
        // The most common pairs, in an order both sources give alike.
        List<Pair> pairs = coded.stream()
                .sorted(Comparator.comparingLong((Pair p) -> p.count().interviews()).reversed()
                        .thenComparing(Comparator.comparingLong((Pair p) -> p.count().children()).reversed())
                        .thenComparing(Pair::first).thenComparing(Pair::second))
                .limit(PAIRS)
                .map(p -> new Pair(labels.getOrDefault(p.first(), p.first()), labels.getOrDefault(p.second(), p.second()),
                        p.count()))
                .toList();
        return new Figures(from, to, quarters, cohorts, rows, pairs);
    }

    /** The figures read from the episodes: a council's, a police force's, or anyone's before the first full count. */
    private List<Pair> counted(String with, Map<String, Object> params, Map<String, Count> totals,
                               Map<String, Count> cells) {
        record Cell(String vocabulary, String code, LocalDate quarter, String cohort, boolean byQuarter,
                    boolean byCohort, long interviews, long children) {
        }
        // One pass, grouped three ways: children are counted apart in each grouping, never added up across them.
        jdbc.sql(with + """
                , keyed as (select offer_id, child_id, quarter, cohort, 'all' as vocabulary, '' as code from iv
                            union all
                            select offer_id, child_id, quarter, cohort, 'coded', '' from iv
                             where exists (select 1 from rhi_factor f where f.offer_id = iv.offer_id
                                              and f.vocabulary in ('rhi-push-factor', 'rhi-pull-factor'))
                            union all
                            select offer_id, child_id, quarter, cohort, 'exploitation', '' from iv where exploitation
                            union all
                            select iv.offer_id, iv.child_id, iv.quarter, iv.cohort, f.vocabulary, f.code
                              from iv join rhi_factor f on f.offer_id = iv.offer_id)
                select vocabulary, code, quarter, cohort, grouping(quarter) = 0 as by_quarter,
                       grouping(cohort) = 0 as by_cohort,
                       count(distinct offer_id) as interviews, count(distinct child_id) as children
                  from keyed group by grouping sets ((vocabulary, code), (vocabulary, code, quarter),
                                                     (vocabulary, code, cohort))""")
                .params(params).query(Cell.class).list()
                .forEach(c -> {
                    Count count = new Count(c.interviews(), c.children());
                    String key = c.vocabulary() + "|" + c.code();
                    if (c.byQuarter()) {
                        cells.put(key + "|q" + c.quarter(), count);
                    } else if (c.byCohort()) {
                        cells.put(key + "|c" + c.cohort(), count);
                    } else {
                        totals.put(key, count);
                    }
                });
        // "No harm disclosed" is an answer, not a harm: it pairs with nothing.
        return jdbc.sql(with + """
                , coded as (select iv.offer_id, iv.child_id, f.vocabulary || '|' || f.code as factor
                              from iv join rhi_factor f on f.offer_id = iv.offer_id
                             where not (f.vocabulary = 'rhi-harm' and f.code = 'NO_HARM'))
                select a.factor as first, b.factor as second, count(*) as interviews,
                       count(distinct a.child_id) as children
                  from coded a join coded b on b.offer_id = a.offer_id and b.factor > a.factor
                 group by a.factor, b.factor""")
                .params(params)
                .query((rs, n) -> new Pair(rs.getString("first"), rs.getString("second"),
                        new Count(rs.getLong("interviews"), rs.getLong("children"))))
                .list();
    }

    /** The whole partnership's figures from the summaries by day and month (ADR 0037), as {@link WhySummary} keys them. */
    private List<Pair> summarised(LocalDate from, LocalDate to, Map<String, Count> totals, Map<String, Count> cells) {
        Map<String, PeriodSummaries.Count> read = summaries.read(WhySummary.NAME, from, to, (period, key) -> {
            if (key.startsWith(WhySummary.PAIR)) {
                return List.of(key);
            }
            int cut = key.lastIndexOf('|');
            String factor = key.substring(0, cut);
            return List.of("t" + factor, "q" + factor + "|q" + quarterOf(period), "c" + factor + "|c" + key.substring(cut + 1));
        });
        List<Pair> pairs = new ArrayList<>();
        read.forEach((key, c) -> {
            Count count = new Count(c.items(), c.children());
            if (key.startsWith(WhySummary.PAIR)) {
                String[] factors = key.substring(WhySummary.PAIR.length()).split("~");
                pairs.add(new Pair(factors[0], factors[1], count));
            } else if (key.charAt(0) == 't') {
                totals.put(key.substring(1), count);
            } else {
                cells.put(key.substring(1), count);
            }
        });
        return pairs;
    }

    private static Row row(String vocabulary, String code, String label, Map<String, Count> totals,
                           Map<String, Count> cells, List<LocalDate> quarters, List<String> cohorts) {
        String key = vocabulary + "|" + code;
        return new Row(vocabulary, code, label, totals.getOrDefault(key, Count.NONE),
                quarters.stream().map(q -> cells.getOrDefault(key + "|q" + q, Count.NONE)).toList(),
                cohorts.stream().map(c -> cells.getOrDefault(key + "|c" + c, Count.NONE)).toList());
    }

    /** The first days of the period's quarters, the last {@link #QUARTERS} of them. */
    static List<LocalDate> quarters(LocalDate from, LocalDate to) {
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate q = quarterOf(from); !q.isAfter(to); q = q.plusMonths(3)) {
            all.add(q);
        }
        return all.size() > QUARTERS ? List.copyOf(all.subList(all.size() - QUARTERS, all.size())) : all;
    }

    static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
