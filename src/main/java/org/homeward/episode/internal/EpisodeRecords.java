package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The episode tables: episodes, their grading and change history, safe-and-well checks. */
@Repository
class EpisodeRecords {

    record Grading(UUID id, String classification, String riskLevel, String rationale, Instant gradedAt,
                   String gradedByName, String assessorRank) {
    }

    /** Information a grading rests on: who supplied what, their contact, when it was obtained. */
    record Source(UUID gradingId, String supplier, String contact, String information, Instant obtainedAt) {
    }

    record Change(Instant occurredAt, Instant changedAt, String changedByName, String kind, String summary,
                  String reason) {

        public boolean recordedLater() {
            return changedAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                    .isAfter(occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        }
    }

    /**
     * When a step happened: the report at last seen and the return at the time found, as they stand now
     * (amended times included); any other step when its row says, or when it was recorded.
     */
    static final String OCCURRED_AT = """
            case c.kind when 'REPORTED' then e.last_seen_at
                        when 'LOCATED' then coalesce(e.located_at, c.occurred_at, c.changed_at)
                        else coalesce(c.occurred_at, c.changed_at) end""";

    record Check(UUID id, Instant heldAt, String officer, String method, String disclosures, String harm,
                 String immediateActions, String referrals, Instant recordedAt, boolean significantHarm) {
    }

    record Share(UUID checkId, Instant sharedAt, String sharedWith, String method) {
    }

    private final JdbcClient jdbc;

    EpisodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    Optional<Episode> find(UUID id) {
        return jdbc.sql("select * from episode where id = :id").param("id", id).query(Episode.class).optional();
    }

    List<Episode> forChild(UUID childId) {
        return jdbc.sql("select * from episode where child_id = :c order by last_seen_at desc")
                .param("c", childId).query(Episode.class).list();
    }

    /** Another episode of the child whose time overlaps [from, to); an open one runs on for ever. */
    Optional<Episode> overlapping(UUID childId, Instant from, Instant to, UUID except) {
        return jdbc.sql("""
                select * from episode
                 where child_id = :c and id <> :except
                   and tstzrange(last_seen_at, coalesce(located_at, 'infinity'::timestamptz), '[)')
                       && tstzrange(:from, coalesce(:to, 'infinity'::timestamptz), '[)')
                 order by last_seen_at limit 1""")
                .param("c", childId).param("except", except == null ? new UUID(0, 0) : except)
                .param("from", ts(from)).param("to", ts(to))
                .query(Episode.class).optional();
    }

    /** The child whose episode already carries this police reference, if another episode does. */
    Optional<UUID> referenceHolder(String reference, UUID except) {
        return jdbc.sql("""
                select child_id from episode where upper(police_reference) = upper(:r) and id <> :except limit 1""")
                .param("r", reference).param("except", except == null ? new UUID(0, 0) : except)
                .query(UUID.class).optional();
    }

    void insert(Episode e) {
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, placement_id, last_seen_at, last_seen_place,
                    clothing, with_whom, circumstances, reported_to_police_at, reported_by, police_force_id,
                    police_reference, council_notified_at, retrospective, located_at, located_where, located_by,
                    return_method, harm_while_missing, created_at, created_by, updated_at, version)
                values (:id, :child, :category, :missingFrom, :placement, :lastSeen, :place, :clothing, :withWhom,
                    :circumstances, :reported, :reportedBy, :force, :reference, :council, :retro, :located, :where,
                    :locatedBy, :method, :harm, :now, :by, :now, 0)""")
                .param("id", e.id()).param("child", e.childId()).param("category", e.category())
                .param("missingFrom", e.missingFrom()).param("placement", e.placementId())
                .param("lastSeen", ts(e.lastSeenAt())).param("place", e.lastSeenPlace())
                .param("clothing", e.clothing()).param("withWhom", e.withWhom())
                .param("circumstances", e.circumstances()).param("reported", ts(e.reportedToPoliceAt()))
                .param("reportedBy", e.reportedBy()).param("force", e.policeForceId())
                .param("reference", e.policeReference()).param("council", ts(e.councilNotifiedAt()))
                .param("retro", e.retrospective()).param("located", ts(e.locatedAt()))
                .param("where", e.locatedWhere()).param("locatedBy", e.locatedBy()).param("method", e.returnMethod())
                .param("harm", e.harmWhileMissing())
                .param("now", ts(e.createdAt())).param("by", e.createdBy())
                .update();
    }

    /** @return false when someone else saved the episode since {@code e.version()} was read */
    boolean updateDetails(Episode e, Instant now) {
        return jdbc.sql("""
                update episode set category = :category, missing_from = :missingFrom, placement_id = :placement,
                    last_seen_at = :lastSeen, last_seen_place = :place, clothing = :clothing, with_whom = :withWhom,
                    circumstances = :circumstances, reported_to_police_at = :reported, reported_by = :reportedBy,
                    police_force_id = :force, police_reference = :reference, council_notified_at = :council,
                    located_at = :located, located_where = :where, located_by = :locatedBy,
                    return_method = :method, harm_while_missing = :harm,
                    updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("id", e.id()).param("version", e.version()).param("category", e.category())
                .param("missingFrom", e.missingFrom()).param("placement", e.placementId())
                .param("lastSeen", ts(e.lastSeenAt())).param("place", e.lastSeenPlace())
                .param("clothing", e.clothing()).param("withWhom", e.withWhom())
                .param("circumstances", e.circumstances()).param("reported", ts(e.reportedToPoliceAt()))
                .param("reportedBy", e.reportedBy()).param("force", e.policeForceId())
                .param("reference", e.policeReference()).param("council", ts(e.councilNotifiedAt()))
                .param("located", ts(e.locatedAt())).param("where", e.locatedWhere())
                .param("locatedBy", e.locatedBy()).param("method", e.returnMethod())
                .param("harm", e.harmWhileMissing()).param("now", ts(now))
                .update() == 1;
    }

