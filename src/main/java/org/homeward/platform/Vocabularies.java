package org.homeward.platform;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coded lists with effective dates: a code is offered only while it is in force, and an old code
 * still reads correctly. The lists are small and read on every page, so they are held in memory
 * and re-read from the database at most a minute after they change.
 */
@Component
public class Vocabularies {

    public record Term(String code, String label) {
    }

    record Row(String vocabulary, String code, String label, int sortOrder, LocalDate effectiveFrom,
               LocalDate effectiveTo) {

        boolean inForce(LocalDate on) {
            return !effectiveFrom.isAfter(on) && (effectiveTo == null || effectiveTo.isAfter(on));
        }
    }

    private record Snapshot(Map<String, List<Row>> byVocabulary, long loadedAt) {
    }

    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    Vocabularies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Term> termsInForce(String vocabulary, LocalDate on) {
        return rows(vocabulary).stream().filter(r -> r.inForce(on))
                .sorted(Comparator.comparingInt(Row::sortOrder))
                .map(r -> new Term(r.code(), r.label())).toList();
    }

    /** The label a code had at any time, so that old records still read correctly. */
    public Optional<String> label(String vocabulary, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return rows(vocabulary).stream().filter(r -> r.code().equals(code))
                .max(Comparator.comparing(Row::effectiveFrom)).map(Row::label);
    }

    public boolean inForce(String vocabulary, String code, LocalDate on) {
        return code != null && rows(vocabulary).stream().anyMatch(r -> r.code().equals(code) && r.inForce(on));
    }

    /** Reads the lists afresh on next use: after an administrator changes one, this node shows it at once. */
    public void forget() {
        snapshot = null;
    }

    private List<Row> rows(String vocabulary) {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE_NANOS) {
            Map<String, List<Row>> all = jdbc.sql("""
                    select vocabulary, code, label, sort_order, effective_from, effective_to from vocabulary_term""")
                    .query(Row.class).list().stream().collect(Collectors.groupingBy(Row::vocabulary));
            current = new Snapshot(all, System.nanoTime());
            snapshot = current;
        }
        return current.byVocabulary().getOrDefault(vocabulary, List.of());
    }
}
