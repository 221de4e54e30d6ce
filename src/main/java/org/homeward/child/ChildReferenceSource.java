package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * A module whose records carry references people search by (a police log number on an episode)
 * lets the child search find the child from them.
 */
public interface ChildReferenceSource {

    /** Children whose records carry this reference, typed in upper case. */
    List<UUID> childrenWithReference(String reference);
}
