package org.homeward.sharing;

import java.util.List;

/** A share the register refuses, with every problem found (a page shows them in its error summary). */
public class InvalidShareException extends RuntimeException {

    /** One problem: the {@link NewShare} field it is about (as the recording form names it) and what to do. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidShareException(List<Problem> problems) {
        super("The share cannot be recorded: " + String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
