package org.homeward.insight.internal.impact;

import org.homeward.insight.internal.PartnershipFigures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.insight.internal.Plans;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Whether what the partnership does works, from insight's read model and the plans' interventions: missing before
 * and after each intervention, how soon return interviews and safe and well checks follow a return, how quickly
 * each agency is told, and how soon children go missing again. Exact figures: suppression is for the page.
 */
@Component
class ImpactFigures {

    /** The longest stretch compared either side of an intervention's start. */
    static final int MATCHED_DAYS = 90;
    /** How long after a return the risk of going missing again is followed. */
    static final int FOLLOWED_WEEKS = 26;
    /** The same in London days, the grain the whole partnership's returns are followed at. */
    static final int FOLLOWED_DAYS = FOLLOWED_WEEKS * 7;
    private static final long DAY = 24L * 60 * 60;

    /** The London day the child's next episode began after an {@code insight_episode e} row's return. */
    static final String NEXT_DAY = """
            (select (min(x.started_at) at time zone 'Europe/London')::date from insight_episode x
              where x.child_id = e.child_id and x.started_at >= e.ended_at)""";
    /** When the placing authority was first sent the notice that an {@code insight_episode e} row's child is missing. */
    static final String PLACING_TOLD = """
            (select min(n.sent_at) from crossborder_notice n where n.episode_id = e.episode_id
                and n.kind = 'MISSING' and n.recipient = 'PLACING_AUTHORITY')""";

    /**
     * Whole minutes from {@code since} to {@code at}, none when before it: the unit of every median here, the same
     * read from the episodes or the summaries, and no loss as shown (in minutes at finest).
     */
    static String minutes(String at, String since) {
        // Not greatest(0, ...), which would make a missing time 0.
        return "(case when %1$s < %2$s then 0 else floor(extract(epoch from %1$s - %2$s) / 60)::bigint end)"
                .formatted(at, since);
    }

    /** The code an intervention recorded before its kind was asked for is grouped under. */
    static final String NOT_RECORDED = "NOT_RECORDED";

    /**
     * One intervention whose matched periods have both passed: {@code days} either side of {@code startedOn},
     * with the child's episodes (by the day last seen) and hours missing in each.
     */
    record Compared(UUID id, UUID childId, String kind, LocalDate startedOn, int days, long episodesBefore,
                    double hoursBefore, long episodesAfter, double hoursAfter) {
    }

    /** The interventions begun in the period: those compared, and how many are too recent to compare yet. */
    record Interventions(List<Compared> compared, long tooRecent) {
    }

    /** Return interviews for one group of returns. */
    record Interviews(String group, long returns, long offered, long accepted, long declined, long held,
                      long heldWithin72Hours) {
    }

    /** Safe and well checks after the period's returns; {@code medianSeconds} null when none was recorded. */
    record SafeAndWell(long returns, long checked, Long medianSeconds, long within24Hours, long within72Hours) {
    }

    /** One step of telling: how many could be measured, their median, and how many were never recorded. */
    record Telling(long measured, Long medianSeconds, long notRecorded) {
    }

    /** Each agency told in turn, for the episodes that began in the period. */
    record Notifications(Telling policeToCouncil, long outOfArea, Telling councilToPlacing, Telling lastSeenToPlacing) {
    }

    /** Episodes of children placed out of their council's area: the two steps of telling the placing authority. */
    record OutOfArea(long episodes, long councilMeasured, Long councilMedianSeconds, long notRecorded,
                     long lastSeenMeasured, Long lastSeenMedianSeconds) {
    }

    /** Returns whose follow-up ended at {@code seconds} after the return, with the child missing again or not. */
    record Followed(String cohort, long seconds, boolean missingAgain, long returns) {
    }

    /** The order the returns followed are given in, whichever source they are read from. */
    private static final Comparator<Followed> FOLLOWED_ORDER = Comparator.comparing(Followed::cohort)
            .thenComparingLong(Followed::seconds).thenComparing(Followed::missingAgain);

