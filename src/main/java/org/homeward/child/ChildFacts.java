package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that hold something about a child that belongs on the child's page but is
 * not an alert (the trusted worker), shown as one line each under "Working with the child".
 */
public interface ChildFacts {

    List<Fact> factsFor(UUID childId);

    /** A labelled line, with a link to where it is kept and changed (href null: no link). */
    record Fact(String label, String value, String href, String linkText) {
    }
}
