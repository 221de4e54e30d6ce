package org.homeward.platform;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a coded list from a given day without rewriting its history: a new label or a retirement
 * ends the term in force and (for a new label) starts another, so a record made before reads the
 * code as it was and a retired code stays on the records that used it.
 */
@Component
public class VocabularyEditor {

    /** A code of the list with the label it has now, and the day it was retired, if it was. */
    public record Entry(String code, String label, int sortOrder, LocalDate retiredOn) {

        public boolean retired() {
            return retiredOn != null;
        }
    }

    private final JdbcClient jdbc;
    private final Vocabularies vocabularies;

    VocabularyEditor(JdbcClient jdbc, Vocabularies vocabularies) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
    }

    /** Every code ever in the list, those in force first in their order, then the retired ones. */
    public List<Entry> entries(String vocabulary) {
        return jdbc.sql("""
                select distinct on (code) code, label, sort_order, effective_to as retired_on
                  from vocabulary_term where vocabulary = :v
                 order by code, effective_from desc""")
                .param("v", vocabulary).query(Entry.class).list().stream()
                .sorted(java.util.Comparator.comparing(Entry::retired).thenComparingInt(Entry::sortOrder)
                        .thenComparing(Entry::label))
                .toList();
    }

    public Optional<Entry> entry(String vocabulary, String code) {
        return entries(vocabulary).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Adds a code from {@code on}, placed before any "other" entry (sort order 99 and above); its code. */
    @Transactional
    public String add(String vocabulary, String label, LocalDate on) {
        String code = uniqueCode(vocabulary, label);
        jdbc.sql("""
                insert into vocabulary_term (vocabulary, code, label, sort_order, effective_from)
                values (:v, :c, :l, (select coalesce(max(sort_order), 0) + 1 from vocabulary_term
                                      where vocabulary = :v and sort_order < 99), :on)""")
                .param("v", vocabulary).param("c", code).param("l", label).param("on", Date.valueOf(on)).update();
        vocabularies.forget();
        return code;
    }

    /** A new label from {@code on}; a term that started that day is relabelled in place. */
    @Transactional
    public void rename(String vocabulary, String code, String label, LocalDate on) {
        int sameDay = jdbc.sql("""
                update vocabulary_term set label = :l
                 where vocabulary = :v and code = :c and effective_from = :on and effective_to is null""")
                .param("v", vocabulary).param("c", code).param("l", label).param("on", Date.valueOf(on)).update();
        if (sameDay == 0) {
            jdbc.sql("""
                    insert into vocabulary_term (vocabulary, code, label, sort_order, effective_from)
                    select vocabulary, code, :l, sort_order, :on from vocabulary_term
                     where vocabulary = :v and code = :c and effective_from < :on and effective_to is null""")
                    .param("v", vocabulary).param("c", code).param("l", label).param("on", Date.valueOf(on)).update();
            end(vocabulary, code, on);
        }
        vocabularies.forget();
    }

    /**
     * Stops offering the code from {@code on}. A term that started that day cannot be ended by date,
     * so it is removed: safe when an earlier term keeps the code's label for past records, or when
     * {@code unused} says no record has it; otherwise refused (false).
     */
    @Transactional
    public boolean retire(String vocabulary, String code, LocalDate on, boolean unused) {
        int ended = end(vocabulary, code, on);
        if (ended == 0) {
            boolean earlier = jdbc.sql(
                    "select count(*) from vocabulary_term where vocabulary = :v and code = :c and effective_from < :on")
                    .param("v", vocabulary).param("c", code).param("on", Date.valueOf(on)).query(Long.class).single() > 0;
            if (!earlier && !unused) {
                return false;
            }
            jdbc.sql("delete from vocabulary_term where vocabulary = :v and code = :c and effective_from >= :on")
                    .param("v", vocabulary).param("c", code).param("on", Date.valueOf(on)).update();
        }
        vocabularies.forget();
        return true;
    }

    private int end(String vocabulary, String code, LocalDate on) {
        return jdbc.sql("""
                update vocabulary_term set effective_to = :on
                 where vocabulary = :v and code = :c and effective_from < :on
                   and (effective_to is null or effective_to > :on)""")
                .param("v", vocabulary).param("c", code).param("on", Date.valueOf(on)).update();
    }

    /** The label as a code: capitals and underscores, at most 30 characters, numbered if taken. */
    private String uniqueCode(String vocabulary, String label) {
        String base = label.toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "C_" + base;
        }
        base = base.length() > 26 ? base.substring(0, 26) : base;
        String code = base;
        for (int n = 2; taken(vocabulary, code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /** Taken in any list: a form with several lists may key answers by code alone. */
    private boolean taken(String vocabulary, String code) {
        return jdbc.sql("select count(*) from vocabulary_term where code = :c")
                .param("c", code).query(Long.class).single() > 0;
    }
}
