package org.homeward.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Whether each timed step of a child's meetings and plans was on time, by the meeting module's own rules:
 * a strategy discussion held by its due day, a police trigger plan on file within the partnership's days (7 by default) of the meeting or
 * discussion that called for it, and the next missing management meeting held by the review date the last
 * one set. Days are London days; a step done on its due day is on time.
 */
public interface MeetingTimeliness {

    enum Kind { STRATEGY_DISCUSSION, TRIGGER_PLAN, MEETING_REVIEW }

    enum Verdict { ON_TIME, LATE, OVERDUE, NOT_YET_DUE }

    /** {@code from}: what started the clock (raised, decided, the last meeting held); {@code doneAt} null while not done. */
    record Step(Kind kind, Instant from, LocalDate dueOn, Instant doneAt, Verdict verdict) {
    }

    /** The child's steps, earliest first. */
    List<Step> forChild(UUID childId, Instant now);
}
