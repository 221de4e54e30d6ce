package org.homeward.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which child a module's page is about, from the record in its address (an episode, an interview, a
 * meeting…), so that one guard holds every page about a child to the same access rule. Implemented by
 * each module for the pages it serves.
 */
public interface ChildRecordLocator {

    /** The first segment of the addresses of this module's pages about one record, e.g. {@code episodes}. */
    Set<String> pathSegments();

    /** The child the record is about; empty when there is no such record (the page then answers 404). */
    Optional<UUID> childOf(String pathSegment, UUID recordId);
}
