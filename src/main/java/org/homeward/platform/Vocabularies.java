package org.homeward.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Coded lists with effective dates: a code is offered only while it is in force. */
@Component
public class Vocabularies {

    public record Term(String code, String label) {
    }

    private final JdbcClient jdbc;

    Vocabularies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Term> termsInForce(String vocabulary, LocalDate on) {
        return jdbc.sql("""
                select code, label from vocabulary_term
                 where vocabulary = :v and effective_from <= :on and (effective_to is null or effective_to > :on)
                 order by sort_order""")
                .param("v", vocabulary).param("on", on)
                .query(Term.class).list();
    }

    /** The label a code had at any time, so that old records still read correctly. */
    public Optional<String> label(String vocabulary, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select label from vocabulary_term where vocabulary = :v and code = :c
                 order by effective_from desc limit 1""")
                .param("v", vocabulary).param("c", code)
                .query(String.class).optional();
    }

    public boolean inForce(String vocabulary, String code, LocalDate on) {
        return termsInForce(vocabulary, on).stream().anyMatch(t -> t.code().equals(code));
    }
}
