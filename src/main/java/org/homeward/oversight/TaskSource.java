package org.homeward.oversight;

/**
 * The record a task is about, in the module that owns it; with the task's kind it identifies the
 * task, so that opening it twice opens it once.
 */
public record TaskSource(String kind, String module, String id) {

    public TaskSource {
        if (blank(kind) || blank(module) || blank(id)) {
            throw new IllegalArgumentException("A task needs its kind and the module and id of its record");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
