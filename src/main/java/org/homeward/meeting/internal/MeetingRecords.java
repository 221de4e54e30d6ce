package org.homeward.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.InvolvedWith;
import org.homeward.platform.web.ActionRows;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes meeting requests, requirements, meetings and their actions. */
@Component
class MeetingRecords {

    /**
     * The last meeting, or the last decision not to convene one if later: it answered everything
     * recorded before its minutes (or the decision) were.
     */
    record Held(UUID id, Instant recordedAt, Set<UUID> associatesConsidered) {
    }

    /** A manager's decision not to convene the meeting the criteria called for. */
    public record NotConvened(UUID id, List<String> criteria, Instant decidedAt, String decidedBy, String reason) {
    }

    record Request(String kind, String reason, String requestedBy, Instant requestedAt) {
    }

    public record Requirement(UUID id, UUID childId, String childName, List<String> criteria, List<String> details,
                              Instant raisedAt, Instant updatedAt) {
    }

    public record Meeting(UUID id, UUID childId, Instant heldAt, String chair, List<String> criteria, String attendees,
                          String apologies, String historySummary, String rhiFindings, String exploitationScore,
                          String childView, String childViewNotGiven, String riskAnalysis, String decisions,
                          boolean triggerPlanNeeded, LocalDate reviewOn, String distribution, String recordedBy,
                          Instant recordedAt) {
    }

