package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeAnswers.time;
import static org.homeward.episode.internal.EpisodeService.subject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.episode.ClosureConditions;
import org.homeward.episode.EpisodeClosing;
import org.homeward.platform.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Closing an episode: the police closure of their investigation, and the council's closure once nothing
 * holds it open (the {@link ClosureConditions} of other modules); the {@link Episode} refuses a closure
 * before the return or a second one.
 */
@Service
class EpisodeClosure implements EpisodeClosing {

    private final EpisodeRecords records;
    private final ObjectProvider<ClosureConditions> closureConditions;
    private final AuditTrail audit;
    private final Clock clock;

    EpisodeClosure(EpisodeRecords records, ObjectProvider<ClosureConditions> closureConditions, AuditTrail audit,
                   Clock clock) {
        this.records = records;
        this.closureConditions = closureConditions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The force closes its investigation once the child is found; the time cannot precede the return. */
    @Transactional
    boolean recordPoliceClosure(Episode episode, PoliceClosureForm form, Errors errors, CurrentUser user) {
        if (!Refused.allows(episode::refusePoliceClosure, errors)) {
            return false;
        }
        if (records.policeClosure(episode.id()).isPresent()) {
            errors.reject("recorded", "The police closure of this episode has already been recorded");
            return false;
        }
        Instant now = clock.instant();
        Optional<Instant> closedAt = time(form.closedAt(), "closedDay", "the police closed the investigation", true, now, errors);
        closedAt.ifPresent(t -> Refused.allows(() -> episode.refusePoliceClosureAt(t), errors));
        if (errors.hasErrors()) {
            return false;
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        if (!records.recordPoliceClosure(episode.id(), closedAt.get(), note, now, user)) {
            errors.reject("recorded", "The police closure of this episode has already been recorded");
            return false;
        }
        records.addChange(episode.id(), "POLICE_CLOSED", "Police closed the missing person investigation", note,
                closedAt.get(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Police closure"), null);
        return true;
    }

    /** What still stands in the way of closing the episode, in the words of the modules that hold it open. */
    List<String> waitingOn(Episode episode) {
        return episode.open() ? unmet(episode.id()) : List.of();
    }

    /** What became of asking to close an episode. */
    enum Closing { REFUSED, WAITING, CLOSED }

    /**
     * Closes the episode; if something still holds it open (a manager's sign-off), keeps the note and who
     * asked, and closes it as soon as that is done ({@link #closeIfAsked}).
     */
    @Transactional
    Closing close(Episode episode, CloseForm form, Errors errors, CurrentUser user) {
        if (!Refused.allows(episode::refuseClose, errors)) {
            return Closing.REFUSED;
        }
        if (errors.hasErrors()) {
            return Closing.REFUSED;
        }
        Instant now = clock.instant();
        List<String> waitingOn = unmet(episode.id());
        if (!waitingOn.isEmpty()) {
            closureConditions.orderedStream().forEach(c -> c.closeAsked(episode.id()));
            records.requestClose(episode.id(), form.getClosureNote().strip(), now, user);
            records.addChange(episode.id(), "CLOSE_REQUESTED", "Asked to close: it closes as soon as " + String.join(" and ", waitingOn),
                    form.getClosureNote().strip(), now, user);
            audit.record(AuditAction.CHANGE, subject(episode), List.of("Closure asked for"), null);
            return Closing.WAITING;
        }
        closeNow(episode.id(), Long.parseLong(Objects.requireNonNullElse(form.getVersion(), "-1")),
                form.getClosureNote().strip(), "Episode closed", now, user);
        return Closing.CLOSED;
    }

    @Override
    @Transactional
    public void closeIfAsked(UUID episodeId, CurrentUser by) {
        Optional<EpisodeRecords.CloseRequest> request = records.closeRequest(episodeId);
        Optional<Episode> episode = records.find(episodeId);
        if (request.isEmpty() || episode.isEmpty() || !episode.get().located() || !unmet(episodeId).isEmpty()) {
            return;
        }
        closeNow(episodeId, episode.get().version(), request.get().note(),
                "Episode closed, as " + request.get().byName() + " asked", clock.instant(), by);
    }

    private List<String> unmet(UUID episodeId) {
        return closureConditions.orderedStream().flatMap(c -> c.unmetFor(episodeId).stream()).toList();
    }

    private void closeNow(UUID episodeId, long version, String note, String summary, Instant now, CurrentUser user) {
        if (!records.close(episodeId, version, now, note)) {
            throw new StaleEpisodeException(records.find(episodeId).orElseThrow(EpisodeNotFoundException::new));
        }
        records.addChange(episodeId, "CLOSED", summary, note, now, user);
        audit.record(AuditAction.CHANGE, subject(records.find(episodeId).orElseThrow()), List.of("Closed"), null);
    }
}