    boolean close(UUID id, long version, Instant at, String note) {
        return jdbc.sql("""
                update episode set closed_at = :at, closure_note = :note, updated_at = :at, version = version + 1
                 where id = :id and version = :version and closed_at is null and located_at is not null""")
                .param("id", id).param("version", version).param("at", ts(at)).param("note", note).update() == 1;
    }

    /** Someone asked to close the episode, with this note, while something still held it open. */
    record CloseRequest(Instant at, String byName, String note) {
    }

    void requestClose(UUID id, String note, Instant at, CurrentUser by) {
        jdbc.sql("""
                update episode set close_requested_at = :at, close_requested_by = :by, close_requested_by_name = :name,
                                   close_requested_note = :note
                 where id = :id and closed_at is null""")
                .param("id", id).param("at", ts(at)).param("by", by.id()).param("name", by.displayName())
                .param("note", note).update();
    }

    record PoliceClosure(Instant closedAt, String note, String recordedName, Instant recordedAt) {
    }

    Optional<PoliceClosure> policeClosure(UUID episodeId) {
        return jdbc.sql("select closed_at, note, recorded_name, recorded_at from episode_police_closure where episode_id = :e")
                .param("e", episodeId).query(PoliceClosure.class).optional();
    }

    /** Once per episode: a second attempt writes nothing and answers false. */
    boolean recordPoliceClosure(UUID episodeId, Instant closedAt, String note, Instant now, CurrentUser by) {
        return jdbc.sql("""
                insert into episode_police_closure (episode_id, closed_at, note, recorded_by, recorded_name, recorded_at)
                values (:e, :at, :note, :by, :name, :now) on conflict (episode_id) do nothing""")
                .param("e", episodeId).param("at", ts(closedAt)).param("note", note).param("by", by.id())
                .param("name", by.displayName()).param("now", ts(now)).update() == 1;
    }

    Optional<CloseRequest> closeRequest(UUID id) {
        return jdbc.sql("""
                select close_requested_at as at, close_requested_by_name as by_name, close_requested_note as note from episode
                 where id = :id and closed_at is null and close_requested_at is not null""")
                .param("id", id).query(CloseRequest.class).optional();
    }

    List<Grading> gradings(UUID episodeId) {
        return jdbc.sql("""
                select id, classification, risk_level, rationale, graded_at, graded_by_name, assessor_rank
                  from episode_grading where episode_id = :e order by graded_at desc, id""")
                .param("e", episodeId).query(Grading.class).list();
    }

