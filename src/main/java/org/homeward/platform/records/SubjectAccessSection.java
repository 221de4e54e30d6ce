package org.homeward.platform.records;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One kind of record a module holds about a child, for the subject access export: a title, the table
 * it is held in, whether it holds information about other people (third parties, which the reviewer
 * redacts before release), and the records as ordered field → value rows. Values are text (instants
 * as ISO-8601 UTC, dates as ISO dates) so that the JSON and the PDF say exactly the same.
 */
public record SubjectAccessSection(String title, String source, boolean thirdParty, String note,
                                   List<Map<String, String>> records) {

    public SubjectAccessSection {
        records = List.copyOf(records);
    }

    /** Records as read with {@code JdbcClient...listOfRows()}: column names become field names in words. */
    public static SubjectAccessSection of(String title, String source, List<Map<String, Object>> rows) {
        return new SubjectAccessSection(title, source, false, null,
                rows.stream().map(SubjectAccessSection::row).toList());
    }

    /** The same section marked as holding third-party information, with what the reviewer should look for. */
    public SubjectAccessSection thirdParty(String why) {
        return new SubjectAccessSection(title, source, true, why, records);
    }

    /** The same section with a note for the reviewer that is not about third parties. */
    public SubjectAccessSection noted(String note) {
        return new SubjectAccessSection(title, source, thirdParty, note, records);
    }

    private static Map<String, String> row(Map<String, Object> columns) {
        Map<String, String> row = new LinkedHashMap<>();
        columns.forEach((column, value) -> row.put(label(column), text(value)));
        return row;
    }

    /** {@code last_seen_at} → "Last seen at". */
    static String label(String column) {
        String words = column.replace('_', ' ').strip();
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof Instant t) {
            return t.toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof byte[] bytes) {
            return "(file of " + bytes.length + " bytes held; supplied on request)";
        }
        if (value instanceof Array array) {
            try {
                Object[] items = (Object[]) array.getArray();
                return String.join(", ", Arrays.stream(items).map(SubjectAccessSection::text).toList());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read a list from the database", e);
            }
        }
        return value.toString();
    }
}
