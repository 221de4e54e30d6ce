package org.homeward.platform.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's part of a child's record where SQL alone finds it: the module states its sections of the subject
 * access export and the statements that erase its rows, and this reads and runs them, so that what is exported
 * and what is erased stand side by side. The subclass lives in its module, since the export places sections by
 * the module they come from, and carries the module's {@link org.springframework.core.annotation.Order} among
 * the erasers.
 */
public abstract class ChildRecordTables implements SubjectAccessSource, ChildRecordEraser {

    private final JdbcClient jdbc;

    protected ChildRecordTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The module's sections of the export, in the order a reader meets them. */
    protected abstract List<SubjectAccessQuery> sections();

    /** The statements that delete the module's rows about the child, in order: rows that refer to others first. */
    protected abstract List<String> erasure();

    /** Named parameters besides {@code :c}, for rows that are the child's through more than a child id. */
    protected Map<String, ?> parameters(UUID childId) {
        return Map.of();
    }

    @Override
    public final List<SubjectAccessSection> sectionsFor(UUID childId) {
        Map<String, ?> parameters = parameters(childId);
        return sections().stream().map(section -> section.read(jdbc, childId, parameters)).toList();
    }

    @Override
    public final void erase(UUID childId) {
        Map<String, ?> parameters = parameters(childId);
        for (String sql : erasure()) {
            jdbc.sql(sql).param("c", childId).params(parameters).update();
        }
    }
}