    UUID addGrading(UUID episodeId, String classification, String risk, String rationale, String assessorRank,
                    Instant at, CurrentUser by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at,
                                             graded_by, graded_by_name, assessor_rank)
                values (:id, :e, :c, :r, :why, :at, :by, :name, :rank)""")
                .param("id", id).param("e", episodeId).param("c", classification).param("r", risk)
                .param("why", rationale).param("at", ts(at)).param("by", by.id()).param("name", by.displayName())
                .param("rank", assessorRank)
                .update();
        return id;
    }

    void addSources(UUID gradingId, List<Source> sources) {
        for (int n = 0; n < sources.size(); n++) {
            Source s = sources.get(n);
            jdbc.sql("""
                    insert into episode_grading_source (id, grading_id, position, supplier, contact, information, obtained_at)
                    values (:id, :g, :n, :supplier, :contact, :information, :at)""")
                    .param("id", UUID.randomUUID()).param("g", gradingId).param("n", n).param("supplier", s.supplier())
                    .param("contact", s.contact()).param("information", s.information()).param("at", ts(s.obtainedAt()))
                    .update();
        }
    }

    /** The sources of every grading of the episode, in the order they were given. */
    List<Source> sources(UUID episodeId) {
        return jdbc.sql("""
                select s.grading_id, s.supplier, s.contact, s.information, s.obtained_at
                  from episode_grading_source s join episode_grading g on g.id = s.grading_id
                 where g.episode_id = :e order by s.grading_id, s.position""")
                .param("e", episodeId).query(Source.class).list();
    }

    void addChange(UUID episodeId, String kind, String summary, String reason, Instant at, CurrentUser by) {
        addChange(episodeId, kind, summary, reason, at, at, by);
    }

    /** A step recorded at {@code at} about something that happened at {@code occurredAt}. */
    void addChange(UUID episodeId, String kind, String summary, String reason, Instant occurredAt, Instant at,
                   CurrentUser by) {
        jdbc.sql("""
                insert into episode_change (episode_id, changed_at, occurred_at, changed_by, changed_by_name, kind,
                                            summary, reason)
                values (:e, :at, :occurred, :by, :name, :kind, :summary, :reason)""")
                .param("e", episodeId).param("at", ts(at)).param("occurred", ts(occurredAt))
                .param("by", by.id()).param("name", by.displayName())
                .param("kind", kind).param("summary", summary).param("reason", reason)
                .update();
    }

    List<Change> changes(UUID episodeId) {
        return jdbc.sql("select " + OCCURRED_AT + """
                        as occurred_at, c.changed_at, c.changed_by_name, c.kind, c.summary, c.reason
                  from episode_change c join episode e on e.id = c.episode_id
                 where c.episode_id = :e order by occurred_at, c.changed_at, c.id""")
                .param("e", episodeId).query(Change.class).list();
    }

    List<Check> checks(UUID episodeId) {
        return jdbc.sql("""
                select id, held_at, officer, method, disclosures, harm, immediate_actions, referrals, recorded_at,
                       significant_harm
                  from safe_and_well_check where episode_id = :e order by held_at""")
                .param("e", episodeId).query(Check.class).list();
    }

    void addCheck(UUID episodeId, Check c, CurrentUser by) {
        jdbc.sql("""
                insert into safe_and_well_check (id, episode_id, held_at, officer, method, disclosures, harm,
                                                 immediate_actions, referrals, recorded_at, recorded_by, significant_harm)
                values (:id, :e, :held, :officer, :method, :disclosures, :harm, :actions, :referrals, :at, :by, :sh)""")
                .param("id", c.id()).param("e", episodeId).param("held", ts(c.heldAt())).param("officer", c.officer())
                .param("method", c.method()).param("disclosures", c.disclosures()).param("harm", c.harm())
                .param("actions", c.immediateActions()).param("referrals", c.referrals())
                .param("at", ts(c.recordedAt())).param("by", by.id()).param("sh", c.significantHarm())
                .update();
    }

    List<Share> shares(UUID episodeId) {
        return jdbc.sql("""
                select s.check_id, s.shared_at, s.shared_with, s.method from safe_and_well_share s
                  join safe_and_well_check c on c.id = s.check_id where c.episode_id = :e order by s.shared_at""")
                .param("e", episodeId).query(Share.class).list();
    }

    UUID addShare(UUID checkId, Instant at, String with, String method, CurrentUser by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into safe_and_well_share (id, check_id, shared_at, shared_with, method, recorded_by)
                values (:id, :c, :at, :with, :method, :by)""")
                .param("id", id).param("c", checkId).param("at", ts(at)).param("with", with)
                .param("method", method).param("by", by.id())
                .update();
        return id;
    }
}
