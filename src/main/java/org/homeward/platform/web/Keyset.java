package org.homeward.platform.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a long list a page at a time by keyset: ordered by a time and then the id, each page starts
 * from the row after (or before) the last one shown. Rows added or closed meanwhile neither repeat
 * nor vanish between pages, and a late page costs what the first does. The position in the URL is
 * a time and a record id, never anything about a child.
 *
 * <pre>
 * Keyset keyset = Keyset.of(after, before, 25);
 * String sql = select + " where ..." + keyset.condition("o.due_at", "o.id", latestFirst)
 *         + keyset.orderBy("o.due_at", "o.id", latestFirst) + keyset.limit();
 * Keyset.Page&lt;Row&gt; page = keyset.page(keyset.bind(jdbc.sql(sql)).query(...).list(), r -&gt; r.dueAt(), r -&gt; r.id());
 * </pre>
 */
public final class Keyset {

    /** Where a page starts or ends: the ordering time and the row's id. */
    public record Position(Instant at, UUID id) {

        public String token() {
            return at + "_" + id;
        }

        /** Empty for a missing or altered position, so that a tampered link opens the first page. */
        public static Optional<Position> parse(String token) {
            if (token == null || token.isBlank()) {
                return Optional.empty();
            }
            int cut = token.lastIndexOf('_');
            try {
                return cut < 0 ? Optional.empty() : Optional.of(new Position(Instant.parse(token.substring(0, cut)),
                        UUID.fromString(token.substring(cut + 1))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The rows of one page, and the positions to read the pages either side from (null: none). */
    public record Page<T>(List<T> rows, String previous, String next) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private final Position position;
    private final boolean backwards;
    private final int size;

    private Keyset(Position position, boolean backwards, int size) {
        this.position = position;
        this.backwards = backwards;
        this.size = size;
    }

    /** The page after {@code after}, or before {@code before}, or (neither readable) the first page. */
    public static Keyset of(String after, String before, int size) {
        Optional<Position> b = Position.parse(before);
        if (b.isPresent()) {
            return new Keyset(b.get(), true, size);
        }
        return new Keyset(Position.parse(after).orElse(null), false, size);
    }

    public int size() {
        return size;
    }

    /** {@code " and (at, id) > (...)"} for the rows past the position in reading order; blank on the first page. */
    public String condition(String atColumn, String idColumn, boolean descending) {
        if (position == null) {
            return "";
        }
        boolean greater = descending == backwards;
        return " and (" + atColumn + ", " + idColumn + ") " + (greater ? ">" : "<") + " (:keysetAt, :keysetId)";
    }

    /** The order to read in: backwards from a position the order is reversed, and the page put right after. */
    public String orderBy(String atColumn, String idColumn, boolean descending) {
        String direction = descending != backwards ? " desc" : "";
        return " order by " + atColumn + direction + ", " + idColumn + direction;
    }

    /** One row more than a page, to know whether there is another. */
    public String limit() {
        return " limit " + (size + 1);
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return position == null ? spec
                : spec.param("keysetAt", Timestamp.from(position.at())).param("keysetId", position.id());
    }

    /** The page from the rows read (in the order {@link #orderBy} gave), with the links either side. */
    public <T> Page<T> page(List<T> read, Function<T, Instant> at, Function<T, UUID> id) {
        boolean more = read.size() > size;
        List<T> rows = new ArrayList<>(more ? read.subList(0, size) : read);
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Page<>(rows, null, null);
        }
        String first = new Position(at.apply(rows.get(0)), id.apply(rows.get(0))).token();
        String last = new Position(at.apply(rows.get(rows.size() - 1)), id.apply(rows.get(rows.size() - 1))).token();
        boolean earlier = backwards ? more : position != null;
        boolean later = backwards || more;
        return new Page<>(rows, earlier ? first : null, later ? last : null);
    }
}
