package org.homeward.insight.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The board's numbers for a period and a scope, from {@code insight_episode}: episodes and individual children,
 * missing and away apart, repeat children, durations, risk, when children go, who they are, month by month
 * against the year before, and how complete the records behind each figure are. Exact counts: suppression is
 * for the page to apply.
 */
@Component
public class PartnershipFigures {

    /** The dimensions a period's episodes are broken down by, in page order, with the values each may take. */
    public enum Dimension {
        COHORT("Where the child lived", List.of("AT_HOME", "IN_AREA", "OUT_OF_AREA", "PLACED_IN")),
        AGE("Age when last seen", List.of("UNDER_10", "10_12", "13_15", "16_17", "18_OVER")),
        SEX("Sex", List.of("F", "M", "X")),
        ETHNICITY("Ethnic group", List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_KNOWN", "NOT_RECORDED")),
        DISABILITY("Disability", List.of("DISABLED", "NOT_DISABLED")),
        LEGAL_STATUS("Legal status", List.of("LOOKED_AFTER", "CP", "CIN", "CARE_LEAVER", "NONE")),
        RISK("Police risk level", List.of("HIGH", "MEDIUM", "LOW", "VERY_LOW", "NO_APPARENT_RISK", "NOT_GRADED")),
        DURATION("How long", List.of("UNDER_6H", "6_24H", "1_2D", "2_7D", "OVER_7D", "STILL_MISSING")),
        FOUND("How the episode ended", List.of("RETURNED", "FOUND_POLICE", "FOUND_CARER", "FOUND_OTHER", "CONTACTED",
                "NOT_RECORDED", "NOT_RETURNED")),
        PLACEMENT("Placement type", List.of("CHILDRENS_HOME", "FOSTER_LA", "FOSTER_AGENCY", "KINSHIP", "SUPPORTED",
                "RESIDENTIAL_SCHOOL", "SECURE", "PARENTS", "OTHER", "NO_PLACEMENT")),
        HOUR("Time last seen", List.of("00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23")),
        WEEKDAY("Day last seen", List.of("1", "2", "3", "4", "5", "6", "7")),
        /** How "missing" was applied: filters behind those figures, not breakdowns of the dashboard. */
        CATEGORY("Category", List.of("MISSING_FROM_HOME", "MISSING_FROM_CARE", "AWAY_FROM_PLACEMENT"), false),
        CLASSIFICATION("Police classification", List.of("MISSING", "ABSENT", "NOT_GRADED"), false),
        /** Who held the interview after a return: the impact page's groups. */
        INDEPENDENCE("Who held the interview", List.of("INDEPENDENT", "NOT_INDEPENDENT", "NO_INTERVIEW"), false);

        private final String title;
        private final List<String> codes;
        private final boolean breakdown;

        Dimension(String title, List<String> codes) {
            this(title, codes, true);
        }

        Dimension(String title, List<String> codes, boolean breakdown) {
            this.title = title;
            this.codes = codes;
            this.breakdown = breakdown;
        }

        /** The dimensions the dashboard breaks its figures down by. */
        public static List<Dimension> breakdowns() {
            return Breakdowns.ALL;
        }

        /** Worked out once: the children's sets ask for every value's bit for each child counted. */
        private static final class Breakdowns {
            static final List<Dimension> ALL = java.util.Arrays.stream(values()).filter(d -> d.breakdown).toList();
        }

        public static Optional<Dimension> named(String name) {
            return java.util.Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
        }

        public String title() {
            return title;
        }

        public List<String> codes() {
            return codes;
        }
    }

    /** One value of a dimension: its episodes and the children with at least one of them. */
    public record Cell(String value, long episodes, long children) {
    }

    /** Episodes in one month. */
    public record Month(YearMonth month, long episodes) {
    }

