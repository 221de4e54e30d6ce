package org.homeward.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A module's pages whose address names a row of one of its tables with a {@code child_id}. */
public abstract class TableChildRecordLocator implements ChildRecordLocator {

    private final JdbcClient jdbc;
    private final Map<String, String> tables;

    /** {@code tables}: the first path segment of the pages, and the table (the module's own) their ids are from. */
    protected TableChildRecordLocator(JdbcClient jdbc, Map<String, String> tables) {
        this.jdbc = jdbc;
        this.tables = Map.copyOf(tables);
    }

    @Override
    public Set<String> pathSegments() {
        return tables.keySet();
    }

    @Override
    public Optional<UUID> childOf(String pathSegment, UUID recordId) {
        String table = tables.get(pathSegment);
        if (table == null) {
            return Optional.empty();
        }
        return jdbc.sql("select child_id from " + table + " where id = :id").param("id", recordId)
                .query(UUID.class).optional();
    }
}
