package org.homeward.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.child.AssociateSummary;
import org.homeward.child.Associates;
import org.homeward.child.EpisodeFacts;
import org.homeward.child.EpisodeHistory;
import org.homeward.rhi.ReturnInterviews;
import org.springframework.beans.factory.annotation.Value;
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
    private final int repeatEpisodes;
    private final int repeatMonths;
    private final Duration longEpisode;

    MeetingCriteria(EpisodeHistory episodes, ReturnInterviews interviews, Associates associates, MeetingRecords records,
                    @Value("${homeward.meetings.repeat-episodes:3}") int repeatEpisodes,
                    @Value("${homeward.meetings.repeat-months:6}") int repeatMonths,
                    @Value("${homeward.meetings.long-episode:PT24H}") Duration longEpisode) {
        this.episodes = episodes;
        this.interviews = interviews;
        this.associates = associates;
        this.records = records;
        this.repeatEpisodes = repeatEpisodes;
        this.repeatMonths = repeatMonths;
        this.longEpisode = longEpisode;
    }

    List<Criterion> evaluate(UUID childId, Instant now) {
        Optional<MeetingRecords.Held> last = records.lastMeeting(childId);
        Instant since = last.map(MeetingRecords.Held::recordedAt).orElse(NEVER);
        List<Criterion> met = new ArrayList<>();
        List<EpisodeFacts> all = episodes.forChild(childId);

        Instant windowStart = now.atOffset(ZoneOffset.UTC).minusMonths(repeatMonths).toInstant();
        List<EpisodeFacts> recent = all.stream().filter(e -> !e.lastSeenAt().isBefore(windowStart)).toList();
        if (recent.size() >= repeatEpisodes && recent.stream().anyMatch(e -> isNew(e, since))) {
            met.add(new Criterion("REPEAT", repeatEpisodes + " or more episodes in " + repeatMonths + " months",
                    recent.size() + " episodes since " + MeetingView.date(windowStart)));
        }
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

    private static boolean isNew(EpisodeFacts e, Instant since) {
        return e.lastSeenAt().isAfter(since) || e.recordedAt().isAfter(since);
    }

    private static Duration lasted(EpisodeFacts e, Instant now) {
        return Duration.between(e.lastSeenAt(), e.missingNow() ? now : e.locatedAt());
    }
}
