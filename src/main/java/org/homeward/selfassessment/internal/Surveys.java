package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The practitioner survey of a cycle: opened and closed by the facilitator, answered anonymously by area. */
@Component
class Surveys {

    private final JdbcClient jdbc;
    private final CycleHistory history;
    private final Clock clock;

    Surveys(JdbcClient jdbc, CycleHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    void openSurvey(UUID cycle, boolean open, String byName) {
        jdbc.sql("update selfassessment_cycle set survey_open = :o where id = :c").param("o", open).param("c", cycle).update();
        history.change(cycle, "Practitioner survey", null, open ? "Opened" : "Closed", byName);
    }

    /** The practitioner's own answers, found by the hash they are kept under. */
    Map<String, String> surveyAnswers(UUID cycle, String respondent) {
        Map<String, String> answers = new HashMap<>();
        jdbc.sql("select area_key, grade from selfassessment_survey_response where cycle_id = :c and respondent = :r")
                .param("c", cycle).param("r", respondent)
                .query((rs, n) -> answers.put(rs.getString(1), rs.getString(2))).list();
        return answers;
    }

    /** Replaces the practitioner's answers with these (area to grade). */
    void saveSurvey(UUID cycle, String respondent, Map<String, String> grades) {
        jdbc.sql("delete from selfassessment_survey_response where cycle_id = :c and respondent = :r")
                .param("c", cycle).param("r", respondent).update();
        Timestamp now = Timestamp.from(clock.instant());
        grades.forEach((area, grade) -> jdbc.sql("""
                insert into selfassessment_survey_response (cycle_id, respondent, area_key, grade, answered_at)
                values (:c, :r, :a, :g, :at)""").param("c", cycle).param("r", respondent).param("a", area)
                .param("g", grade).param("at", now).update());
    }

    /** Each area's survey grades: area key, grade and how many gave it. */
    record SurveyCount(String areaKey, String grade, int count) {
    }

    List<SurveyCount> surveyCounts(UUID cycle) {
        return jdbc.sql("""
                select area_key, grade, count(*)::int as count from selfassessment_survey_response where cycle_id = :c
                 group by area_key, grade""").param("c", cycle).query(SurveyCount.class).list();
    }
}
