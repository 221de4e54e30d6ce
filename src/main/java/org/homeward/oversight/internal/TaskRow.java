package org.homeward.oversight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.homeward.platform.web.Dates;

/** One task as the queues and its page show it. */
public record TaskRow(UUID id, String kind, String subject, UUID childId, String childName, String link,
                      UUID ownerId, String ownerName, UUID ownerTeamId, String teamName, Instant dueAt,
                      boolean highRisk, String status, Instant handedOverAt, UUID handedOverBy,
                      String handedOverByName, Instant handoverAcknowledgedAt, Instant closedAt) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean overdue(Instant now) {
        return open() && !now.isBefore(dueAt);
    }

    /** The day it is due, in England: a deadline at midnight belongs to the day before. */
    public LocalDate dueOn() {
        return Dates.dueOn(dueAt);
    }

    public boolean awaitingAcknowledgement() {
        return open() && handedOverAt != null && handoverAcknowledgedAt == null;
    }

    public String owner() {
        return ownerName != null ? ownerName : teamName + " (team)";
    }

    public String kindLabel() {
        return TaskKinds.label(kind);
    }
}
