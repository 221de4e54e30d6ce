package org.homeward.oversight.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who an escalation goes to: the owner's team managers or supervisor, the named senior managers of the
 * owner's agency, or the Director of Children's Services and Lead Member of the child's council.
 */
@Component
class Recipients {

    /** The owner's team: the team that owns the task, or the owning person's team. */
    private static final String OWNER_TEAM = """
            (select coalesce(t.owner_team_id, (select ou.team_id from user_account ou where ou.id = t.owner_id))
               from task t where t.id = :task)""";
    private static final String OWNER_AGENCY = """
            (select coalesce((select tm.agency_id from team tm where tm.id = t.owner_team_id),
                             (select ou.agency_id from user_account ou where ou.id = t.owner_id))
               from task t where t.id = :task)""";

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team managers of the owner's team; the senior managers when the team has none. */
    List<UUID> teamManagers(UUID task) {
        List<UUID> managers = ownTeamManagers(task);
        return managers.isEmpty() ? seniorManagers(task) : managers;
    }

    /**
     * Whoever supervises the owner: the owning team's managers; for a team with none, the supervisor
     * on record of the owner or of the team's members (latest supervision first); else the senior managers.
     */
    List<UUID> supervisors(UUID task) {
        List<UUID> managers = ownTeamManagers(task);
        if (!managers.isEmpty()) {
            return managers;
        }
        List<UUID> supervisors = jdbc.sql("""
                select s.supervisor_id from supervision s join user_account u on u.id = s.supervisor_id
                 where u.enabled and s.supervisor_id is distinct from (select owner_id from task where id = :task)
                   and (s.supervisee_id = (select owner_id from task where id = :task)
                        or s.supervisee_id in (select m.id from user_account m where m.team_id = """ + OWNER_TEAM + """
                        ))
                 group by s.supervisor_id order by max(s.held_on) desc, s.supervisor_id""")
                .param("task", task).query(UUID.class).list();
        return supervisors.isEmpty() ? seniorManagers(task) : supervisors;
    }

    private List<UUID> ownTeamManagers(UUID task) {
        return jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'TEAM_MANAGER' and u.team_id = """ + OWNER_TEAM + """
                   and u.id is distinct from (select owner_id from task where id = :task) order by u.id""")
                .param("task", task).query(UUID.class).list();
    }

    /** Those holding the role (DIRECTOR, LEAD_MEMBER) in the owner's agency; everyone holding it when none does. */
    List<UUID> ofRole(UUID task, String role) {
        return orAnyone(jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = :role and u.agency_id = """ + OWNER_AGENCY + " order by u.id")
                .param("task", task).param("role", role).query(UUID.class).list(), role);
    }

    /** Those holding the role in the council responsible for the episode's child; everyone holding it when none does. */
    List<UUID> ofRoleForEpisode(UUID episode, String role) {
        return orAnyone(jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = :role
                   and u.agency_id = (select c.responsible_authority_id from episode e join child c on c.id = e.child_id
                                       where e.id = :e) order by u.id""")
                .param("e", episode).param("role", role).query(UUID.class).list(), role);
    }

    private List<UUID> orAnyone(List<UUID> found, String role) {
        return !found.isEmpty() ? found : jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = :role order by u.id""").param("role", role).query(UUID.class).list();
    }

    /** The named senior managers of the owner's agency; every senior manager when it has none. */
    List<UUID> seniorManagers(UUID task) {
        List<UUID> seniors = jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'SENIOR_MANAGER' and u.agency_id = """ + OWNER_AGENCY + " order by u.id")
                .param("task", task).query(UUID.class).list();
        return seniors.isEmpty() ? jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'SENIOR_MANAGER' order by u.id""").query(UUID.class).list() : seniors;
    }

    /** An unacknowledged handover: whoever handed it over, and the new owner's team managers. */
    List<UUID> forHandover(UUID task, UUID handedOverBy) {
        LinkedHashSet<UUID> people = new LinkedHashSet<>();
        if (handedOverBy != null) {
            people.add(handedOverBy);
        }
        people.addAll(teamManagers(task));
        return new ArrayList<>(people);
    }
}
