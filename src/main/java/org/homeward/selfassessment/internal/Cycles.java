package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.Keyset;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Self-assessment cycles: who may see one, the cycles a person takes part in, and starting one. */
@Component
class Cycles {

    record Cycle(UUID id, String name, UUID questionnaireId, UUID councilId, String councilName, UUID facilitatorId,
                 String facilitatorName, boolean separateAnswers, UUID previousId, String previousName, Instant createdAt,
                 boolean surveyOpen) {

        boolean facilitatedBy(CurrentUser user) {
            return facilitatorId.equals(user.id());
        }

        /** Participants other than the facilitator give their own agency's answers when agencies answer separately. */
        boolean answeredByAgencyOf(CurrentUser user) {
            return separateAnswers && !facilitatedBy(user);
        }
    }

    private static final String CYCLE = """
            select c.id, c.name, c.questionnaire_id, c.council_id, a.name as council_name, c.facilitator_id,
                   u.display_name as facilitator_name, c.separate_answers, c.previous_id, p.name as previous_name, c.created_at,
                   c.survey_open
              from selfassessment_cycle c join user_account u on u.id = c.facilitator_id
              left join agency a on a.id = c.council_id left join selfassessment_cycle p on p.id = c.previous_id""";

    private final JdbcClient jdbc;
    private final CycleHistory history;
    private final Clock clock;

    Cycles(JdbcClient jdbc, CycleHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    Optional<Cycle> find(UUID id) {
        return jdbc.sql(CYCLE + " where c.id = :id").param("id", id).query(Cycle.class).optional();
    }

    /** The cycle, if the person facilitates it or takes part; otherwise refused (403) or not found (404). */
    Cycle visible(UUID id, CurrentUser user) {
        Cycle cycle = find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!cycle.facilitatedBy(user) && !isParticipant(id, user.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return cycle;
    }

    /** The cycle, if the person facilitates it; otherwise refused. */
    Cycle facilitated(UUID id, CurrentUser user) {
        Cycle cycle = visible(id, user);
        SelfAssessmentAccess.require(cycle.facilitatedBy(user));
        return cycle;
    }

    boolean isParticipant(UUID cycle, UUID user) {
        return jdbc.sql("select count(*) > 0 from selfassessment_participant where cycle_id = :c and user_id = :u")
                .param("c", cycle).param("u", user).query(Boolean.class).single();
    }

    /** The cycles a person facilitates or takes part in, newest first. */
    Keyset.Page<Cycle> forPerson(UUID user, Keyset keyset) {
        String sql = CYCLE + """
                \swhere (c.facilitator_id = :u or exists (select 1 from selfassessment_participant sp
                                                          where sp.cycle_id = c.id and sp.user_id = :u))"""
                + keyset.condition("c.created_at", "c.id", true) + keyset.orderBy("c.created_at", "c.id", true)
                + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).param("u", user).query(Cycle.class).list(), Cycle::createdAt,
                Cycle::id);
    }

    /** Earlier cycles the facilitator may start from: their own, latest first. */
    List<Cycle> earlier(UUID facilitator) {
        return jdbc.sql(CYCLE + " where c.facilitator_id = :u order by c.created_at desc, c.id desc limit 20")
                .param("u", facilitator).query(Cycle.class).list();
    }

    UUID create(String name, UUID questionnaire, UUID council, CurrentUser facilitator, boolean separate, UUID previous) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into selfassessment_cycle (id, name, questionnaire_id, council_id, facilitator_id, separate_answers,
                                                  previous_id, created_at)
                values (:id, :name, :q, :council, :f, :separate, :previous, :at)""")
                .param("id", id).param("name", name).param("q", questionnaire).param("council", council)
                .param("f", facilitator.id()).param("separate", separate).param("previous", previous)
                .param("at", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into selfassessment_participant (cycle_id, user_id, agency_id, wants_copy)
                values (:c, :u, :a, false)""").param("c", id).param("u", facilitator.id())
                .param("a", facilitator.agencyId()).update();
        if (previous != null) {
            carryForward(previous, id, facilitator.displayName(), now);
        }
        history.change(id, "Cycle started" + (previous == null ? "" : " from the last cycle"), null, name,
                facilitator.displayName());
        return id;
    }

    /** The last cycle's answers, evidence and unfinished actions become the new cycle's starting point. */
    private void carryForward(UUID from, UUID to, String byName, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                insert into selfassessment_answer (cycle_id, question_key, grade, rationale, note, updated_by_name, updated_at)
                select :to, question_key, coalesce(moderated_grade, grade), rationale, note, :by, :at
                  from selfassessment_answer where cycle_id = :from""")
                .param("to", to).param("from", from).param("by", byName).param("at", at).update();
        jdbc.sql("""
                insert into selfassessment_evidence (id, cycle_id, question_key, kind, label, value, attached_by_name,
                                                     attached_at, carried_from, document_id)
                select gen_random_uuid(), :to, question_key, kind, label, value, attached_by_name, attached_at, id,
                       document_id
                  from selfassessment_evidence where cycle_id = :from""")
                .param("to", to).param("from", from).update();
        jdbc.sql("""
                insert into selfassessment_action (id, cycle_id, area_key, question_key, text, owner, due_on, status,
                                                   created_by_name, created_at, carried_from)
                select gen_random_uuid(), :to, area_key, question_key, text, owner, due_on, status, created_by_name,
                       created_at, id
                  from selfassessment_action where cycle_id = :from and status <> 'DONE'""")
                .param("to", to).param("from", from).update();
    }
}
