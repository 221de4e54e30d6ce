package org.homeward.oversight;

import java.util.UUID;

/** Who must do a task: one person, or a team when no one person holds the work. */
public record TaskOwner(UUID personId, UUID teamId) {

    public TaskOwner {
        if ((personId == null) == (teamId == null)) {
            throw new IllegalArgumentException("A task needs exactly one owner: a person or a team");
        }
    }

    public static TaskOwner person(UUID id) {
        return new TaskOwner(id, null);
    }

    public static TaskOwner team(UUID id) {
        return new TaskOwner(null, id);
    }
}
