package org.homeward.child;

import java.util.UUID;

/**
 * Implemented by modules holding part of what a return home interviewer needs on a referred child's
 * page (the episodes), drawn by their own template fragment so that this module need not know
 * their data.
 */
public interface ReferredChildPanel {

    Panel panelFor(UUID childId);

    /** The fragment to draw ({@code template :: fragment}) and what it shows, which it reads as {@code content}. */
    record Panel(String template, String fragment, Object content) {
    }
}
