package org.homeward.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.child.AssociateSummary;
import org.homeward.child.Associates;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.rhi.ReturnInterviews;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The criteria for a missing management meeting (sources/003, DOMAIN.md D.3). Each needs something
 * new since the child's last meeting was recorded (the meeting was given everything recorded before),
 * so that a meeting answers what raised it.
 */
@Component
class MeetingCriteria {

    record Criterion(String code, String label, String detail) {
    }

    /** Before any record Homeward holds: "since the last meeting" when there has been none. */
    static final Instant NEVER = Instant.parse("1900-01-01T00:00:00Z");

    private final EpisodeHistory episodes;
    private final ReturnInterviews interviews;
    private final Associates associates;
    private final MeetingRecords records;
    private final Settings settings;

    MeetingCriteria(EpisodeHistory episodes, ReturnInterviews interviews, Associates associates, MeetingRecords records,
                    Settings settings) {
        this.episodes = episodes;
        this.interviews = interviews;
        this.associates = associates;
        this.records = records;
        this.settings = settings;
    }

    List<Criterion> evaluate(UUID childId, Instant now) {
        Optional<MeetingRecords.Held> last = records.lastMeeting(childId);
        Instant since = last.map(MeetingRecords.Held::recordedAt).orElse(NEVER);
        List<Criterion> met = new ArrayList<>();
        List<EpisodeFacts> all = episodes.forChild(childId);
        Duration longEpisode = settings.hours(Setting.MEETING_LONG_EPISODE);

        repeated(all, since).ifPresent(met::add);
        all.stream().filter(e -> isNew(e, since) && lasted(e, now).compareTo(longEpisode) >= 0).findFirst()
                .ifPresent(e -> met.add(new Criterion("LONG", "An episode of " + longEpisode.toHours() + " hours or more",
                        (e.missingNow() ? "Missing since " : "Missing for " + e.duration() + " from ")
                                + MeetingView.dateTime(e.lastSeenAt()))));
        List<ReturnInterviews.Findings> held = interviews.forChild(childId);
        if (held.size() >= 2 && held.get(0).heldAt().isAfter(since) && !held.get(0).factorCodes().isEmpty()
                && held.get(0).factorCodes().equals(held.get(1).factorCodes())) {
            met.add(new Criterion("UNCHANGED", "Repeated episodes with no change in push and pull factors",
                    String.join("; ", held.get(0).factors())));
        }
        for (MeetingRecords.Request r : records.requestsSince(childId, since)) {
            met.add(r.kind().equals("POLICE_REQUEST")
                    ? new Criterion("POLICE_REQUEST", "Requested by the police", r.reason() + " (" + r.requestedBy() + ")")
                    : new Criterion("CARER_REPORTING", "Carers reporting inappropriately", r.reason()));
        }
        all.stream().filter(e -> e.retrospective() && e.recordedAt().isAfter(since)).findFirst()
                .ifPresent(e -> met.add(new Criterion("UNREPORTED", "Earlier episodes not reported at the time",
                        "Recorded after the event: missing from " + MeetingView.dateTime(e.lastSeenAt()))));
        Set<UUID> considered = last.map(MeetingRecords.Held::associatesConsidered).orElse(Set.of());
        List<AssociateSummary> concerning = associates.forChild(childId).stream()
                .filter(a -> a.personOfConcern() && !considered.contains(a.id())).toList();
        if (!concerning.isEmpty()) {
            met.add(new Criterion("ASSOCIATIONS", "Concerning associations",
                    String.join("; ", concerning.stream().map(a -> a.name() + ": " + a.concernReason()).toList())));
        }
        return met;
    }

    /**
     * {@code repeatEpisodes} episodes whose first and last were last seen at most {@code repeatDays}
     * London days apart (6 months: the third on day 182 counts, on day 183 it does not), one of them new.
     */
    private Optional<Criterion> repeated(List<EpisodeFacts> all, Instant since) {
        List<EpisodeFacts> byTime = all.stream().sorted(java.util.Comparator.comparing(EpisodeFacts::lastSeenAt)).toList();
        int repeatEpisodes = settings.number(Setting.MEETING_REPEAT_EPISODES);
        int repeatDays = settings.number(Setting.MEETING_REPEAT_DAYS);
        String period = repeatDays == 182 ? "6 months" : repeatDays + " days";
        for (int last = byTime.size() - 1; last >= repeatEpisodes - 1; last--) {
            EpisodeFacts first = byTime.get(last - repeatEpisodes + 1);
            long days = ChronoUnit.DAYS.between(day(first.lastSeenAt()), day(byTime.get(last).lastSeenAt()));
            List<EpisodeFacts> run = byTime.subList(last - repeatEpisodes + 1, last + 1);
            if (days <= repeatDays && run.stream().anyMatch(e -> isNew(e, since))) {
                return Optional.of(new Criterion("REPEAT", repeatEpisodes + " or more episodes in " + period,
                        repeatEpisodes + " episodes from " + MeetingView.date(first.lastSeenAt()) + " to "
                                + MeetingView.date(byTime.get(last).lastSeenAt()) + " (" + days + " days)"));
            }
        }
        return Optional.empty();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ClockConfiguration.LONDON).toLocalDate();
    }

    private static boolean isNew(EpisodeFacts e, Instant since) {
        return e.lastSeenAt().isAfter(since) || e.recordedAt().isAfter(since);
    }

    private static Duration lasted(EpisodeFacts e, Instant now) {
        return Duration.between(e.lastSeenAt(), e.missingNow() ? now : e.locatedAt());
    }
}