    /**
     * The headline numbers. {@code lookedAfterChildren} went missing or away out of {@code lookedAfterPlaced}
     * children placed at some time in the period; {@code medianMinutes} and {@code over24Hours} by how long each
     * episode lasted, whenever it ended ({@code medianMinutes} null when none has).
     */
    public record Headline(long episodes, long missingEpisodes, long awayEpisodes, long children, long repeatChildren,
                           long repeatChildrenEpisodes, long lookedAfterChildren, long lookedAfterEpisodes,
                           long lookedAfterPlaced, long stillMissingAtEnd, Long medianMinutes, long over24Hours,
                           long harmFound, long exploitation, long screened) {
    }

    /**
     * How many of the period's episodes lack what a figure needs: a police risk level; (of those returned with an
     * interview offered) the interview's outcome; (of those from care) the placement; the child's ethnicity.
     */
    public record Completeness(long episodes, long noRiskLevel, long offered, long noInterviewOutcome, long fromCare,
                               long noPlacement, long noEthnicity) {
    }

    /** Everything on the dashboard. {@code lastYear} holds the same months a year earlier, in the same order. */
    public record Figures(LocalDate from, LocalDate to, Headline headline, Completeness completeness,
                          Map<Dimension, List<Cell>> breakdowns, List<Month> months, List<Month> lastYear,
                          Map<Dimension, Map<String, Map<String, Long>>> riskBy) {
    }

    /** Children under 18, or care leavers, by the ages the national returns group. */
    public static final String AGE_BAND = """
            case when age < 10 then 'UNDER_10' when age <= 12 then '10_12' when age <= 15 then '13_15'
                 when age <= 17 then '16_17' else '18_OVER' end""";
    /** The 2011 Census's five groups, from the DfE ethnicity code's first letter (CHNE is in "other"). */
    public static final String ETHNIC_GROUP = """
            case when ethnicity is null then 'NOT_RECORDED' when ethnicity in ('NOBT', 'REFU') then 'NOT_KNOWN'
                 when ethnicity = 'CHNE' then 'OTHER' when ethnicity like 'W%' then 'WHITE'
                 when ethnicity like 'M%' then 'MIXED' when ethnicity like 'A%' then 'ASIAN'
                 when ethnicity like 'B%' then 'BLACK' else 'OTHER' end""";
    public static final String LEGAL_GROUP = """
            case when legal_status like 'LAC\\_%' then 'LOOKED_AFTER' when legal_status in ('CP', 'CIN', 'CARE_LEAVER')
                 then legal_status else 'NONE' end""";
    /** How long the episode lasted, whenever it ended; one not yet ended is still missing. */
    public static final String DURATION_BAND = """
            case when ended_at is null then 'STILL_MISSING'
                 when ended_at - started_at < interval '6 hours' then 'UNDER_6H'
                 when ended_at - started_at < interval '24 hours' then '6_24H'
                 when ended_at - started_at < interval '48 hours' then '1_2D'
                 when ended_at - started_at < interval '7 days' then '2_7D' else 'OVER_7D' end""";
    /**
     * Where the child lived, seen from the councils shown ({@code :councils}): at home; looked after by one of
     * them in its own area or out of area; or placed in the area by a council not shown.
     */
    public static final String COHORT = """
            case when not placed then 'AT_HOME'
                 when coalesce(placing_authority_id, authority_id) = any(:councils)
                     then case when host_authority_id = any(:councils) then 'IN_AREA' else 'OUT_OF_AREA' end
                 else 'PLACED_IN' end""";

    private final JdbcClient jdbc;
    private final MonthlySummaries summaries;
    private final ChildSets childSets;

    PartnershipFigures(JdbcClient jdbc, MonthlySummaries summaries, ChildSets childSets) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.childSets = childSets;
    }

    /**
     * The figures for the London days {@code from} to {@code to} for the children of {@code authorities} (and
     * those placed in their areas), or the whole partnership when empty. A repeat child had at least
     * {@code repeatEpisodes} episodes in the repeat window ending with one of the period's.
     */
    public Figures figures(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes) {
        return figures(from, to, authorities, repeatEpisodes, false);
    }

