package org.homeward.insight.internal.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.episode.NotificationTimes;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.homeward.platform.web.Dates;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's summaries: the same figures as counting the records, kept current, dated and scoped. */
@HomewardTest
class FigureSummariesTest {

    static final UUID SOUTH_GLOUCESTERSHIRE = UUID.fromString(TestChildren.SOUTH_GLOUCESTERSHIRE);
    static final UUID BRISTOL = UUID.fromString("d23f0824-128b-2f33-0c5c-7fd0a6a3a450");

    @Autowired FigureSummaries summaries;
    @Autowired List<FigureSource> sources;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = now.toLocalDate();

    /** Each figure counted from the records, as the modules count it, for the days and authorities asked. */
    Map<String, FigureSummaries.Sum> live(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities) {
        Instant asAt = summaries.asAt().orElseThrow();
        Map<String, FigureSummaries.Sum> sums = new HashMap<>();
        for (FigureSource source : sources) {
            for (FigureSource.Count c : source.counts(from, to, asAt)) {
                if (authorities.isEmpty() || c.authority() != null && authorities.get().contains(c.authority())) {
                    sums.merge(c.figure(), new FigureSummaries.Sum(c.count(), c.outOf()),
                            (a, b) -> new FigureSummaries.Sum(a.count() + b.count(), a.outOf() + b.outOf()));
                }
            }
        }
        return withoutNoughts(sums);
    }

    static Map<String, FigureSummaries.Sum> withoutNoughts(Map<String, FigureSummaries.Sum> sums) {
        Map<String, FigureSummaries.Sum> kept = new HashMap<>(sums);
        kept.values().removeIf(s -> s.count() == 0 && s.outOf() == 0);
        return kept;
    }

