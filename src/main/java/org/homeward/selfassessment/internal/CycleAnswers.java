package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership's answers to a cycle's questions and, when agencies answer apart, each agency's own. */
@Component
class CycleAnswers {

    /** The longest note, rationale or reason an answer takes. */
    static final int NOTE_LENGTH = 4000;

    /** The partnership's answer: the self-score (with rationale when agencies answered apart) and the moderated score. */
    record Answer(String questionKey, String grade, String rationale, String note, String moderatedGrade,
                  String moderationReason, String updatedByName, Instant updatedAt) {

        /** The grade that counts: the moderated one where there is one. */
        public String counted() {
            return moderatedGrade != null ? moderatedGrade : grade;
        }
    }

    /** The agencies answering apart gave the question different grades: the agreed grade needs its rationale. */
    static boolean differ(List<AgencyAnswer> answers) {
        return answers != null && answers.stream().map(AgencyAnswer::grade).distinct().count() > 1;
    }

    record AgencyAnswer(String questionKey, UUID agencyId, String agencyName, String grade, String note,
                        String updatedByName, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final CycleHistory history;
    private final Clock clock;

    CycleAnswers(JdbcClient jdbc, CycleHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    Map<String, Answer> answers(UUID cycle) {
        Map<String, Answer> answers = new HashMap<>();
        jdbc.sql("""
                select question_key, grade, rationale, note, moderated_grade, moderation_reason, updated_by_name, updated_at
                  from selfassessment_answer where cycle_id = :c""").param("c", cycle).query(Answer.class).list()
                .forEach(a -> answers.put(a.questionKey(), a));
        return answers;
    }

    List<AgencyAnswer> agencyAnswers(UUID cycle) {
        return jdbc.sql("""
                select x.question_key, x.agency_id, a.name as agency_name, x.grade, x.note, x.updated_by_name, x.updated_at
                  from selfassessment_agency_answer x join agency a on a.id = x.agency_id
                 where x.cycle_id = :c order by a.name""").param("c", cycle).query(AgencyAnswer.class).list();
    }

    /** Saves the partnership's answer to one question, with each field that changed in the history. */
    void saveAnswer(UUID cycle, String question, Answer next, String label, String byName) {
        Answer old = jdbc.sql("""
                select question_key, grade, rationale, note, moderated_grade, moderation_reason, updated_by_name, updated_at
                  from selfassessment_answer where cycle_id = :c and question_key = :q for update""")
                .param("c", cycle).param("q", question).query(Answer.class).optional().orElse(null);
        boolean changed = false;
        changed |= history.changed(cycle, label + ": grade", old == null ? null : old.grade(), next.grade(), byName);
        changed |= history.changed(cycle, label + ": rationale", old == null ? null : old.rationale(), next.rationale(), byName);
        changed |= history.changed(cycle, label + ": note", old == null ? null : old.note(), next.note(), byName);
        changed |= history.changed(cycle, label + ": moderated grade", old == null ? null : old.moderatedGrade(),
                next.moderatedGrade(), byName);
        changed |= history.changed(cycle, label + ": moderator's reason", old == null ? null : old.moderationReason(),
                next.moderationReason(), byName);
        if (!changed) {
            return;
        }
        jdbc.sql("""
                insert into selfassessment_answer (cycle_id, question_key, grade, rationale, note, moderated_grade,
                                                   moderation_reason, updated_by_name, updated_at)
                values (:c, :q, :grade, :rationale, :note, :mod, :reason, :by, :at)
                on conflict (cycle_id, question_key) do update set grade = excluded.grade, rationale = excluded.rationale,
                    note = excluded.note, moderated_grade = excluded.moderated_grade,
                    moderation_reason = excluded.moderation_reason, updated_by_name = excluded.updated_by_name,
                    updated_at = excluded.updated_at""")
                .param("c", cycle).param("q", question).param("grade", next.grade()).param("rationale", next.rationale())
                .param("note", next.note()).param("mod", next.moderatedGrade()).param("reason", next.moderationReason())
                .param("by", byName).param("at", Timestamp.from(clock.instant())).update();
    }

    /** Saves one agency's own answer; a blank grade withdraws it. */
    void saveAgencyAnswer(UUID cycle, String question, UUID agency, String agencyName, String grade, String note,
                          String label, String byName) {
        AgencyAnswer old = jdbc.sql("""
                select x.question_key, x.agency_id, '' as agency_name, x.grade, x.note, x.updated_by_name, x.updated_at
                  from selfassessment_agency_answer x where cycle_id = :c and question_key = :q and agency_id = :a for update""")
                .param("c", cycle).param("q", question).param("a", agency).query(AgencyAnswer.class).optional().orElse(null);
        boolean changed = history.changed(cycle, label + ": " + agencyName + "'s grade", old == null ? null : old.grade(), grade, byName);
        changed |= history.changed(cycle, label + ": " + agencyName + "'s note", old == null ? null : old.note(), note, byName);
        if (!changed) {
            return;
        }
        if (grade == null) {
            jdbc.sql("delete from selfassessment_agency_answer where cycle_id = :c and question_key = :q and agency_id = :a")
                    .param("c", cycle).param("q", question).param("a", agency).update();
            return;
        }
        jdbc.sql("""
                insert into selfassessment_agency_answer (cycle_id, question_key, agency_id, grade, note, updated_by_name, updated_at)
                values (:c, :q, :a, :grade, :note, :by, :at)
                on conflict (cycle_id, question_key, agency_id) do update set grade = excluded.grade, note = excluded.note,
                    updated_by_name = excluded.updated_by_name, updated_at = excluded.updated_at""")
                .param("c", cycle).param("q", question).param("a", agency).param("grade", grade).param("note", note)
                .param("by", byName).param("at", Timestamp.from(clock.instant())).update();
    }
}
