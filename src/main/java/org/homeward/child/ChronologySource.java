package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * Each module that records events about a child contributes them to the child's chronology by
 * implementing this (DOMAIN.md CR-08): the chronology is built, never copied.
 */
public interface ChronologySource {

    List<ChronologyEntry> entriesFor(UUID childId);
}
