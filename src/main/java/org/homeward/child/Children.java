package org.homeward.child;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask about children. */
@Component
public class Children {

    private final JdbcClient jdbc;

    Children(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's name and date of birth, if there is such a child. */
    public java.util.Optional<ChildSummary> summary(UUID id) {
        return summaries(List.of(id)).stream().findFirst();
    }

    /** What the record says of the child's identity, if there is such a child. */
    public java.util.Optional<ChildDiversity> diversity(UUID id) {
        return jdbc.sql("""
                select id, date_of_birth, sex, gender_identity, ethnicity, first_language, interpreter_needed,
                       disability, religion, sexual_orientation, legal_status
                  from child where id = :id""").param("id", id).query(ChildDiversity.class).optional();
    }

    /** The other names the child is known by (aliases), in the order recorded. */
    public List<String> otherNames(UUID id) {
        return jdbc.sql("select name from child_alias where child_id = :id order by position")
                .param("id", id).query(String.class).list();
    }

    /** The local authority responsible for the child, if recorded. */
    public java.util.Optional<UUID> responsibleAuthority(UUID id) {
        return jdbc.sql("select responsible_authority_id from child where id = :id and responsible_authority_id is not null")
                .param("id", id).query(UUID.class).optional();
    }

    /** A young person whose legal status is care leaver: episodes may be recorded past 18 (DOMAIN.md CR-12). */
    public boolean careLeaver(UUID id) {
        return jdbc.sql("select count(*) from child where id = :id and legal_status = 'CARE_LEAVER'")
                .param("id", id).query(Long.class).single() > 0;
    }

    /** The child's allocated social worker, who owns the child's plan; empty when none is allocated. */
    public java.util.Optional<UUID> allocatedWorker(UUID id) {
        return jdbc.sql("select allocated_worker_id from child where id = :id and allocated_worker_id is not null")
                .param("id", id).query(UUID.class).optional();
    }

    /** The Independent Reviewing Officer of a looked-after child; empty when none is named. */
    public java.util.Optional<UUID> iro(UUID id) {
        return jdbc.sql("select iro_id from child where id = :id and iro_id is not null")
                .param("id", id).query(UUID.class).optional();
    }

    /**
     * The team answering for the child when no worker is allocated: the allocated team, else the
     * first team with a team manager in the responsible authority, else in any local authority.
     */
    public java.util.Optional<UUID> responsibleTeam(UUID id) {
        return jdbc.sql("""
                select coalesce(c.allocated_team_id,
                       (select t.id from team t join agency a on a.id = t.agency_id
                         where exists (select 1 from user_account u join user_role r on r.user_id = u.id
                                        where u.team_id = t.id and u.enabled and r.role = 'TEAM_MANAGER')
                           and (t.agency_id = c.responsible_authority_id or a.kind = 'LOCAL_AUTHORITY')
                         order by coalesce(t.agency_id = c.responsible_authority_id, false) desc, a.name, t.name limit 1))
                  from child c where c.id = :id""")
                .param("id", id).query(UUID.class).optional();
    }

    /** Names and dates of birth for the given children, in the order given. */
    public List<ChildSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ChildSummary> found = jdbc.sql("""
                select id, given_names || ' ' || family_name as name, date_of_birth,
                       legal_status like 'LAC\\_%' as looked_after
                  from child where id = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query(ChildSummary.class).list().stream()
                .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }
}
