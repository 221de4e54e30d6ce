package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.Keyset;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Self-assessment cycles, their participants, answers, evidence, checklists, actions and the history of changes. */
@Component
class Cycles {

    record Cycle(UUID id, String name, UUID questionnaireId, UUID councilId, String councilName, UUID facilitatorId,
                 String facilitatorName, boolean separateAnswers, UUID previousId, String previousName, Instant createdAt,
                 boolean surveyOpen) {
    }

    record Participant(UUID userId, String name, UUID agencyId, String agencyName, boolean wantsCopy, String email) {
    }

    /** The partnership's answer: the self-score (with rationale when agencies answered apart) and the moderated score. */
    record Answer(String questionKey, String grade, String rationale, String note, String moderatedGrade,
                  String moderationReason, String updatedByName, Instant updatedAt) {

        /** The grade that counts: the moderated one where there is one. */
        public String counted() {
            return moderatedGrade != null ? moderatedGrade : grade;
        }
    }

    record AgencyAnswer(String questionKey, UUID agencyId, String agencyName, String grade, String note,
                        String updatedByName, Instant updatedAt) {
    }

    record Evidence(UUID id, String questionKey, String kind, String label, String value, String attachedByName,
                    Instant attachedAt, boolean carried, UUID documentId, String fileName, Integer sizeBytes) {

        /** "policy.pdf, 2.4 MB" for a document; null otherwise. */
        public String document() {
            return documentId == null ? null : fileName + ", " + EvidenceDocuments.size(sizeBytes);
        }

        /** The evidence as one line of text (CSV, email). */
        public String text() {
            return documentId == null ? label + ": " + value : label + ": document " + document();
        }
    }

    record StoredDocument(String fileName, String contentType, byte[] content) {
    }

    record Action(UUID id, UUID cycleId, String areaKey, String questionKey, String text, String owner, LocalDate dueOn,
                  String status, String createdByName, Instant createdAt, boolean carried) {

        public String statusLabel() {
            return switch (status) {
                case "IN_PROGRESS" -> "In progress";
                case "DONE" -> "Done";
                default -> "Open";
            };
        }
    }

    record ChecklistAnswer(String areaKey, String itemKey, String status, String note, String updatedByName,
                           Instant updatedAt) {

        public String statusLabel() {
            return switch (status) {
                case "MET" -> "Met";
                case "PARTLY" -> "Partly met";
                default -> "Not met";
            };
        }
    }

    record Change(long id, String subject, String oldValue, String newValue, String changedByName, Instant changedAt) {
    }

