package org.homeward.platform.records;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One section of a subject access export as a module states it: its title, the table it comes from, the query
 * that reads its rows with the child's id as {@code :c}, and what the reviewer should know of them.
 */
public record SubjectAccessQuery(String title, String source, String sql, boolean thirdParty, String note) {

    public static SubjectAccessQuery of(String title, String source, String sql) {
        return new SubjectAccessQuery(title, source, sql, false, null);
    }

    /** Every column of the child's rows of {@code table}, which holds the child's id as {@code child_id}. */
    public static SubjectAccessQuery rows(String title, String table, String order) {
        return of(title, table, "select * from " + table + " where child_id = :c order by " + order);
    }

    /**
     * Every column of the rows of {@code table} that hang from the child's rows of another: those whose {@code key}
     * is among {@code parents}, the subquery the module erases them by too, such as
     * {@code (select id from rhi_offer where child_id = :c)}.
     */
    public static SubjectAccessQuery rowsUnder(String title, String table, String key, String parents, String order) {
        return of(title, table, "select * from " + table + " where " + key + " in " + parents + " order by " + order);
    }

    /** The same section marked as holding third-party information, with what the reviewer should look for. */
    public SubjectAccessQuery thirdParty(String why) {
        return new SubjectAccessQuery(title, source, sql, true, why);
    }

    /** The same section with a note for the reviewer that is not about third parties. */
    public SubjectAccessQuery noted(String note) {
        return new SubjectAccessQuery(title, source, sql, thirdParty, note);
    }

    public SubjectAccessSection read(JdbcClient jdbc, UUID childId) {
        return read(jdbc, childId, Map.of());
    }

    SubjectAccessSection read(JdbcClient jdbc, UUID childId, Map<String, ?> parameters) {
        SubjectAccessSection section = SubjectAccessSection.of(title, source,
                jdbc.sql(sql).param("c", childId).params(parameters).query().listOfRows());
        return new SubjectAccessSection(title, source, thirdParty, note, section.records());
    }
}
