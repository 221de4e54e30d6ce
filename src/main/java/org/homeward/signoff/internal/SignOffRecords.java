package org.homeward.signoff.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SignOffRecords {

    private static final String SELECT = """
            select s.id, s.point, s.subject_id, s.child_id, c.given_names || ' ' || c.family_name as child_name, s.href,
                   s.summary, s.work_by, u.display_name as work_by_name, s.raised_at, s.due_at, s.signed_at,
                   s.signed_by_name, s.comment
              from sign_off s join child c on c.id = s.child_id left join user_account u on u.id = s.work_by""";

    private final JdbcClient jdbc;

    SignOffRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the sign-off once; raising it again for the same point and subject does nothing. */
    void raise(String point, UUID subjectId, UUID childId, String href, String summary, UUID workBy, Instant now,
               Instant due) {
        jdbc.sql("""
                insert into sign_off (id, point, subject_id, child_id, href, summary, work_by, raised_at, due_at)
                values (:id, :point, :subject, :child, :href, :summary, :workBy, :now, :due)
                on conflict (point, subject_id) do nothing""")
                .param("id", UUID.randomUUID()).param("point", point).param("subject", subjectId)
                .param("child", childId).param("href", href).param("summary", summary).param("workBy", workBy)
                .param("now", Timestamp.from(now)).param("due", Timestamp.from(due))
                .update();
    }

    Optional<SignOff> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SignOff.class).optional();
    }

    Optional<SignOff> find(String point, UUID subjectId) {
        return jdbc.sql(SELECT + " where s.point = :p and s.subject_id = :s").param("p", point).param("s", subjectId)
                .query(SignOff.class).optional();
    }

    List<SignOff> awaited() {
        return jdbc.sql(SELECT + " where s.signed_at is null order by s.due_at, s.raised_at").query(SignOff.class).list();
    }

    List<SignOff> recentlySigned(int limit) {
        return jdbc.sql(SELECT + " where s.signed_at is not null order by s.signed_at desc limit :n")
                .param("n", limit).query(SignOff.class).list();
    }

    List<SignOff> forChild(UUID childId) {
        return jdbc.sql(SELECT + " where s.child_id = :c order by s.raised_at").param("c", childId)
                .query(SignOff.class).list();
    }

    /** Signs it if still awaited; false when someone signed it first. */
    boolean sign(UUID id, UUID by, String byName, String comment, Instant at) {
        return jdbc.sql("""
                update sign_off set signed_at = :at, signed_by = :by, signed_by_name = :name, comment = :comment
                 where id = :id and signed_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("name", byName).param("comment", comment)
                .param("id", id)
                .update() == 1;
    }
}