    private static final String CYCLE = """
            select c.id, c.name, c.questionnaire_id, c.council_id, a.name as council_name, c.facilitator_id,
                   u.display_name as facilitator_name, c.separate_answers, c.previous_id, p.name as previous_name, c.created_at,
                   c.survey_open
              from selfassessment_cycle c join user_account u on u.id = c.facilitator_id
              left join agency a on a.id = c.council_id left join selfassessment_cycle p on p.id = c.previous_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Cycles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Cycle> find(UUID id) {
        return jdbc.sql(CYCLE + " where c.id = :id").param("id", id).query(Cycle.class).optional();
    }

    /** The cycle, if the person facilitates it or takes part; otherwise refused (403) or not found (404). */
    Cycle visible(UUID id, CurrentUser user) {
        Cycle cycle = find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!cycle.facilitatorId().equals(user.id()) && !isParticipant(id, user.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return cycle;
    }

    /** The cycle, if the person facilitates it; otherwise refused. */
    Cycle facilitated(UUID id, CurrentUser user) {
        Cycle cycle = visible(id, user);
        SelfAssessmentAccess.require(cycle.facilitatorId().equals(user.id()));
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
        change(id, "Cycle started" + (previous == null ? "" : " from the last cycle"), null, name,
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

    List<Participant> participants(UUID cycle) {
        return jdbc.sql("""
                select p.user_id, u.display_name as name, p.agency_id, a.name as agency_name, p.wants_copy, u.email
                  from selfassessment_participant p join user_account u on u.id = p.user_id join agency a on a.id = p.agency_id
                 where p.cycle_id = :c order by a.name, u.display_name""").param("c", cycle).query(Participant.class).list();
    }

    record Person(UUID id, String displayName, UUID agencyId, boolean hasEmail) {
    }

    /** Someone the facilitator may add: an enabled Homeward user of the chosen agency. */
    record Candidate(UUID id, String displayName, String email) {
    }

    /**
     * Up to {@code limit} people of an agency not yet taking part, by name, those whose name contains {@code name}
     * when given.
     */
    List<Candidate> candidates(UUID cycle, UUID agency, String name, int limit) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email from user_account u
                 where u.agency_id = :a and u.enabled
                   and (cast(:name as text) is null or strpos(lower(u.display_name), lower(cast(:name as text))) > 0)
                   and not exists (select 1 from selfassessment_participant p where p.cycle_id = :c and p.user_id = u.id)
                 order by lower(u.display_name), u.id limit :limit""")
                .param("a", agency).param("c", cycle).param("name", name).param("limit", limit)
                .query(Candidate.class).list();
    }

    /** The people with these ids who are enabled users of the agency. */
    List<Person> people(UUID agency, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, display_name, agency_id, email is not null as has_email from user_account
                 where agency_id = :a and enabled and id in (:ids) order by lower(display_name), id""")
                .param("a", agency).param("ids", ids).query(Person.class).list();
    }

    /** A participant asks for, or declines, a copy of the answers by email. */
    void wantsCopy(UUID cycle, UUID user, String name, boolean wantsCopy) {
        int changed = jdbc.sql("""
                update selfassessment_participant set wants_copy = :w
                 where cycle_id = :c and user_id = :u and wants_copy <> :w""")
                .param("w", wantsCopy).param("c", cycle).param("u", user).update();
        if (changed > 0) {
            change(cycle, "Copy of the answers by email: " + name, wantsCopy ? "No" : "Yes", wantsCopy ? "Yes" : "No", name);
        }
    }

    /** Adds the person, or changes whether they want a copy of the answers. */
    void addParticipant(UUID cycle, Person person, boolean wantsCopy, String byName) {
        jdbc.sql("""
                insert into selfassessment_participant (cycle_id, user_id, agency_id, wants_copy) values (:c, :u, :a, :w)
                on conflict (cycle_id, user_id) do update set wants_copy = excluded.wants_copy""")
                .param("c", cycle).param("u", person.id()).param("a", person.agencyId()).param("w", wantsCopy).update();
        change(cycle, "Participant", null, person.displayName() + (wantsCopy ? ", wants a copy of the answers" : ""), byName);
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
        changed |= changed(cycle, label + ": grade", old == null ? null : old.grade(), next.grade(), byName);
        changed |= changed(cycle, label + ": rationale", old == null ? null : old.rationale(), next.rationale(), byName);
        changed |= changed(cycle, label + ": note", old == null ? null : old.note(), next.note(), byName);
        changed |= changed(cycle, label + ": moderated grade", old == null ? null : old.moderatedGrade(),
                next.moderatedGrade(), byName);
        changed |= changed(cycle, label + ": moderator's reason", old == null ? null : old.moderationReason(),
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
        boolean changed = changed(cycle, label + ": " + agencyName + "'s grade", old == null ? null : old.grade(), grade, byName);
        changed |= changed(cycle, label + ": " + agencyName + "'s note", old == null ? null : old.note(), note, byName);
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

    List<Evidence> evidence(UUID cycle) {
        return jdbc.sql("""
                select e.id, e.question_key, e.kind, e.label, e.value, e.attached_by_name, e.attached_at,
                       e.carried_from is not null as carried, e.document_id, d.file_name, d.size_bytes
                  from selfassessment_evidence e left join selfassessment_document d on d.id = e.document_id
                 where e.cycle_id = :c order by e.attached_at, e.id""")
                .param("c", cycle).query(Evidence.class).list();
    }

    void attach(UUID cycle, String question, String kind, String label, String value, String questionLabel, String byName) {
        jdbc.sql("""
                insert into selfassessment_evidence (id, cycle_id, question_key, kind, label, value, attached_by_name, attached_at)
                values (:id, :c, :q, :kind, :label, :value, :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", cycle).param("q", question).param("kind", kind)
                .param("label", label).param("value", value).param("by", byName)
                .param("at", Timestamp.from(clock.instant())).update();
        change(cycle, questionLabel + ": evidence attached", null, label + ": " + value, byName);
    }

    /** Keeps the document and attaches it to the question, with the upload in the history. */
    void attachDocument(UUID cycle, String question, String label, EvidenceDocuments.Document document,
                        String questionLabel, String byName) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into selfassessment_document (id, cycle_id, file_name, content_type, size_bytes, sha256, content,
                                                     uploaded_by_name, uploaded_at)
                values (:id, :c, :name, :type, :size, :sha, :content, :by, :at)""")
                .param("id", id).param("c", cycle).param("name", document.fileName())
                .param("type", document.contentType()).param("size", document.content().length)
                .param("sha", document.sha256()).param("content", document.content()).param("by", byName)
                .param("at", now).update();
        jdbc.sql("""
                insert into selfassessment_evidence (id, cycle_id, question_key, kind, label, value, attached_by_name,
                                                     attached_at, document_id)
                values (:id, :c, :q, 'DOCUMENT', :label, :value, :by, :at, :doc)""")
                .param("id", UUID.randomUUID()).param("c", cycle).param("q", question).param("label", label)
                .param("value", document.fileName()).param("by", byName).param("at", now).param("doc", id).update();
        change(cycle, questionLabel + ": document uploaded", null, label + ": " + document.fileName() + " ("
                + EvidenceDocuments.size(document.content().length) + ", SHA-256 " + document.sha256() + ")", byName);
    }

    /** A document attached to this cycle's evidence (also one carried forward), with the download in the history. */
    Optional<StoredDocument> download(UUID cycle, UUID evidence, String byName) {
        Optional<StoredDocument> document = jdbc.sql("""
                select d.file_name, d.content_type, d.content
                  from selfassessment_evidence e join selfassessment_document d on d.id = e.document_id
                 where e.cycle_id = :c and e.id = :e""").param("c", cycle).param("e", evidence)
                .query(StoredDocument.class).optional();
        document.ifPresent(d -> change(cycle, "Document downloaded", null, d.fileName(), byName));
        return document;
    }

    List<Action> actions(UUID cycle) {
        return jdbc.sql("""
                select id, cycle_id, area_key, question_key, text, owner, due_on, status, created_by_name, created_at,
                       carried_from is not null as carried
                  from selfassessment_action where cycle_id = :c order by due_on, id""")
                .param("c", cycle).query(Action.class).list();
    }

    Optional<Action> action(UUID id) {
        return jdbc.sql("""
                select id, cycle_id, area_key, question_key, text, owner, due_on, status, created_by_name, created_at,
                       carried_from is not null as carried
                  from selfassessment_action where id = :id""").param("id", id).query(Action.class).optional();
    }

    void addAction(UUID cycle, String area, String question, String text, String owner, LocalDate due, String byName) {
        jdbc.sql("""
                insert into selfassessment_action (id, cycle_id, area_key, question_key, text, owner, due_on, status,
                                                   created_by_name, created_at)
                values (:id, :c, :area, :q, :text, :owner, :due, 'OPEN', :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", cycle).param("area", area).param("q", question)
                .param("text", text).param("owner", owner).param("due", due).param("by", byName)
                .param("at", Timestamp.from(clock.instant())).update();
        change(cycle, "Action added", null, text + " (" + owner + ", due " + due + ")", byName);
    }

    void actionStatus(Action action, String status, String byName) {
        if (action.status().equals(status)) {
            return;
        }
        jdbc.sql("update selfassessment_action set status = :s where id = :id").param("s", status)
                .param("id", action.id()).update();
        change(action.cycleId(), "Action: " + action.text(), action.status(), status, byName);
    }

    Map<String, ChecklistAnswer> checklist(UUID cycle) {
        Map<String, ChecklistAnswer> answers = new HashMap<>();
        jdbc.sql("""
                select area_key, item_key, status, note, updated_by_name, updated_at from selfassessment_checklist_answer
                 where cycle_id = :c""").param("c", cycle).query(ChecklistAnswer.class).list()
                .forEach(a -> answers.put(a.areaKey() + "/" + a.itemKey(), a));
        return answers;
    }

    void saveChecklist(UUID cycle, String area, String item, String status, String note, String label, String byName) {
        ChecklistAnswer old = jdbc.sql("""
                select area_key, item_key, status, note, updated_by_name, updated_at from selfassessment_checklist_answer
                 where cycle_id = :c and area_key = :a and item_key = :i for update""")
                .param("c", cycle).param("a", area).param("i", item).query(ChecklistAnswer.class).optional().orElse(null);
        boolean changed = changed(cycle, label, old == null ? null : old.status(), status, byName);
        changed |= changed(cycle, label + ": note", old == null ? null : old.note(), note, byName);
        if (!changed || status == null) {
            return;
        }
        jdbc.sql("""
                insert into selfassessment_checklist_answer (cycle_id, area_key, item_key, status, note, updated_by_name, updated_at)
                values (:c, :a, :i, :s, :note, :by, :at)
                on conflict (cycle_id, area_key, item_key) do update set status = excluded.status, note = excluded.note,
                    updated_by_name = excluded.updated_by_name, updated_at = excluded.updated_at""")
                .param("c", cycle).param("a", area).param("i", item).param("s", status).param("note", note)
                .param("by", byName).param("at", Timestamp.from(clock.instant())).update();
    }

    void openSurvey(UUID cycle, boolean open, String byName) {
        jdbc.sql("update selfassessment_cycle set survey_open = :o where id = :c").param("o", open).param("c", cycle).update();
        change(cycle, "Practitioner survey", null, open ? "Opened" : "Closed", byName);
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

    Keyset.Page<Change> history(UUID cycle, Keyset keyset) {
        String sql = "select id, subject, old_value, new_value, changed_by_name, changed_at from selfassessment_change"
                + " where cycle_id = :c" + keyset.condition("changed_at", "id", true)
                + keyset.orderBy("changed_at", "id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).param("c", cycle).query(Change.class).list(),
                c -> new Keyset.Position(c.changedAt(), c.id()));
    }

    private boolean changed(UUID cycle, String subject, String old, String next, String byName) {
        if (Objects.equals(old, next)) {
            return false;
        }
        change(cycle, subject, old, next, byName);
        return true;
    }

    void change(UUID cycle, String subject, String old, String next, String byName) {
        jdbc.sql("""
                insert into selfassessment_change (cycle_id, subject, old_value, new_value, changed_by_name, changed_at)
                values (:c, :s, :old, :new, :by, :at)""")
                .param("c", cycle).param("s", subject.length() > 300 ? subject.substring(0, 299) + "…" : subject)
                .param("old", old).param("new", next).param("by", byName).param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
