package org.homeward.platform.records;

import java.util.List;
import java.util.UUID;

/**
 * Each module that holds records about a child gives them, whole, to the child's subject access
 * export (UK GDPR Art. 15) by implementing this, reading its own tables: the export is built from
 * every module, never copied, as the chronology is.
 */
public interface SubjectAccessSource {

    /** The sections this module holds about the child, each with its records in a stable order. */
    List<SubjectAccessSection> sectionsFor(UUID childId);
}
