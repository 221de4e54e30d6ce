package org.homeward.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only answers about agencies, teams and people, for other modules' pages and checks. */
@Component
public class Directory {

    public record Option(UUID id, String name) {
    }

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Option> localAuthorities() {
        return agencies("LOCAL_AUTHORITY");
    }

    public List<Option> policeForces() {
        return agencies("POLICE_FORCE");
    }

    /** The local authorities a police force covers, by name. */
    public List<Option> localAuthoritiesPolicedBy(UUID forceId) {
        return jdbc.sql("""
                select id, name from agency where kind = 'LOCAL_AUTHORITY' and police_force_id = :force order by name""")
                .param("force", forceId).query(Option.class).list();
    }

    /** Care providers (children's homes, fostering agencies) whose carers look after placed children. */
    public List<Option> careProviders() {
        return agencies("CARE_PROVIDER");
    }

    /** Agencies commissioned to hold return home interviews. */
    public List<Option> rhiProviders() {
        return agencies("RHI_PROVIDER");
    }

    /** Every agency of the partnership, by name: the parties an information sharing agreement may have. */
    public List<Option> allAgencies() {
        List<Option> all = new java.util.ArrayList<>();
        for (String kind : List.of("LOCAL_AUTHORITY", "POLICE_FORCE", "HEALTH", "EDUCATION", "RHI_PROVIDER", "CARE_PROVIDER")) {
            all.addAll(agencies(kind));
        }
        all.sort(java.util.Comparator.comparing(Option::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    /** Called when an administrator adds or changes an agency, so that lists and names show it at once. */
    public void agenciesChanged() {
        agencyLists.clear();
        names.clear();
    }

    /** Lists of agencies fill filters on busy pages; like names, they are held for up to a minute. */
    private List<Option> agencies(String kind) {
        CachedList cached = agencyLists.get(kind);
        if (cached == null || System.nanoTime() - cached.readAt() > NAME_MAX_AGE_NANOS) {
            cached = new CachedList(jdbc.sql("select id, name from agency where kind = :kind order by name")
                    .param("kind", kind).query(Option.class).list(), System.nanoTime());
            agencyLists.put(kind, cached);
        }
        return cached.options();
    }

    public List<Option> teams() {
        return jdbc.sql("""
                select t.id, t.name || ' (' || a.name || ')' as name
                  from team t join agency a on a.id = t.agency_id order by a.name, t.name""")
                .query(Option.class).list();
    }

    /** People who can hold a child's case: social workers and team managers. */
    public List<Option> caseHolders() {
        return jdbc.sql("""
                select distinct u.id, u.display_name || ' (' || a.name || ')' as name
                  from user_account u join agency a on a.id = u.agency_id join user_role r on r.user_id = u.id
                 where u.enabled and r.role in ('SOCIAL_WORKER', 'TEAM_MANAGER') order by name""")
                .query(Option.class).list();
    }

    /** Independent Reviewing Officers, who may be named as a looked-after child's IRO. */
    public List<Option> iros() {
        return jdbc.sql("""
                select distinct u.id, u.display_name || ' (' || a.name || ')' as name
                  from user_account u join agency a on a.id = u.agency_id join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'IRO' order by name""")
                .query(Option.class).list();
    }

    /** Social workers and team managers of one agency: whom its managers supervise. */
    public List<Option> caseHoldersOf(UUID agencyId) {
        return jdbc.sql("""
                select distinct u.id, u.display_name as name
                  from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and u.agency_id = :agency and r.role in ('SOCIAL_WORKER', 'TEAM_MANAGER')
                 order by name""")
                .param("agency", agencyId).query(Option.class).list();
    }

    /**
     * People who can be given a follow-up action on an interview: those of any agency who may open
     * the interview's record (carers may not).
     */
    public List<Option> practitioners() {
        return jdbc.sql("""
                select distinct u.id, u.display_name || ' (' || a.name || ')' as name
                  from user_account u join agency a on a.id = u.agency_id join user_role r on r.user_id = u.id
                 where u.enabled and r.role in ('POLICE_OFFICER', 'MISSING_COORDINATOR', 'SOCIAL_WORKER',
                       'RHI_WORKER', 'TEAM_MANAGER', 'SENIOR_MANAGER') order by name""")
                .query(Option.class).list();
    }

    /** The agency a person works for. */
    public Optional<UUID> agencyOf(UUID userId) {
        return jdbc.sql("select agency_id from user_account where id = :id and agency_id is not null")
                .param("id", userId).query(UUID.class).optional();
    }

    /** Auditors, with their agency: those who may be given a part of a case-file audit. */
    public List<Option> auditors() {
        return jdbc.sql("""
                select distinct u.id, u.display_name || ' (' || a.name || ')' as name
                  from user_account u join agency a on a.id = u.agency_id join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'AUDITOR' order by name""")
                .query(Option.class).list();
    }

    /** The return home interview provider the local authority commissions, if it names one (CFG-03). */
    public Optional<UUID> commissionedRhiProvider(UUID authorityId) {
        return authorityId == null ? Optional.empty()
                : jdbc.sql("select rhi_provider_id from agency where id = :a and rhi_provider_id is not null")
                        .param("a", authorityId).query(UUID.class).optional();
    }

    public Optional<String> agencyName(UUID id) {
        return name(id, "select id, name from agency");
    }

    public Optional<String> teamName(UUID id) {
        return name(id, "select id, name from team");
    }

    public Optional<String> userName(UUID id) {
        return name(id, "select id, display_name as name from user_account");
    }

    /**
     * Names are read on nearly every page and change rarely: they are held in memory, and a name
     * not yet held (or held for more than a minute) is read afresh.
     */
    private Optional<String> name(UUID id, String sql) {
        if (id == null) {
            return Optional.empty();
        }
        Cached cached = names.get(id);
        if (cached == null || System.nanoTime() - cached.readAt() > NAME_MAX_AGE_NANOS) {
            Optional<String> name = jdbc.sql(sql + " where id = :id").param("id", id).query(Option.class).optional()
                    .map(Option::name);
            if (name.isEmpty()) {
                return name;
            }
            cached = new Cached(name.get(), System.nanoTime());
            names.put(id, cached);
        }
        return Optional.of(cached.name());
    }

    private record Cached(String name, long readAt) {
    }

    private record CachedList(List<Option> options, long readAt) {
    }

    private final java.util.Map<String, CachedList> agencyLists = new java.util.concurrent.ConcurrentHashMap<>();

    private static final long NAME_MAX_AGE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    private final java.util.Map<UUID, Cached> names = new java.util.concurrent.ConcurrentHashMap<>();
}