    /** As above; {@code lookedAfterOnly} keeps the episodes of looked-after children (the corporate parent's). */
    public Figures figures(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes,
                           boolean lookedAfterOnly) {
        boolean summarised = authorities.isEmpty() && !lookedAfterOnly && summaries.ready();
        return count(from, to, authorities, repeatEpisodes, lookedAfterOnly, summarised);
    }

    /** As the dashboard counts, but every figure read from the episodes themselves: the summaries' yardstick. */
    Figures fromEpisodes(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes) {
        return count(from, to, authorities, repeatEpisodes, false, false);
    }

    private Figures count(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, int repeatEpisodes,
                          boolean lookedAfterOnly, boolean summarised) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A year's children are folded in memory: at national scale some 45 MB, which the default would spill.
            jdbc.sql("set local work_mem = '96MB'").update();
        }
        Plans.forTheseValues(jdbc);
        Instant endsAt = to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
        Collection<UUID> councils = authorities.orElseGet(() -> jdbc.sql(
                "select id from agency where kind = 'LOCAL_AUTHORITY'").query(UUID.class).list());
        String scope = (authorities.isEmpty() ? "true" : "(authority_id = any(:ids) or host_authority_id = any(:ids))")
                + (lookedAfterOnly ? " and (legal_status like 'LAC\\_%' or placed)" : "");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("endsAt", Timestamp.from(endsAt));
        params.put("councils", new SqlArrayValue("uuid", councils.toArray()));
        params.put("repeat", repeatEpisodes);
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));

        // The whole partnership's figures come from the summaries: the whole months between from and to by month,
        // the days either side by day (ADR 0033, 0034). Anyone else's are read from the episodes.
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWhole = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        params.put("firstWhole", Date.valueOf(firstWhole));
        params.put("lastWhole", Date.valueOf(lastWhole));
        String months = "month between :firstWhole and :lastWhole";
        String days = "day between :from and :to and not (day between :firstWhole and :lastWhole)";
        String rows = "from insight_episode where start_day between :from and :to and " + scope;
        String summary = "from (select * from insight_month where " + months + " union all select * from insight_day where "
                + days + ") s where true";

        // One pass for the episodes' own counts: no distinct children, which would sort the period's rows.
        StringBuilder counted = new StringBuilder();
        StringBuilder summed = new StringBuilder();
        for (int i = 0; i < MonthlySummaries.COUNTS.size(); i++) {
            String name = MonthlySummaries.COUNTS.get(i);
            counted.append(i == 0 ? "" : ", ").append(MonthlySummaries.COUNTED.get(i)).append(" as ").append(name);
            summed.append(i == 0 ? "" : ", ").append("coalesce(sum(").append(name).append("), 0) as ").append(name);
        }
        Map<String, Object> counts = jdbc.sql("select " + (summarised ? summed + " " + summary + " and dimension = ''"
                        : counted + " " + rows)).params(params).query().singleRow();

        // The median of whole minutes missing, over the ended episodes.
        Map<Long, Long> minutes = new TreeMap<>();
        jdbc.sql(summarised
                        ? "select value::bigint as minutes, sum(episodes) as episodes " + summary
                                + " and dimension = 'MINUTES' group by 1"
                        : "select " + MonthlySummaries.MINUTES + " as minutes, count(*) as episodes " + rows
                                + " and ended_at is not null group by 1")
                .params(params).query(rs -> {
                    minutes.merge(rs.getLong("minutes"), rs.getLong("episodes"), Long::sum);
                });
        Long medianMinutes = median(minutes);

        // Children: unions of the months' and days' sets of children (ADR 0034); or, read from the episodes, each
        // child's episodes folded into one row (a bit per value seen), then counted.
        List<Dimension> dimensions = Dimension.breakdowns();
        String foldedChild = """
                count(*) as episodes, max(in_window) as max_in_window, bool_or(legal_status like 'LAC\\_%') as looked_after
                """ + MonthlySummaries.wordMasks();
        Map<String, Object> children;
        if (summarised) {
            ChildSets.Tally tally = childSets.tally();
            childSets.addSets(tally, Grain.MONTH, months, params);
            childSets.addSets(tally, Grain.DAY, days, params);
            children = tally.counts(repeatEpisodes);
        } else {
            StringBuilder tallies = new StringBuilder();
            for (Dimension d : dimensions) {
                for (int i = 0; i < d.codes().size(); i++) {
                    tallies.append(", count(*) filter (where ").append(MonthlySummaries.has(d, i)).append(") as ")
                            .append(MonthlySummaries.column("m_", d)).append('_').append(i);
                }
            }
            children = jdbc.sql("""
                    select count(*) as children, count(*) filter (where max_in_window >= :repeat) as repeat_children,
                           coalesce(sum(episodes) filter (where max_in_window >= :repeat), 0) as repeat_children_episodes,
                           count(*) filter (where looked_after) as looked_after_children %s
                      from (select child_id, %s %s group by child_id) c""".formatted(tallies, foldedChild, rows))
                    .params(params).query().singleRow();
        }

        long placed = jdbc.sql("""
                select count(distinct child_id) from placement
                 where start_date <= :to and (end_date is null or end_date >= :from) and %s""".formatted(
                        authorities.isEmpty() ? "true"
                                : "(placing_authority_id = any(:ids) or host_authority_id = any(:ids))"))
                .params(params).query(Long.class).single();
        long stillMissing = jdbc.sql("""
                select count(*) from insight_episode
                 where tstzrange(started_at, ended_at, '[)') @> :endsAt::timestamptz - interval '1 microsecond' and %s"""
                        .formatted(scope))
                .params(params).query(Long.class).single();
        Headline headline = new Headline(number(counts, "episodes"), number(counts, "missing_episodes"),
                number(counts, "away_episodes"), number(children, "children"), number(children, "repeat_children"),
                number(children, "repeat_children_episodes"), number(children, "looked_after_children"),
                number(counts, "looked_after_episodes"), placed, stillMissing, medianMinutes,
                number(counts, "over24_hours"), number(counts, "harm_found"), number(counts, "exploitation"),
                number(counts, "screened"));
        Completeness completeness = new Completeness(number(counts, "episodes"), number(counts, "no_risk_level"),
                number(counts, "offered"), number(counts, "no_interview_outcome"), number(counts, "from_care"),
                number(counts, "no_placement"), number(counts, "no_ethnicity"));

        // Episodes by each dimension: one hash table per dimension, in one pass.
        StringBuilder sets = new StringBuilder();
        for (Dimension d : dimensions) {
            sets.append(sets.isEmpty() ? "" : ", ").append('(').append(MonthlySummaries.column("d_", d)).append(')');
        }
        Map<String, Long> episodes = new LinkedHashMap<>();
        Map<String, Long> risks = new LinkedHashMap<>();
        String grouped = String.join(", ", dimensions.stream().map(d -> MonthlySummaries.column("d_", d)).toList());
        if (!summarised) {
            jdbc.sql("select %s, count(*) as episodes from (select 1 as one %s %s) p group by grouping sets (%s)".formatted(
                            grouped, MonthlySummaries.dimensionColumns(), rows, sets))
                    .params(params)
                    .query(rs -> {
                        for (Dimension d : dimensions) {
                            String value = rs.getString(MonthlySummaries.column("d_", d));
                            if (value != null) {
                                episodes.merge(d.name() + "|" + value, rs.getLong("episodes"), Long::sum);
                            }
                        }
                    });
            // Police risk level by age band and by sex (episodes), as the national missing persons data report gives it.
            jdbc.sql("""
                    select d_risk, d_age, d_sex, count(*) as episodes
                      from (select %s as d_risk, %s as d_age, sex as d_sex %s) p
                     group by grouping sets ((d_risk, d_age), (d_risk, d_sex))""".formatted(expression(Dimension.RISK),
                            AGE_BAND, rows))
                    .params(params)
                    .query(rs -> {
                        String age = rs.getString("d_age");
                        risks.merge((age != null ? "RISK_AGE|" + age : "RISK_SEX|" + rs.getString("d_sex")) + "|"
                                + rs.getString("d_risk"), rs.getLong("episodes"), Long::sum);
                    });
        } else {
            jdbc.sql("select dimension, value, sum(episodes) as episodes " + summary
                            + " and dimension not in ('', 'MINUTES') group by 1, 2")
                    .params(params).query(rs -> {
                        String dimension = rs.getString("dimension");
                        String value = rs.getString("value");
                        if (dimension.startsWith("RISK_")) {
                            String[] parts = value.split("\\|");
                            risks.merge(dimension + "|" + parts[1] + "|" + parts[0], rs.getLong("episodes"), Long::sum);
                        } else {
                            episodes.merge(dimension + "|" + value, rs.getLong("episodes"), Long::sum);
                        }
                    });
        }
        Map<Dimension, List<Cell>> breakdowns = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < d.codes().size(); i++) {
                String value = d.codes().get(i);
                cells.add(new Cell(value, episodes.getOrDefault(d.name() + "|" + value, 0L),
                        number(children, MonthlySummaries.column("m_", d) + "_" + i)));
            }
            breakdowns.put(d, cells);
        }
        Map<Dimension, Map<String, Map<String, Long>>> riskBy = new LinkedHashMap<>();
        for (Dimension by : List.of(Dimension.AGE, Dimension.SEX)) {
            Map<String, Map<String, Long>> table = new LinkedHashMap<>();
            for (String risk : Dimension.RISK.codes()) {
                Map<String, Long> row = new LinkedHashMap<>();
                by.codes().forEach(code -> row.put(code, risks.getOrDefault("RISK_" + by.name() + "|" + code + "|"
                        + risk, 0L)));
                table.put(risk, row);
            }
            riskBy.put(by, table);
        }

        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.plusMonths(23).isBefore(last)) {
            first = last.minusMonths(23);
        }
        Map<YearMonth, Month> byMonth = new LinkedHashMap<>();
        params.put("trendFrom", Date.valueOf(first.minusMonths(12).atDay(1)));
        params.put("trendTo", Date.valueOf(last.atEndOfMonth()));
        String trend = summarised
                ? "select month, episodes from insight_month where month between :trendFrom and :trendTo and dimension = ''"
                : """
                select date_trunc('month', start_day)::date as month, count(*) as episodes
                  from insight_episode where start_day between :trendFrom and :trendTo and %s group by 1""".formatted(scope);
        jdbc.sql(trend).params(params)
                .query((rs, n) -> new Month(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("episodes")))
                .list().forEach(m -> byMonth.put(m.month(), m));
        List<Month> monthly = new ArrayList<>();
        List<Month> lastYear = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            monthly.add(byMonth.getOrDefault(m, new Month(m, 0)));
            YearMonth before = m.minusYears(1);
            lastYear.add(byMonth.getOrDefault(before, new Month(before, 0)));
        }
        return new Figures(from, to, headline, completeness, breakdowns, monthly, lastYear, riskBy);
    }

    /** The lower median (percentile_disc 0.5) of a count of episodes by whole minutes; null when none ended. */
    static Long median(Map<Long, Long> minutes) {
        long total = minutes.values().stream().mapToLong(Long::longValue).sum();
        long seen = 0;
        for (Map.Entry<Long, Long> m : minutes.entrySet()) {
            seen += m.getValue();
            if (seen * 2 >= total) {
                return m.getKey();
            }
        }
        return null;
    }

    /** The SQL giving an {@code insight_episode} row's value of a dimension (COHORT needs {@code :councils}). */
    public static String expression(Dimension d) {
        return switch (d) {
            case COHORT -> COHORT;
            case AGE -> AGE_BAND;
            case SEX -> "sex";
            case ETHNICITY -> ETHNIC_GROUP;
            case DISABILITY -> "case when disabled then 'DISABLED' else 'NOT_DISABLED' end";
            case LEGAL_STATUS -> LEGAL_GROUP;
            case RISK -> "coalesce(risk_level, 'NOT_GRADED')";
            case DURATION -> DURATION_BAND;
            case FOUND -> "case when ended_at is null then 'NOT_RETURNED' else coalesce(return_method, 'NOT_RECORDED') end";
            case PLACEMENT -> "coalesce(placement_type, 'NO_PLACEMENT')";
            case HOUR -> "lpad(start_hour::text, 2, '0')";
            case WEEKDAY -> "start_dow::text";
            case CATEGORY -> "category";
            case CLASSIFICATION -> "coalesce(classification, 'NOT_GRADED')";
            case INDEPENDENCE -> INDEPENDENCE_GROUP;
        };
    }

    /** Who held the interview after an episode, as the impact page groups returns. */
    public static final String INDEPENDENCE_GROUP = "case when interview_held_at is null then 'NO_INTERVIEW'"
            + " when independent then 'INDEPENDENT' else 'NOT_INDEPENDENT' end";

    /** One episode behind a figure. */
    public record Listed(UUID episodeId, UUID childId, Instant startedAt, Instant endedAt, String category,
                         String riskLevel) {
    }

    /** The episodes behind one figure, the latest first, a page at a time, and how many there are in all. */
    public record Listing(long episodes, long children, Keyset.Page<Listed> page) {
    }

    /** The episodes behind one figure, as it was counted for the period and authorities, with the repeat threshold. */
    public Listing episodes(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, Behind behind,
                            int repeatEpisodes, Keyset keyset) {
        Plans.forTheseValues(jdbc);
        Collection<UUID> councils = authorities.orElseGet(() -> jdbc.sql(
                "select id from agency where kind = 'LOCAL_AUTHORITY'").query(UUID.class).list());
        String scope = authorities.isEmpty() ? "true"
                : "(authority_id = any(:ids) or host_authority_id = any(:ids))";
        StringBuilder where = new StringBuilder(behind.measure().basis().period());
        where.append(" and ").append(scope).append(" and ").append(behind.measure().condition(scope));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("repeat", repeatEpisodes);
        params.put("councils", new SqlArrayValue("uuid", councils.toArray()));
        params.put("endsAt", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        params.put("startsAt", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
        behind.provider().ifPresent(p -> {
            where.append(" and coalesce(provider_agency_id::text, '') = :provider");
            params.put("provider", p);
        });
        behind.values().forEach((d, value) -> {
            String name = "v" + d.ordinal();
            where.append(" and ").append(expression(d)).append(" = :").append(name);
            params.put(name, value);
        });
        behind.associate().ifPresent(a -> {
            where.append(" and ").append(Behind.LINKED);
            params.put("associate", a);
        });
        behind.group().ifPresent(g -> {
            where.append(" and ").append(Behind.Group.CONDITION);
            params.put("groupChildren", new SqlArrayValue("uuid", g.children().toArray()));
        });
        behind.place().ifPresent(p -> {
            where.append(" and ").append(p.condition());
            params.put("placeLocation", p.location());
            params.put("placeWords", p.wordsKey());
        });
        behind.interview().ifPresent(i -> {
            where.append(" and ").append(i.condition());
            params.put("factorVocabulary", i.vocabulary());
            params.put("factorCode", i.code());
        });
        Map<String, Object> counts = jdbc.sql(
                "select count(*) as episodes, count(distinct child_id) as children from insight_episode where " + where)
                .params(params).query().singleRow();
        JdbcClient.StatementSpec spec = jdbc.sql(
                "select episode_id, child_id, started_at, ended_at, category, risk_level from insight_episode where "
                        + where + keyset.condition("started_at", "episode_id", true)
                        + keyset.orderBy("started_at", "episode_id", true) + keyset.limit())
                .params(params);
        return new Listing(number(counts, "episodes"), number(counts, "children"), keyset.page(keyset.bind(spec).query(Listed.class).list(), Listed::startedAt,
                Listed::episodeId));
    }

    private static long number(Map<String, Object> row, String column) {
        return number(row.get(column));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