    public record Action(UUID id, String action, UUID ownerId, String ownerName, LocalDate dueOn, Instant doneAt) {
    }

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Held> lastMeeting(UUID childId) {
        return jdbc.sql("""
                select id, recorded_at, associates_considered from missing_meeting where child_id = :c
                union all
                select id, withdrawn_at, not_convened_associates from meeting_requirement
                 where child_id = :c and not_convened_by is not null
                 order by recorded_at desc limit 1""")
                .param("c", childId)
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getTimestamp("recorded_at").toInstant(),
                        Set.of((UUID[]) rs.getArray("associates_considered").getArray()))).optional();
    }

    List<Request> requestsSince(UUID childId, Instant since) {
        return jdbc.sql("""
                select r.kind, r.reason, u.display_name as requested_by, r.requested_at
                  from meeting_request r join user_account u on u.id = r.requested_by
                 where r.child_id = :c and r.requested_at > :since order by r.requested_at""")
                .param("c", childId).param("since", ts(since)).query(Request.class).list();
    }

    void addRequest(UUID childId, String kind, String reason, UUID by, Instant now) {
        jdbc.sql("""
                insert into meeting_request (id, child_id, kind, reason, requested_by, requested_at)
                values (:id, :c, :kind, :reason, :by, :now)""")
                .param("id", UUID.randomUUID()).param("c", childId).param("kind", kind).param("reason", reason)
                .param("by", by).param("now", ts(now)).update();
    }

    /** Raises "meeting required", or brings the open one up to date; true when newly raised. */
    boolean raise(UUID childId, List<String> criteria, List<String> details, Instant now) {
        int updated = jdbc.sql("""
                update meeting_requirement set criteria = :criteria, details = :details, updated_at = :now
                 where child_id = :c and met_by is null and withdrawn_at is null""")
                .param("c", childId).param("criteria", criteria.toArray(String[]::new))
                .param("details", details.toArray(String[]::new)).param("now", ts(now)).update();
        if (updated > 0) {
            return false;
        }
        return jdbc.sql("""
                insert into meeting_requirement (id, child_id, criteria, details, raised_at, updated_at)
                values (:id, :c, :criteria, :details, :now, :now)
                on conflict (child_id) where met_by is null and withdrawn_at is null do nothing""")
                .param("id", UUID.randomUUID()).param("c", childId).param("criteria", criteria.toArray(String[]::new))
                .param("details", details.toArray(String[]::new)).param("now", ts(now)).update() == 1;
    }

    /** Holds the child's meeting requirement for this transaction against another evaluation of the same child. */
    void lockChild(UUID childId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('meeting_requirement:' || :c, 0))")
                .param("c", childId.toString()).query(Object.class).single();
    }

    /** No criterion is met any longer: the open requirement, if any, is withdrawn. */
    void withdraw(UUID childId, Instant now) {
        jdbc.sql("""
                update meeting_requirement set withdrawn_at = :now
                 where child_id = :c and met_by is null and withdrawn_at is null""")
                .param("c", childId).param("now", ts(now)).update();
    }

    /** Records the decision on the open requirement; false when there is none open (met or withdrawn meanwhile). */
    boolean notConvened(UUID requirementId, String reason, Set<UUID> associatesConsidered, UUID by, Instant now) {
        return jdbc.sql("""
                update meeting_requirement set withdrawn_at = :now, not_convened_by = :by, not_convened_reason = :reason,
                       not_convened_associates = :associates
                 where id = :id and met_by is null and withdrawn_at is null""")
                .param("id", requirementId).param("now", ts(now)).param("by", by).param("reason", reason)
                .param("associates", associatesConsidered.toArray(UUID[]::new)).update() == 1;
    }

    List<NotConvened> notConvened(UUID childId) {
        return jdbc.sql("""
                select r.id, r.criteria, r.withdrawn_at as decided_at, u.display_name as decided_by,
                       r.not_convened_reason as reason
                  from meeting_requirement r join user_account u on u.id = r.not_convened_by
                 where r.child_id = :c order by r.withdrawn_at desc""")
                .param("c", childId).query((rs, n) -> new NotConvened(rs.getObject("id", UUID.class),
                        List.of((String[]) rs.getArray("criteria").getArray()), rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decided_by"), rs.getString("reason"))).list();
    }

    private static final String REQUIREMENT = """
            select r.id, r.child_id, c.given_names || ' ' || c.family_name as child_name, r.criteria, r.details,
                   r.raised_at, r.updated_at
              from meeting_requirement r join child c on c.id = r.child_id
            """;

    Optional<Requirement> openRequirement(UUID childId) {
        return jdbc.sql(REQUIREMENT + " where r.child_id = :c and r.met_by is null and r.withdrawn_at is null").param("c", childId)
                .query(this::requirement).optional();
    }

    /** The child's meeting as the rules see it: what calls for one now, if anything. */
    MissingManagementMeeting meetingFor(UUID childId) {
        return new MissingManagementMeeting(childId, openRequirement(childId).orElse(null));
    }

    /** One page of the open requirements of the children the person is involved with, longest waiting first. */
    Keyset.Page<Requirement> openRequirements(InvolvedWith involved,
                                                                       Keyset keyset) {
        String sql = REQUIREMENT + " where r.met_by is null and r.withdrawn_at is null and "
                + involved.namedSql("r.child_id") + keyset.condition("r.raised_at", "r.id", false)
                + keyset.orderBy("r.raised_at", "r.id", false) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).params(involved.namedParams()).query(this::requirement).list(),
                Requirement::raisedAt, Requirement::id);
    }

    private Requirement requirement(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Requirement(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("child_name"), List.of((String[]) rs.getArray("criteria").getArray()),
                List.of((String[]) rs.getArray("details").getArray()), rs.getTimestamp("raised_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    void save(UUID id, UUID childId, Meeting m, Set<UUID> associatesConsidered, List<ActionRows.Action> actions,
              UUID by, Instant now) {
        jdbc.sql("""
                insert into missing_meeting (id, child_id, requirement_id, held_at, chair, criteria, attendees, apologies,
                       history_summary, rhi_findings, exploitation_score, child_view, child_view_not_given,
                       risk_analysis, decisions, trigger_plan_needed, review_on, distribution, associates_considered,
                       recorded_by, recorded_at)
                values (:id, :c, (select id from meeting_requirement where child_id = :c and met_by is null
                                         and withdrawn_at is null), :heldAt,
                        :chair, :criteria, :attendees, :apologies, :history, :rhi, :exploitation, :childView,
                        :notGiven, :risk, :decisions, :trigger, :review, :distribution, :associates, :by, :now)""")
                .param("id", id).param("c", childId).param("heldAt", ts(m.heldAt())).param("chair", m.chair())
                .param("criteria", m.criteria().toArray(String[]::new)).param("attendees", m.attendees())
                .param("apologies", m.apologies()).param("history", m.historySummary()).param("rhi", m.rhiFindings())
                .param("exploitation", m.exploitationScore()).param("childView", m.childView())
                .param("notGiven", m.childViewNotGiven()).param("risk", m.riskAnalysis())
                .param("decisions", m.decisions()).param("trigger", m.triggerPlanNeeded()).param("review", m.reviewOn())
                .param("distribution", m.distribution())
                .param("associates", associatesConsidered.toArray(UUID[]::new)).param("by", by).param("now", ts(now))
                .update();
        jdbc.sql("""
                update meeting_requirement set met_by = :m, met_at = :now
                 where child_id = :c and met_by is null and withdrawn_at is null""")
                .param("m", id).param("now", ts(now)).param("c", childId).update();
        int position = 1;
        for (ActionRows.Action a : actions) {
            jdbc.sql("""
                    insert into meeting_action (id, meeting_id, position, action, owner_id, due_on)
                    values (:id, :m, :p, :a, :owner, :due)""")
                    .param("id", UUID.randomUUID()).param("m", id).param("p", position++).param("a", a.action())
                    .param("owner", a.ownerId()).param("due", a.dueOn()).update();
        }
    }

    private static final String MEETING = """
            select m.id, m.child_id, m.held_at, m.chair, m.criteria, m.attendees, m.apologies, m.history_summary,
                   m.rhi_findings, m.exploitation_score, m.child_view, m.child_view_not_given, m.risk_analysis,
                   m.decisions, m.trigger_plan_needed, m.review_on, m.distribution, u.display_name as recorded_by,
                   m.recorded_at
              from missing_meeting m join user_account u on u.id = m.recorded_by
            """;

    Optional<Meeting> find(UUID id) {
        return jdbc.sql(MEETING + " where m.id = :id").param("id", id).query(this::meeting).optional();
    }

    List<Meeting> forChild(UUID childId) {
        return jdbc.sql(MEETING + " where m.child_id = :c order by m.held_at desc").param("c", childId)
                .query(this::meeting).list();
    }

    private Meeting meeting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getTimestamp("held_at").toInstant(), rs.getString("chair"),
                List.of((String[]) rs.getArray("criteria").getArray()), rs.getString("attendees"),
                rs.getString("apologies"), rs.getString("history_summary"), rs.getString("rhi_findings"),
                rs.getString("exploitation_score"), rs.getString("child_view"), rs.getString("child_view_not_given"),
                rs.getString("risk_analysis"), rs.getString("decisions"), rs.getBoolean("trigger_plan_needed"),
                rs.getObject("review_on", LocalDate.class), rs.getString("distribution"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    List<Action> actions(UUID meetingId) {
        return jdbc.sql("""
                select a.id, a.action, a.owner_id, u.display_name as owner_name, a.due_on, a.done_at
                  from meeting_action a join user_account u on u.id = a.owner_id
                 where a.meeting_id = :m order by a.position""")
                .param("m", meetingId).query(Action.class).list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
