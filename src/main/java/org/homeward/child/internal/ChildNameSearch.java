package org.homeward.child.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Children whose names match every word of a query, best match first (decision 0003). Each query word
 * is matched against the distinct words of all names ({@code child_name_word}), which is small; only
 * then are children read, through the words that matched, so that a common surname costs an index
 * range rather than thousands of rows grouped and sorted.
 */
@Repository
class ChildNameSearch {

    /** A word of some child's name matching query word {@code ord} (from 1), and how well. */
    record WordMatch(int ord, String word, double score) {
    }

    /** Sums of scores computed in Java and in PostgreSQL may differ in their last bits. */
    private static final double ROUNDING = 1e-9;

    private final JdbcClient jdbc;

    ChildNameSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every query word must match a word of the child's names: exactly (1), as its beginning (0.9),
     * by sound (double metaphone, 0.7 to 0.9 by spelling) or by spelling alone (trigram similarity);
     * a child's score is the sum of its best match for each query word; ties go in name order.
     */
    List<UUID> find(List<String> queryWords, LocalDate dob, UUID[] only, int limit) {
        List<List<WordMatch>> matches = matches(queryWords);
        if (matches.stream().anyMatch(List::isEmpty)) {
            return List.of();
        }
        if (dob != null || only != null) {
            return amongFew(matches, dob, only, limit);
        }
        List<List<WordMatch>> best = matches.stream().map(ChildNameSearch::best).toList();
        List<UUID> first = havingAll(best, limit);
        if (first.size() >= limit || best.equals(matches)) {
            // Children with a best word for every query word have the highest score there is.
            return first;
        }
        double next = nextTier(matches);
        List<List<WordMatch>> reaching = reaching(matches, next);
        if (!reaching.equals(matches)) {
            // Every child scoring at least the next tier has only these words; if they fill the page,
            // no child left out could rank on it.
            List<UUID> tier = ranked(reaching, next, limit);
            if (tier.size() >= limit) {
                return tier;
            }
        }
        return ranked(matches, Double.NEGATIVE_INFINITY, limit);
    }

    /** The highest score below the top: one query word's second-best word, the others at their best. */
    private static double nextTier(List<List<WordMatch>> matches) {
        double top = matches.stream().mapToDouble(m -> m.get(0).score()).sum();
        return matches.stream().filter(m -> m.stream().anyMatch(w -> w.score() < m.get(0).score()))
                .mapToDouble(m -> top - m.get(0).score()
                        + m.stream().filter(w -> w.score() < m.get(0).score()).findFirst().orElseThrow().score())
                .max().orElse(top);
    }

    /**
     * The words that can still take a child to {@code score}: a word's match must make up what the
     * other query words' best matches leave.
     */
    private static List<List<WordMatch>> reaching(List<List<WordMatch>> matches, double score) {
        double top = matches.stream().mapToDouble(m -> m.get(0).score()).sum();
        return matches.stream().map(m -> m.stream()
                .filter(w -> w.score() >= score - (top - m.get(0).score()) - ROUNDING).toList()).toList();
    }

    /** For each query word in turn, the name words it matches, best first. */
    private List<List<WordMatch>> matches(List<String> queryWords) {
        List<WordMatch> found = jdbc.sql("""
                select q.ord, v.word,
                       case when v.word = q.w then 1.0
                            when v.word like q.w || '%' then 0.9
                            when v.metaphone = m.mp then 0.7 + 0.2 * similarity(v.word, q.w)
                            else similarity(v.word, q.w) end as score
                  from unnest(cast(:words as text[])) with ordinality q(w, ord)
                 cross join lateral (select nullif(dmetaphone(q.w), '') as mp) m
                  join child_name_word v on v.word like q.w || '%' or v.metaphone = m.mp or v.word % q.w
                 order by q.ord, score desc, v.word""")
                .param("words", queryWords.toArray(String[]::new))
                .query((rs, n) -> new WordMatch(rs.getInt("ord"), rs.getString("word"), rs.getDouble("score")))
                .list();
        List<List<WordMatch>> byWord = new ArrayList<>();
        for (int i = 1; i <= queryWords.size(); i++) {
            int ord = i;
            byWord.add(found.stream().filter(m -> m.ord() == ord).toList());
        }
        return byWord;
    }

    private static List<WordMatch> best(List<WordMatch> matches) {
        double top = matches.get(0).score();
        return matches.stream().filter(m -> m.score() == top).toList();
    }