    /** What followed the period's returns, and how quickly each agency was told of its episodes. */
    record Outcomes(Map<InterviewGroup, List<Interviews>> interviews, SafeAndWell safeAndWell,
                    Notifications notifications, List<Followed> followed) {
    }

    private final JdbcClient jdbc;
    private final PeriodSummaries summaries;

    ImpactFigures(JdbcClient jdbc, PeriodSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** The period's parameters: London days, their bounds as instants, the councils shown and, scoped, their ids. */
    Map<String, Object> params(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, Instant now) {
        Plans.forTheseValues(jdbc);
        Collection<UUID> councils = authorities.orElseGet(() -> jdbc.sql(
                "select id from agency where kind = 'LOCAL_AUTHORITY'").query(UUID.class).list());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("startsAt", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        params.put("endsAt", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()));
        params.put("now", Timestamp.from(now));
        params.put("today", Date.valueOf(LocalDate.ofInstant(now, ClockConfiguration.LONDON)));
        params.put("councils", new SqlArrayValue("uuid", councils.toArray()));
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
        return params;
    }

    /** Whether the parameters are the whole partnership's, whose returns are followed by London day. */
    static boolean wholePartnership(Map<String, Object> params) {
        return !params.containsKey("ids");
    }

    /**
     * The period's outcomes: the whole partnership's from the summaries by day and month (ADR 0037) once they are
     * ready, otherwise from the episodes.
     */
    Outcomes outcomes(Map<String, Object> params) {
        if (wholePartnership(params) && summaries.ready()) {
            return summarised(params);
        }
        return new Outcomes(interviews(params), safeAndWell(params), notifications(params),
                wholePartnership(params) ? followedByDay(params) : followed(params));
    }

    /** The whole partnership's outcomes (for its parameters) read from the episodes themselves: the summaries' yardstick. */
    Outcomes fromEpisodes(Map<String, Object> params) {
        if (!wholePartnership(params)) {
            throw new IllegalArgumentException("Only the whole partnership is summarised");
        }
        return new Outcomes(interviews(params), safeAndWell(params), notifications(params), followedByDay(params));
    }

    private static String scope(Map<String, Object> params) {
        return params.containsKey("ids") ? "(authority_id = any(:ids) or host_authority_id = any(:ids))" : "true";
    }

    /**
     * Interventions begun in the period in the plans of the children shown (the council's own, and those placed in
     * its area when the intervention began), each compared over the same number of days before and after its start:
     * {@value #MATCHED_DAYS}, or the days it ran if it ended sooner. Only those whose days after have all passed are
     * compared; an episode still open counts its hours to now.
     */
    Interventions interventions(Map<String, Object> params) {
        // The council's children and those ever placed in its area, by index, before the exact test: not every
        // intervention's child looked up in turn.
        String childShown = params.containsKey("ids") ? """
                i.child_id in (select s.id from child s where s.responsible_authority_id = any(:ids)
                               union all select s.child_id from placement s where s.host_authority_id = any(:ids))
                and (c.responsible_authority_id = any(:ids)
                 or exists (select 1 from placement p where p.child_id = c.id and p.host_authority_id = any(:ids)
                              and p.start_date <= i.started_on and (p.end_date is null or p.end_date >= i.started_on)))"""
                : "true";
        String begun = """
                select i.id, i.child_id, coalesce(i.kind, '%s') as kind, i.started_on,
                       case when i.ended_on is null then %d else least(%d, i.ended_on - i.started_on + 1) end as days
                  from intervention i join child c on c.id = i.child_id
                 where i.started_on between :from and :to and %s""".formatted(NOT_RECORDED, MATCHED_DAYS, MATCHED_DAYS,
                childShown);
        List<Compared> compared = jdbc.sql("""
                with begun as (%s)
                select b.id, b.child_id, b.kind, b.started_on, b.days,
                       count(e.episode_id) filter (where e.start_day < b.started_on) as episodes_before,
                       coalesce(sum(extract(epoch from coalesce(e.ended_at, :now) - e.started_at) / 3600)
                                    filter (where e.start_day < b.started_on), 0) as hours_before,
                       count(e.episode_id) filter (where e.start_day >= b.started_on) as episodes_after,
                       coalesce(sum(extract(epoch from coalesce(e.ended_at, :now) - e.started_at) / 3600)
                                    filter (where e.start_day >= b.started_on), 0) as hours_after
                  from begun b
                  left join insight_episode e on e.child_id = b.child_id
                        and e.start_day >= b.started_on - b.days and e.start_day < b.started_on + b.days
                 where b.started_on + b.days <= :today
                 group by b.id, b.child_id, b.kind, b.started_on, b.days
                 order by b.started_on, b.id""".formatted(begun))
                .params(params).query(Compared.class).list();
        long tooRecent = jdbc.sql("with begun as (%s) select count(*) from begun where started_on + days > :today"
                        .formatted(begun))
                .params(params).query(Long.class).single();
        return new Interventions(compared, tooRecent);
    }

    /** The groups return interviews are counted by. */
    enum InterviewGroup {
        PROVIDER("coalesce(provider_agency_id::text, '')"),
        INDEPENDENCE(PartnershipFigures.INDEPENDENCE_GROUP),
        COHORT(PartnershipFigures.COHORT);

        private final String expression;

        InterviewGroup(String expression) {
            this.expression = expression;
        }
    }

    /**
     * Return interviews after the returns in the period (SR-02), by each group: offered, accepted, declined, held,
     * and held within 72 hours of the return, a held time exactly 72 hours after it counting as within. One reading
     * of the returns, by every group at once, added up here.
     */
    Map<InterviewGroup, List<Interviews>> interviews(Map<String, Object> params) {
        Map<InterviewGroup, Map<String, long[]>> sums = new EnumMap<>(InterviewGroup.class);
        jdbc.sql("""
                select %s as g0, %s as g1, %s as g2, count(*) as returns,
                       count(*) filter (where offered) as offered,
                       count(*) filter (where offered and offer_outcome = 'ACCEPTED') as accepted,
                       count(*) filter (where offered and offer_outcome = 'DECLINED') as declined,
                       count(*) filter (where offered and interview_held_at is not null) as held,
                       count(*) filter (where offered and interview_held_at <= returned_at + interval '72 hours')
                           as held_within72_hours
                  from insight_episode
                 where ended_at >= :startsAt and ended_at < :endsAt and %s
                 group by 1, 2, 3""".formatted(InterviewGroup.PROVIDER.expression,
                        InterviewGroup.INDEPENDENCE.expression, InterviewGroup.COHORT.expression, scope(params)))
                .params(params)
                .query(rs -> {
                    long[] counts = new long[6];
                    int c = 0;
                    for (String column : List.of("returns", "offered", "accepted", "declined", "held",
                            "held_within72_hours")) {
                        counts[c++] = rs.getLong(column);
                    }
                    for (InterviewGroup g : InterviewGroup.values()) {
                        long[] sum = sums.computeIfAbsent(g, x -> new TreeMap<>())
                                .computeIfAbsent(rs.getString("g" + g.ordinal()), x -> new long[6]);
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += counts[i];
                        }
                    }
                });
        Map<InterviewGroup, List<Interviews>> interviews = new EnumMap<>(InterviewGroup.class);
        for (InterviewGroup g : InterviewGroup.values()) {
            List<Interviews> of = new ArrayList<>();
            sums.getOrDefault(g, Map.of()).forEach((group, n) ->
                    of.add(new Interviews(group, n[0], n[1], n[2], n[3], n[4], n[5])));
            interviews.put(g, of);
        }
        return interviews;
    }