    void assertSummariesMatchTheRecords() {
        List<Optional<Collection<UUID>>> scopes = List.of(Optional.empty(), Optional.of(List.of(SOUTH_GLOUCESTERSHIRE)),
                Optional.of(List.of(BRISTOL)), Optional.of(List.of(SOUTH_GLOUCESTERSHIRE, BRISTOL)));
        List<LocalDate[]> periods = List.of(new LocalDate[] {today.minusDays(27), today},
                new LocalDate[] {today.minusYears(1).plusDays(1), today},
                new LocalDate[] {today.minusYears(3), today.plusDays(30)});
        for (Optional<Collection<UUID>> scope : scopes) {
            for (LocalDate[] p : periods) {
                assertThat(withoutNoughts(summaries.sumsStartingWith(p[0], p[1], scope, "")))
                        .as("%s to %s for %s", p[0], p[1], scope).isEqualTo(live(p[0], p[1], scope));
            }
        }
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    static long shown(String page, String measure) {
        Matcher m = Pattern.compile("data-measure=\"" + Pattern.quote(measure)
                + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*data-testid=\"count\">(\\d+)</td>").matcher(page);
        assertThat(m.find()).as(measure).isTrue();
        return Long.parseLong(m.group(1));
    }

    void returnToday(String family) throws Exception {
        UUID child = TestChildren.add(mvc, users, "Sum", family);
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(4));
        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusHours(1));
    }

    @Test
    void summariesEqualTheFiguresCountedFromTheRecordsForEveryPeriodAndAuthority() {
        summaries.refreshAll();
        assertThat(summaries.sumsStartingWith(today.minusYears(1), today, Optional.empty(), "")).isNotEmpty();
        assertSummariesMatchTheRecords();
    }

    @Autowired NotificationTimes times;

    @Test
    void notificationTimesFromTheSummariesMatchTheRecordsToWithinTheirBucket() throws Exception {
        returnToday("Timed");
        summaries.refreshAll();
        for (Optional<Collection<UUID>> scope : List.of(Optional.<Collection<UUID>>empty(),
                Optional.<Collection<UUID>>of(List.of(SOUTH_GLOUCESTERSHIRE)))) {
            LocalDate from = today.minusYears(3);
            Map<String, Long> counts = new HashMap<>();
            summaries.sumsStartingWith(from, today, scope, "episode.notify.")
                    .forEach((f, sum) -> counts.put(f.substring("episode.notify.".length()), sum.count()));
            NotificationTimes.Report summarised = NotificationTimes.fromCounts(counts);
            NotificationTimes.Report live = times.forPeriod(from, today, scope);
            assertThat(summarised.episodes()).isPositive().isEqualTo(live.episodes());
            assertThat(summarised.unacknowledged()).isEqualTo(live.unacknowledged());
            for (int i = 0; i < live.latencies().size(); i++) {
                var s = summarised.latencies().get(i);
                var l = live.latencies().get(i);
                assertThat(s.measure()).isEqualTo(l.measure());
                assertThat(s.count()).as(l.measure()).isEqualTo(l.count());
                if (l.median() != null) {
                    // Of an even count the live median is the mean of the two middle times, which may lie in
                    // neighbouring buckets: within two buckets of the wider range either median falls in.
                    long longer = Math.max(l.median().toMinutes(), s.median().toMinutes());
                    long bucket = longer < 120 ? 1 : longer < 1440 ? 5 : 60;
                    assertThat(Math.abs(s.median().minus(l.median()).toSeconds())).as(l.measure())
                            .isLessThanOrEqualTo(2 * bucket * 60);
                }
            }
        }
    }

    @Test
    void newRecordsShowOnceTheRecentDaysAreCountedAgain() throws Exception {
        summaries.refreshAll();
        String returns = "Children returned (each episode)";
        long before = shown(page("lead", "/dashboard"), returns);
        returnToday("Newrecord");
        assertThat(shown(page("lead", "/dashboard"), returns)).as("until the refresh").isEqualTo(before);
        summaries.refreshRecent();
        assertThat(shown(page("lead", "/dashboard"), returns)).isEqualTo(before + 1);
        assertSummariesMatchTheRecords();
    }

    @Test
    void thePageSaysWhenTheFiguresWereCounted() throws Exception {
        summaries.refreshRecent();
        Instant asAt = summaries.asAt().orElseThrow();
        assertThat(page("manager", "/dashboard")).contains("Figures as at " + Dates.ofInstant(asAt))
                .contains("counted again every 5 minutes");
        assertThat(page("analyst", "/return-interviews/measures")).contains("Figures as at " + Dates.ofInstant(asAt));
    }

    /** The number of episodes the notification times report measured for the last 28 days. */
    long episodesTimed(String user) throws Exception {
        Matcher m = Pattern.compile("Episodes last seen from [^:]*: (\\d+)\\.").matcher(page(user, "/dashboard/notification-times"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aCouncilsManagerSeesOnlyTheirOwnCouncilsFigures() throws Exception {
        summaries.refreshRecent();
        String returns = "Children returned (each episode)";
        long southGlos = shown(page("lead", "/dashboard"), returns);
        long bristol = shown(page("bristol", "/dashboard"), returns);
        long southGlosTimed = episodesTimed("lead");
        long bristolTimed = episodesTimed("bristol");
        returnToday("Scoped");
        summaries.refreshRecent();

        String bristolPage = page("bristol", "/dashboard");
        assertThat(bristolPage).contains("Figures for Bristol City Council").doesNotContain("id=\"authority\"");
        assertThat(shown(bristolPage, returns)).isEqualTo(bristol);
        assertThat(shown(page("bristol", "/dashboard?authority=" + SOUTH_GLOUCESTERSHIRE), returns))
                .as("asking for another council's figures").isEqualTo(bristol);
        assertThat(shown(page("lead", "/dashboard"), returns)).isEqualTo(southGlos + 1);
        assertThat(page("lead", "/dashboard")).contains("Figures for South Gloucestershire Council");
        assertThat(episodesTimed("lead")).isEqualTo(southGlosTimed + 1);
        assertThat(episodesTimed("bristol")).isEqualTo(bristolTimed);
        assertThat(page("bristol", "/dashboard/carer-reporting")).contains("Figures for Bristol City Council");
    }

    @Test
    void partnershipAnalystsSeeEveryCouncilOrTheOneTheyChoose() throws Exception {
        summaries.refreshRecent();
        String returns = "Children returned (each episode)";
        String whole = page("analyst", "/dashboard");
        assertThat(whole).contains("Figures for the whole partnership").contains("id=\"authority\"")
                .contains("Bristol City Council");
        long southGlos = shown(page("analyst", "/dashboard?authority=" + SOUTH_GLOUCESTERSHIRE), returns);
        long bristol = shown(page("analyst", "/dashboard?authority=" + BRISTOL), returns);
        assertThat(page("analyst", "/dashboard?authority=" + BRISTOL)).contains("Figures for Bristol City Council");
        assertThat(shown(whole, returns)).isGreaterThanOrEqualTo(southGlos + bristol);
        assertThat(southGlos).isEqualTo(shown(page("lead", "/dashboard"), returns));
    }
}
