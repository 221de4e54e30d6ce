package org.homeward.supervision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's trusted workers, each from the day the child chose them until the next. A change is a
 * trusted worker named while another was in place: naming the first is not a change of relationship.
 */
@Component
class TrustedWorkers {

    public record Appointment(UUID id, UUID userId, String personName, String personRole, String agency,
                              LocalDate startsOn, String childView, String reason, String recordedBy,
                              Instant recordedAt) {
        public String who() {
            return personName + ", " + personRole + ", " + agency;
        }
    }

    /** One child's line in the continuity report. */
    public record Continuity(UUID childId, String childName, String personName, String personRole, String agency,
                             LocalDate startsOn, int changes) {
    }

    record Person(String name, String agency) {
    }

    private static final String ORDER = "starts_on desc, recorded_at desc";

    private final JdbcClient jdbc;

    TrustedWorkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID childId, UUID userId, String name, String role, String agency, LocalDate startsOn, String childView,
             String reason, UUID by, Instant now) {
        jdbc.sql("""
                insert into trusted_worker (id, child_id, user_id, person_name, person_role, agency, starts_on,
                       child_view, reason, recorded_by, recorded_at)
                values (:id, :child, :user, :name, :role, :agency, :starts, :view, :reason, :by, :now)""")
                .param("id", UUID.randomUUID()).param("child", childId).param("user", userId).param("name", name)
                .param("role", role).param("agency", agency).param("starts", startsOn).param("view", childView)
                .param("reason", reason).param("by", by).param("now", Timestamp.from(now)).update();
    }

    /** Latest first. */
    List<Appointment> history(UUID childId) {
        return jdbc.sql("""
                select t.id, t.user_id, t.person_name, t.person_role, t.agency, t.starts_on, t.child_view, t.reason,
                       u.display_name as recorded_by, t.recorded_at
                  from trusted_worker t join user_account u on u.id = t.recorded_by
                 where t.child_id = :c order by t.""" + ORDER)
                .param("c", childId).query(Appointment.class).list();
    }

    Optional<Appointment> current(UUID childId) {
        return history(childId).stream().findFirst();
    }

    /** Changes of trusted worker dated from {@code from} to {@code to}, both days included. */
    int changes(UUID childId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from (
                    select starts_on, row_number() over (order by starts_on, recorded_at) as n
                      from trusted_worker where child_id = :c) t
                 where t.n > 1 and t.starts_on between :from and :to""")
                .param("c", childId).param("from", from).param("to", to).query(Integer.class).single();
    }

    /** Every child with a trusted worker named, most changes first. */
    List<Continuity> continuity(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with ordered as (
                    select t.*, row_number() over (partition by child_id order by starts_on, recorded_at) as n,
                           row_number() over (partition by child_id order by starts_on desc, recorded_at desc) as latest
                      from trusted_worker t)
                select o.child_id, c.given_names || ' ' || c.family_name as child_name,
                       max(o.person_name) filter (where o.latest = 1) as person_name,
                       max(o.person_role) filter (where o.latest = 1) as person_role,
                       max(o.agency) filter (where o.latest = 1) as agency,
                       max(o.starts_on) filter (where o.latest = 1) as starts_on,
                       count(*) filter (where o.n > 1 and o.starts_on between :from and :to) as changes
                  from ordered o join child c on c.id = o.child_id
                 group by o.child_id, c.given_names, c.family_name
                 order by changes desc, c.family_name, c.given_names""")
                .param("from", from).param("to", to).query(Continuity.class).list();
    }

    /** A Homeward user's name and agency, as they are recorded when the child chooses them. */
    Optional<Person> person(UUID userId) {
        return jdbc.sql("""
                select u.display_name as name, a.name as agency
                  from user_account u join agency a on a.id = u.agency_id where u.id = :id""")
                .param("id", userId).query(Person.class).optional();
    }
}
