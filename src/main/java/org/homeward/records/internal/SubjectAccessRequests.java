package org.homeward.records.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subject access requests recorded about a child. */
@Repository
class SubjectAccessRequests {

    public record Request(UUID id, String requesterKind, String requesterName, String authority, LocalDate receivedOn,
                          boolean identityChecked, LocalDate dueOn, String recordedBy, Instant recordedAt,
                          LocalDate respondedOn, String respondedBy) {

        public String requesterLabel() {
            return SubjectAccessForm.kindLabel(requesterKind);
        }

        public boolean responded() {
            return respondedOn != null;
        }

        public boolean overdueOn(LocalDate today) {
            return !responded() && today.isAfter(dueOn);
        }
    }

    private final JdbcClient jdbc;

    SubjectAccessRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID id, UUID childId, String kind, String name, String authority, LocalDate receivedOn,
              LocalDate dueOn, UUID by, Instant at) {
        jdbc.sql("""
                insert into subject_access_request (id, child_id, requester_kind, requester_name, authority,
                       received_on, identity_checked, due_on, recorded_by, recorded_at)
                values (:id, :child, :kind, :name, :authority, :received, true, :due, :by, :at)""")
                .param("id", id).param("child", childId).param("kind", kind).param("name", name)
                .param("authority", authority).param("received", receivedOn).param("due", dueOn)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Records that the response was sent; false when the request is not this child's or was answered already. */
    boolean responded(UUID id, UUID childId, LocalDate on, UUID by) {
        return jdbc.sql("""
                update subject_access_request set responded_on = :on, responded_by = :by
                 where id = :id and child_id = :child and responded_on is null""")
                .param("id", id).param("child", childId).param("on", on).param("by", by).update() == 1;
    }

    /** Latest received first. */
    List<Request> forChild(UUID childId) {
        return jdbc.sql("""
                select r.id, r.requester_kind, r.requester_name, r.authority, r.received_on, r.identity_checked,
                       r.due_on, u.display_name as recorded_by, r.recorded_at, r.responded_on,
                       ru.display_name as responded_by
                  from subject_access_request r join user_account u on u.id = r.recorded_by
                       left join user_account ru on ru.id = r.responded_by
                 where r.child_id = :child order by r.received_on desc, r.recorded_at desc""")
                .param("child", childId).query(Request.class).list();
    }

    /** The requests as the export gives them, oldest first: they are part of the child's record too. */
    List<Map<String, Object>> rowsFor(UUID childId) {
        return jdbc.sql("select * from subject_access_request where child_id = :child order by received_on, recorded_at")
                .param("child", childId).query().listOfRows();
    }
}
