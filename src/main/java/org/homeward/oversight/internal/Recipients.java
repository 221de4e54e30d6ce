package org.homeward.oversight.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who an escalation goes to: the owner's team managers, or the named senior managers of the owner's agency. */
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
        List<UUID> managers = jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'TEAM_MANAGER' and u.team_id = """ + OWNER_TEAM + """
                   and u.id is distinct from (select owner_id from task where id = :task) order by u.id""")
                .param("task", task).query(UUID.class).list();
        return managers.isEmpty() ? seniorManagers(task) : managers;
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
