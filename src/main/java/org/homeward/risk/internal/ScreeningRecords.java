package org.homeward.risk.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes screenings and their answers; a screening once written is never changed. */
@Repository
class ScreeningRecords {

    private static final String SELECT = """
            select id, episode_id, child_id, version_id, screened_at, screened_by_name, age_when_last_seen, age_prompt,
                   score, suggested_rating, rating, override_rationale, child_views, child_views_not_obtained
              from risk_screening""";

    record AnswerRow(String factorCode, String answer, String evidence) {
    }

    private final JdbcClient jdbc;

    ScreeningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void flagSignificantHarm(UUID screeningId) {
        jdbc.sql("update risk_screening set significant_harm = true where id = :id").param("id", screeningId).update();
    }

    void insert(Screening s, UUID screenedBy, Map<String, Answer> answers, Map<String, String> evidence) {
        jdbc.sql("""
                insert into risk_screening (id, episode_id, child_id, version_id, screened_at, screened_by,
                       screened_by_name, age_when_last_seen, age_prompt, score, suggested_rating, rating,
                       override_rationale, child_views, child_views_not_obtained)
                values (:id, :episode, :child, :version, :at, :by, :byName, :age, :agePrompt, :score, :suggested,
                        :rating, :rationale, :views, :notObtained)""")
                .param("id", s.id()).param("episode", s.episodeId()).param("child", s.childId())
                .param("version", s.versionId()).param("at", Timestamp.from(s.screenedAt())).param("by", screenedBy)
                .param("byName", s.screenedByName()).param("age", s.ageWhenLastSeen())
                .param("agePrompt", s.agePrompt()).param("score", s.score())
                .param("suggested", s.suggestedRating()).param("rating", s.rating())
                .param("rationale", s.overrideRationale())
                .param("views", s.childViews()).param("notObtained", s.childViewsNotObtained())
                .update();
        answers.forEach((code, answer) -> jdbc.sql("""
                insert into risk_screening_answer (screening_id, version_id, factor_code, answer, evidence)
                values (:s, :v, :code, :answer, :evidence)""")
                .param("s", s.id()).param("v", s.versionId()).param("code", code).param("answer", answer.name())
                .param("evidence", evidence.get(code))
                .update());
    }

    /** The episode's screenings, latest first. */
    List<Screening> forEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " where episode_id = :e order by screened_at desc, id")
                .param("e", episodeId).query(Screening.class).list();
    }

    Optional<Screening> latestForEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " where episode_id = :e order by screened_at desc, id limit 1")
                .param("e", episodeId).query(Screening.class).optional();
    }

    /** The child's latest screening of any episode, to show beside a new one's questions. */
    Optional<Screening> latestForChild(UUID childId) {
        return jdbc.sql(SELECT + " where child_id = :c order by screened_at desc, id limit 1")
                .param("c", childId).query(Screening.class).optional();
    }

    List<Screening> forChild(UUID childId) {
        return jdbc.sql(SELECT + " where child_id = :c order by screened_at, id")
                .param("c", childId).query(Screening.class).list();
    }

    List<AnswerRow> answers(UUID screeningId) {
        return jdbc.sql("select factor_code, answer, evidence from risk_screening_answer where screening_id = :s")
                .param("s", screeningId).query(AnswerRow.class).list();
    }
}
