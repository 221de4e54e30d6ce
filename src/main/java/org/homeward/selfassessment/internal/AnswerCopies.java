package org.homeward.selfassessment.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.oversight.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The answers emailed to each participant who asked for a copy, through the outbox (once each, even across a
 * restart), and noted in the cycle's history.
 */
@Component
class AnswerCopies {

    private final Participants participants;
    private final CycleReports reports;
    private final CycleHistory history;
    private final Notifier notifier;
    private final String baseUrl;

    AnswerCopies(Participants participants, CycleReports reports, CycleHistory history, Notifier notifier,
                 @Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
        this.participants = participants;
        this.reports = reports;
        this.history = history;
        this.notifier = notifier;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The participants who asked for a copy and have an email address to send it to. */
    List<Participants.Participant> wanted(UUID cycleId) {
        return participants.of(cycleId).stream().filter(p -> p.wantsCopy() && p.email() != null).toList();
    }

    /** Emails the answers to those who want them; whom they went to, none when nobody asked. */
    List<Participants.Participant> send(Cycles.Cycle cycle, String byName) {
        List<Participants.Participant> to = wanted(cycle.id());
        if (to.isEmpty()) {
            return to;
        }
        String link = "/self-assessment/" + cycle.id() + "/report";
        String text = reports.of(cycle).text(baseUrl + link);
        for (Participants.Participant p : to) {
            notifier.tellWithEmail(p.userId(), "The answers of the self-assessment \u201c" + cycle.name() + "\u201d were emailed to you",
                    link, "Homeward: self-assessment answers", text);
        }
        history.change(cycle.id(), "Answers emailed", null, String.join(", ", to.stream().map(Participants.Participant::name).toList()),
                byName);
        return to;
    }
}
