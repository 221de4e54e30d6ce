package org.homeward.meeting.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.homeward.episode.Episodes;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child still missing crosses the long-episode threshold with no change to the record, so the
 * criteria are evaluated again on a schedule for every child missing that long. One instance runs it
 * at a time (a transaction-scoped advisory lock); evaluating twice changes nothing.
 */
@Component
@EnableScheduling
class LongEpisodeSchedule {

    private static final long LOCK = 0x4d4545544c4f4e47L;

    private final Episodes episodes;
    private final MeetingService meetings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Settings settings;

    LongEpisodeSchedule(Episodes episodes, MeetingService meetings, JdbcClient jdbc, Clock clock,
                        Settings settings) {
        this.episodes = episodes;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${homeward.meetings.long-episode-check:PT5M}",
               fixedDelayString = "${homeward.meetings.long-episode-check:PT5M}")
    @Transactional
    public int run() {
        if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                .query(Boolean.class).single())) {
            return 0;
        }
        int n = 0;
        for (UUID child : episodes.childrenMissingSince(clock.instant().minus(settings.hours(Setting.MEETING_LONG_EPISODE)))) {
            meetings.evaluate(child);
            n++;
        }
        return n;
    }
}
