package org.homeward.platform.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a long list a page at a time by keyset: ordered by a time (or a date) and then the id, each page starts
 * from the row after (or before) the last one shown. Rows added or closed meanwhile neither repeat
 * nor vanish between pages, and a late page costs what the first does. The position in the URL is
 * a time and a record id, never anything about a child.
 *
 * <p>A list ordered first by a small rank (risk, or acknowledged last) reads {@link #ranked} positions: the
 * rank, the time and the id, all in one direction so that one row comparison (and one index) serves it.
 *
 * <pre>
 * Keyset keyset = Keyset.of(after, before, 25);
 * String sql = select + " where ..." + keyset.condition("o.due_at", "o.id", latestFirst)
 *         + keyset.orderBy("o.due_at", "o.id", latestFirst) + keyset.limit();
 * Keyset.Page&lt;Row&gt; page = keyset.page(keyset.bind(jdbc.sql(sql)).query(...).list(), r -&gt; r.dueAt(), r -&gt; r.id());
 * </pre>
 */
public final class Keyset {

    /**
     * Where a page starts or ends: the rank (ranked lists only), the ordering time or date, and the row's id
     * (a UUID, or a number for a table numbered as it is written, such as the audit trail).
     */
    public record Position(Integer rank, Temporal at, Object id) {

        public Position(Instant at, UUID id) {
            this(null, at, id);
        }

        public Position(LocalDate on, UUID id) {
            this(null, on, id);
        }

        public Position(Instant at, long id) {
            this(null, at, id);
        }

        public String token() {
            return (rank == null ? "" : rank + "_") + at + "_" + id;
        }

        /** Empty for a missing or altered position, so that a tampered link opens the first page. */
        public static Optional<Position> parse(String token) {
            return parse(token, false, false);
        }

        static Optional<Position> parse(String token, boolean ranked, boolean numbered) {
            if (token == null || token.isBlank()) {
                return Optional.empty();
            }
            String[] parts = token.split("_", -1);
            if (parts.length != (ranked ? 3 : 2)) {
                return Optional.empty();
            }
            try {
                Integer rank = ranked ? Integer.valueOf(parts[0]) : null;
                if (rank != null && (rank < 0 || rank > MAX_RANK)) {
                    return Optional.empty();
                }
                String at = parts[parts.length - 2];
                Temporal when = at.contains("T") ? Instant.parse(at) : LocalDate.parse(at);
                String id = parts[parts.length - 1];
                return Optional.of(new Position(rank, when, numbered ? Long.valueOf(id) : UUID.fromString(id)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Ranks are a handful of levels; anything larger in a link was not written by Homeward. */
    private static final int MAX_RANK = 99;

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
        return of(after, before, size, false, false);
    }

    /** As {@link #of}, for a list ordered by a rank first: its positions carry the rank. */
    public static Keyset ranked(String after, String before, int size) {
        return of(after, before, size, true, false);
    }

    /** As {@link #of}, for rows numbered as they are written rather than identified by a UUID. */
    public static Keyset numbered(String after, String before, int size) {
        return of(after, before, size, false, true);
    }

    private static Keyset of(String after, String before, int size, boolean ranked, boolean numbered) {
        Optional<Position> b = Position.parse(before, ranked, numbered);
        if (b.isPresent()) {
            return new Keyset(b.get(), true, size);
        }
        return new Keyset(Position.parse(after, ranked, numbered).orElse(null), false, size);
    }

    public int size() {
        return size;
    }

    /** Whether this is the first page: no position was given, or none that could be read. */
    public boolean first() {
        return position == null;
    }

    /** {@code " and (at, id) > (...)"} for the rows past the position in reading order; blank on the first page. */
    public String condition(String atColumn, String idColumn, boolean descending) {
        return condition(null, atColumn, idColumn, descending);
    }

    /** {@code " and (rank, at, id) > (...)"} for a ranked list (rank null: an unranked one). */
    public String condition(String rank, String atColumn, String idColumn, boolean descending) {
        if (position == null) {
            return "";
        }
        boolean greater = descending == backwards;
        return rank == null
                ? " and (" + atColumn + ", " + idColumn + ") " + (greater ? ">" : "<") + " (:keysetAt, :keysetId)"
                : " and (" + rank + ", " + atColumn + ", " + idColumn + ") " + (greater ? ">" : "<")
                        + " (:keysetRank, :keysetAt, :keysetId)";
    }

    /**
     * {@code " and (columns) > (position)"} for a list led by something the position may not carry (a name):
     * {@code position} is a row the list reads itself, typically a subquery on the position's id
     * ({@code :keysetId}). Blank on the first page.
     */
    public String condition(List<String> columns, String position, boolean descending) {
        if (this.position == null) {
            return "";
        }
        return " and (" + String.join(", ", columns) + ") " + (descending == backwards ? ">" : "<") + " " + position;
    }

    public String orderBy(List<String> columns, boolean descending) {
        String direction = descending != backwards ? " desc" : "";
        return " order by " + String.join(direction + ", ", columns) + direction;
    }

    /** The order to read in: backwards from a position the order is reversed, and the page put right after. */
    public String orderBy(String atColumn, String idColumn, boolean descending) {
        return orderBy(null, atColumn, idColumn, descending);
    }

    public String orderBy(String rank, String atColumn, String idColumn, boolean descending) {
        String direction = descending != backwards ? " desc" : "";
        return " order by " + (rank == null ? "" : rank + direction + ", ") + atColumn + direction + ", "
                + idColumn + direction;
    }

    /**
     * For a list that says "x to y of n": true for the matching rows that come before the page read, counted
     * beside the total ({@code count(*) filter (where ...)}) so that a page's place costs no second pass.
     */
    public String preceding(String rank, String atColumn, String idColumn, boolean descending) {
        if (position == null) {
            return "false";
        }
        String key = "(" + (rank == null ? "" : rank + ", ") + atColumn + ", " + idColumn + ")";
        String at = "(" + (rank == null ? "" : ":keysetRank, ") + ":keysetAt, :keysetId)";
        // Forward, the position's own row (if it still matches) was on the page before; backwards, it is after.
        return key + (descending ? " >" : " <") + (backwards ? " " : "= ") + at;
    }

    /** The place in the whole list (from 1) of the first of {@code shown} rows, given the {@link #preceding} count. */
    public long from(long preceding, int shown) {
        return Math.max(1, backwards ? preceding - shown + 1 : preceding + 1);
    }

    /** One row more than a page, to know whether there is another. */
    public String limit() {
        return " limit " + (size + 1);
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        if (position == null) {
            return spec;
        }
        Object at = position.at() instanceof Instant i ? Timestamp.from(i) : position.at();
        spec = spec.param("keysetAt", at).param("keysetId", position.id());
        return position.rank() == null ? spec : spec.param("keysetRank", position.rank());
    }

    /** The page from the rows read (in the order {@link #orderBy} gave), with the links either side. */
    public <T> Page<T> page(List<T> read, Function<T, Instant> at, Function<T, UUID> id) {
        return page(read, row -> new Position(at.apply(row), id.apply(row)));
    }

    /** As above, for rows whose position is more than a time and an id. */
    public <T> Page<T> page(List<T> read, Function<T, Position> positionOf) {
        boolean more = read.size() > size;
        List<T> rows = new ArrayList<>(more ? read.subList(0, size) : read);
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Page<>(rows, null, null);
        }
        String first = positionOf.apply(rows.get(0)).token();
        String last = positionOf.apply(rows.get(rows.size() - 1)).token();
        boolean earlier = backwards ? more : position != null;
        boolean later = backwards || more;
        return new Page<>(rows, earlier ? first : null, later ? last : null);
    }
}
