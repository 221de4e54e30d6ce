package org.homeward.oversight;

import java.time.Instant;
import java.util.UUID;

/**
 * A deadline to track: what to do ({@code subject}, no child's name: the child is {@code childId}),
 * for whom, by when, and the page where it is done. {@code highRisk} escalates it to the named
 * senior manager at once.
 */
public record NewTask(TaskSource source, String subject, UUID childId, TaskOwner owner, Instant dueAt,
                      boolean highRisk, String link) {

    public NewTask {
        if (source == null) {
            throw new IllegalArgumentException("A task needs the record it is about");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A task needs a subject saying what to do");
        }
        if (owner == null) {
            throw new IllegalArgumentException("A task needs an owner: a person or a team");
        }
        if (dueAt == null) {
            throw new IllegalArgumentException("A task needs the time it is due");
        }
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("A task needs the page where it is done");
        }
    }
}