    /** The names of the agencies given, by id. */
    Map<String, String> agencyNames(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        List<UUID> known = ids.stream().filter(id -> !id.isEmpty()).map(UUID::fromString).toList();
        if (!known.isEmpty()) {
            jdbc.sql("select id::text as id, name from agency where id = any(:ids)")
                    .param("ids", new SqlArrayValue("uuid", known.toArray()))
                    .query((rs, n) -> Map.entry(rs.getString("id"), rs.getString("name")))
                    .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    /** The first safe and well check after each of the period's returns; one held before the return counts as at once. */
    SafeAndWell safeAndWell(Map<String, Object> params) {
        return jdbc.sql("""
                select count(*) as returns, count(safe_and_well_at) as checked,
                       (percentile_disc(0.5) within group (order by %s)
                           filter (where safe_and_well_at is not null)) * 60 as median_seconds,
                       count(*) filter (where safe_and_well_at <= ended_at + interval '24 hours') as within24_hours,
                       count(*) filter (where safe_and_well_at <= ended_at + interval '72 hours') as within72_hours
                  from insight_episode
                 where ended_at >= :startsAt and ended_at < :endsAt and %s"""
                .formatted(minutes("safe_and_well_at", "ended_at"), scope(params)))
                .params(params).query(SafeAndWell.class).single();
    }

    /**
     * For the episodes that began in the period: reported to the police to the council told; and for children placed
     * out of their council's area, the council told to the placing authority sent the notice that the child is
     * missing, and the child last seen to that notice.
     */
    Notifications notifications(Map<String, Object> params) {
        String period = "start_day between :from and :to and " + scope(params);
        Telling police = jdbc.sql("""
                select count(*) filter (where council_notified_at is not null) as measured,
                       (percentile_disc(0.5) within group (order by %s)
                           filter (where council_notified_at is not null)) * 60 as median_seconds,
                       count(*) filter (where council_notified_at is null) as not_recorded
                  from insight_episode where police_reported_at is not null and %s"""
                .formatted(minutes("council_notified_at", "police_reported_at"), period))
                .params(params).query(Telling.class).single();
        OutOfArea out = jdbc.sql("""
                select count(*) as episodes,
                       count(*) filter (where placing_told_at is not null and council_notified_at is not null)
                           as council_measured,
                       (percentile_disc(0.5) within group (order by %s)
                           filter (where placing_told_at is not null and council_notified_at is not null)) * 60
                           as council_median_seconds,
                       count(*) filter (where placing_told_at is null) as not_recorded,
                       count(placing_told_at) as last_seen_measured,
                       (percentile_disc(0.5) within group (order by %s)
                           filter (where placing_told_at is not null)) * 60 as last_seen_median_seconds
                  from (select e.started_at, e.council_notified_at, %s as placing_told_at
                          from insight_episode e
                         where e.placed and e.placing_authority_id <> e.host_authority_id and %s) x"""
                .formatted(minutes("placing_told_at", "council_notified_at"), minutes("placing_told_at", "started_at"),
                        PLACING_TOLD, period))
                .params(params).query(OutOfArea.class).single();
        Telling council = new Telling(out.councilMeasured(), out.councilMedianSeconds(), out.notRecorded());
        Telling lastSeen = new Telling(out.lastSeenMeasured(), out.lastSeenMedianSeconds(), out.notRecorded());
        long episodes = out.episodes();
        return new Notifications(police, episodes, council, lastSeen);
    }

    /**
     * Each return in the period (up to now), followed until the child's next episode began, or censored at now or
     * {@value #FOLLOWED_WEEKS} weeks after it, whichever came first; grouped by cohort, time and outcome.
     */
    List<Followed> followed(Map<String, Object> params) {
        List<Followed> all = new ArrayList<>();
        jdbc.sql("""
                select cohort, extract(epoch from ends_at - ended_at)::bigint as seconds, missing_again, count(*) as returns
                  from (select %s as cohort, r.ended_at, nx.next_at is not null and nx.next_at <= c.censor_at as missing_again,
                               case when nx.next_at is not null and nx.next_at <= c.censor_at then nx.next_at
                                    else c.censor_at end as ends_at
                          from insight_episode r
                          cross join lateral (select least(:now::timestamptz, r.ended_at + interval '%d weeks') as censor_at) c
                          left join lateral (select min(x.started_at) as next_at from insight_episode x
                                              where x.child_id = r.child_id and x.started_at >= r.ended_at) nx on true
                         where r.ended_at >= :startsAt and r.ended_at < :endsAt and r.ended_at <= :now and %s) f
                 group by 1, 2, 3""".formatted(PartnershipFigures.COHORT, FOLLOWED_WEEKS, scope(params)))
                .params(params)
                .query((rs, n) -> new Followed(rs.getString("cohort"), rs.getLong("seconds"),
                        rs.getBoolean("missing_again"), rs.getLong("returns")))
                .list().forEach(all::add);
        all.sort(FOLLOWED_ORDER);
        return all;
    }

    /**
     * The whole partnership's returns followed by London day: a return is followed by the child's next episode when
     * it began within {@value #FOLLOWED_DAYS} days of the day of return, on the days between; otherwise its following
     * ends that many days after the return, or today if sooner.
     */
    List<Followed> followedByDay(Map<String, Object> params) {
        List<Followed> all = new ArrayList<>(jdbc.sql("""
                select cohort, days, missing_again, count(*) as returns
                  from (select %s as cohort, coalesce(d.next_day - d.day <= %d, false) as missing_again,
                               case when d.next_day - d.day <= %d then d.next_day - d.day
                                    else least(%d, :today - d.day) end as days
                          from insight_episode e
                          cross join lateral (select %s as day, %s as next_day) d
                         where e.ended_at >= :startsAt and e.ended_at < :endsAt and e.ended_at <= :now) f
                 group by 1, 2, 3""".formatted(PartnershipFigures.COHORT, FOLLOWED_DAYS, FOLLOWED_DAYS, FOLLOWED_DAYS,
                        ReturnsSummary.RETURN_DAY, NEXT_DAY))
                .params(params)
                .query((rs, n) -> new Followed(rs.getString("cohort"), rs.getLong("days") * DAY,
                        rs.getBoolean("missing_again"), rs.getLong("returns")))
                .list());
        all.sort(FOLLOWED_ORDER);
        return all;
    }

    /** The whole partnership's outcomes from the summaries, keyed as {@link ReturnsSummary} and {@link StartsSummary}. */
    private Outcomes summarised(Map<String, Object> params) {
        LocalDate from = ((Date) params.get("from")).toLocalDate();
        LocalDate to = ((Date) params.get("to")).toLocalDate();
        LocalDate today = ((Date) params.get("today")).toLocalDate();
        Map<String, PeriodSummaries.Count> returns = summaries.read(ReturnsSummary.NAME, from, to,
                (period, key) -> returnGroups(period, key, today));
        Map<String, PeriodSummaries.Count> starts = summaries.read(StartsSummary.NAME, from, to,
                (period, key) -> List.of(key.equals("oa|-") ? "oa|none" : key.equals("pc|-") ? "pc|none" : key));

        Map<InterviewGroup, List<Interviews>> interviews = new EnumMap<>(InterviewGroup.class);
        for (InterviewGroup g : InterviewGroup.values()) {
            String prefix = "iv" + g.ordinal() + "|";
            interviews.put(g, returns.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith("|returns"))
                    .map(k -> k.substring(prefix.length(), k.length() - "|returns".length())).sorted()
                    .map(v -> {
                        String p = prefix + v + "|";
                        return new Interviews(v, items(returns, p + "returns"), items(returns, p + "offered"),
                                items(returns, p + "accepted"), items(returns, p + "declined"),
                                items(returns, p + "held"), items(returns, p + "held72"));
                    }).toList());
        }
        SafeAndWell safeAndWell = new SafeAndWell(items(returns, "sw|returns"), items(returns, "sw|checked"),
                median(returns, "sw|m|"), items(returns, "sw|w24"), items(returns, "sw|w72"));

        Notifications notifications = new Notifications(
                new Telling(measured(starts, "pc|"), median(starts, "pc|"), items(starts, "pc|none")),
                items(starts, "oa"),
                new Telling(measured(starts, "cp|"), median(starts, "cp|"), items(starts, "oa|none")),
                new Telling(measured(starts, "lp|"), median(starts, "lp|"), items(starts, "oa|none")));

        List<Followed> followed = new ArrayList<>();
        returns.forEach((group, count) -> {
            if (group.startsWith("f|")) {
                String[] f = group.split("\\|", -1);
                followed.add(new Followed(f[1], Long.parseLong(f[2]) * DAY, f[3].equals("1"), count.items()));
            }
        });
        followed.sort(FOLLOWED_ORDER);
        return new Outcomes(interviews, safeAndWell, notifications, followed);
    }

    /** The figures a {@link ReturnsSummary} row counts towards, for a return counted on {@code period}'s day or month. */
    private static List<String> returnGroups(LocalDate period, String key, LocalDate today) {
        String[] k = key.split("\\|", -1);
        List<String> groups = new ArrayList<>();
        switch (k[0]) {
            case "iv" -> {
                boolean offered = k[4].equals("1");
                for (InterviewGroup g : InterviewGroup.values()) {
                    String p = "iv" + g.ordinal() + "|" + k[1 + g.ordinal()] + "|";
                    groups.add(p + "returns");
                    if (offered) {
                        groups.add(p + "offered");
                        if (k[5].equals("ACCEPTED")) {
                            groups.add(p + "accepted");
                        } else if (k[5].equals("DECLINED")) {
                            groups.add(p + "declined");
                        }
                    }
                    if (k[6].equals("1")) {
                        groups.add(p + "held");
                    }
                    if (k[7].equals("1")) {
                        groups.add(p + "held72");
                    }
                }
            }
            case "sw" -> {
                groups.add("sw|returns");
                if (!k[1].equals("-")) {
                    groups.add("sw|checked");
                    groups.add("sw|m|" + k[1]);
                }
                if (k[2].equals("1")) {
                    groups.add("sw|w24");
                }
                if (k[3].equals("1")) {
                    groups.add("sw|w72");
                }
            }
            case "f" -> {
                if (k[2].equals("n")) {
                    // Not followed by another episode when counted: its following ends now, or after the whole time.
                    LocalDate returned = period.withDayOfMonth(Integer.parseInt(k[3]));
                    long days = Math.min(FOLLOWED_DAYS, ChronoUnit.DAYS.between(returned, today));
                    groups.add("f|" + k[1] + "|" + days + "|0");
                } else {
                    groups.add("f|" + k[1] + "|" + k[2] + "|1");
                }
            }
            default -> {
            }
        }
        return groups;
    }

    private static long items(Map<String, PeriodSummaries.Count> counts, String group) {
        return counts.getOrDefault(group, PeriodSummaries.Count.NONE).items();
    }

    /** How many were measured: the items under the groups {@code prefix} and whole minutes. */
    private static long measured(Map<String, PeriodSummaries.Count> counts, String prefix) {
        return minutesUnder(counts, prefix).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median (as {@code percentile_disc(0.5)}) of the whole minutes under {@code prefix}, in seconds; null: none. */
    private static Long median(Map<String, PeriodSummaries.Count> counts, String prefix) {
        TreeMap<Long, Long> histogram = minutesUnder(counts, prefix);
        long all = histogram.values().stream().mapToLong(Long::longValue).sum();
        long seen = 0;
        for (Map.Entry<Long, Long> m : histogram.entrySet()) {
            seen += m.getValue();
            if (2 * seen >= all) {
                return m.getKey() * 60;
            }
        }
        return null;
    }

    private static TreeMap<Long, Long> minutesUnder(Map<String, PeriodSummaries.Count> counts, String prefix) {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        counts.forEach((group, count) -> {
            if (group.startsWith(prefix) && Character.isDigit(group.charAt(group.length() - 1))) {
                String minutes = group.substring(group.lastIndexOf('|') + 1);
                histogram.merge(Long.parseLong(minutes), count.items(), Long::sum);
            }
        });
        return histogram;
    }
}