    /**
     * Children having one of the given words for every query word, in name order. With one word for
     * each, PostgreSQL merges the words' index ranges, which are in child order.
     */
    private List<UUID> havingAll(List<List<WordMatch>> words, int limit) {
        boolean several = words.stream().anyMatch(w -> w.size() > 1);
        StringBuilder sql = new StringBuilder("select p1.child_id from child_name_token p1");
        for (int i = 2; i <= words.size(); i++) {
            sql.append(" join child_name_token p%d on p%d.child_id = p1.child_id and %s".formatted(i, i,
                    wordIs("p" + i, i, words.get(i - 1))));
        }
        sql.append(" where ").append(wordIs("p1", 1, words.get(0)));
        if (several) {
            // A child with two of one query word's words (Jade and Jaden for "jad") is one child.
            sql.append(" group by p1.child_id, p1.family_name, p1.given_names");
        }
        sql.append(" order by p1.family_name, p1.given_names, p1.child_id limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", limit);
        for (int i = 1; i <= words.size(); i++) {
            List<WordMatch> w = words.get(i - 1);
            statement = w.size() == 1 ? statement.param("w" + i, w.get(0).word())
                    : statement.param("w" + i, words(w));
        }
        return statement.query(UUID.class).list();
    }

    private static String wordIs(String alias, int i, List<WordMatch> words) {
        return words.size() == 1 ? "%s.token = :w%d".formatted(alias, i)
                : "%s.token = any(cast(:w%d as text[]))".formatted(alias, i);
    }

    /** Children matching every query word by any of its words and scoring at least {@code atLeast}, by score then name. */
    private List<UUID> ranked(List<List<WordMatch>> words, double atLeast, int limit) {
        StringBuilder sql = new StringBuilder("select p1.child_id from child_name_token p1"
                + " join unnest(cast(:w1 as text[]), cast(:s1 as float8[])) m1(word, score) on m1.word = p1.token");
        StringBuilder score = new StringBuilder("m1.score");
        for (int i = 2; i <= words.size(); i++) {
            sql.append(" join child_name_token p%d on p%d.child_id = p1.child_id".formatted(i, i))
                    .append(" join unnest(cast(:w%d as text[]), cast(:s%d as float8[])) m%d(word, score) on m%d.word = p%d.token"
                            .formatted(i, i, i, i, i));
            score.append(" + m%d.score".formatted(i));
        }
        sql.append(" group by p1.child_id, p1.family_name, p1.given_names");
        if (atLeast > Double.NEGATIVE_INFINITY) {
            sql.append(" having max(").append(score).append(") >= :atLeast");
        }
        sql.append(" order by max(").append(score)
                .append(") desc, p1.family_name, p1.given_names, p1.child_id limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (atLeast > Double.NEGATIVE_INFINITY) {
            statement = statement.param("atLeast", atLeast - ROUNDING);
        }
        for (int i = 1; i <= words.size(); i++) {
            List<WordMatch> w = words.get(i - 1);
            statement = statement.param("w" + i, words(w))
                    .param("s" + i, scores(w));
        }
        return statement.query(UUID.class).list();
    }

    /** Among the few children born on the date or in scope: each of them is scored on its own words. */
    private List<UUID> amongFew(List<List<WordMatch>> words, LocalDate dob, UUID[] only, int limit) {
        List<WordMatch> all = words.stream().flatMap(List::stream).toList();
        String few = (dob == null ? "" : " and date_of_birth = :dob") + (only == null ? "" : " and id = any(cast(:only as uuid[]))");
        JdbcClient.StatementSpec statement = jdbc.sql("""
                with c as (select id, family_name, given_names from child where true %s),
                m as (select * from unnest(cast(:ords as int[]), cast(:words as text[]), cast(:scores as float8[]))
                                    m(ord, word, score)),
                s as (select c.id, c.family_name, c.given_names, m.ord, max(m.score) as score
                        from c join child_name_token t on t.child_id = c.id join m on m.word = t.token
                       group by c.id, c.family_name, c.given_names, m.ord)
                select id from s group by id, family_name, given_names having count(*) = :n
                 order by sum(score) desc, family_name, given_names, id limit :limit""".formatted(few))
                .param("ords", all.stream().map(WordMatch::ord).toArray(Integer[]::new))
                .param("words", words(all))
                .param("scores", scores(all))
                .param("n", words.size()).param("limit", limit);
        if (dob != null) {
            statement = statement.param("dob", dob);
        }
        if (only != null) {
            statement = statement.param("only", only);
        }
        return statement.query(UUID.class).list();
    }

    private static String[] words(List<WordMatch> matches) {
        return matches.stream().map(WordMatch::word).toArray(String[]::new);
    }

    private static Double[] scores(List<WordMatch> matches) {
        return matches.stream().map(WordMatch::score).toArray(Double[]::new);
    }
}
