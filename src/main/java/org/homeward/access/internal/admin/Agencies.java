package org.homeward.access.internal.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.AgencyKind;
import org.homeward.access.Directory;
import org.homeward.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Agencies and their teams, as administrators see and change them. */
@Repository
class Agencies {

    record Agency(UUID id, String name, AgencyKind kind, String onsCode, String dfeCode, long version,
                  UUID rhiProviderId) {
    }

    record Listed(UUID id, String name, AgencyKind kind, String onsCode, String dfeCode, long teams) {
    }

    record Team(UUID id, UUID agencyId, String agencyName, String name, long version, long users) {
    }

    record Values(String name, AgencyKind kind, String onsCode, String dfeCode, UUID rhiProviderId) {
    }

    private final JdbcClient jdbc;
    private final Directory directory;

    Agencies(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<Listed> list() {
        return jdbc.sql("""
                select a.id, a.name, a.kind, a.ons_code, a.dfe_code, count(t.id) as teams
                  from agency a left join team t on t.agency_id = a.id
                 group by a.id order by lower(a.name)""")
                .query((rs, n) -> new Listed(rs.getObject("id", UUID.class), rs.getString("name"),
                        AgencyKind.valueOf(rs.getString("kind")), rs.getString("ons_code"), rs.getString("dfe_code"),
                        rs.getLong("teams")))
                .list();
    }

    Optional<Agency> find(UUID id) {
        return jdbc.sql("select id, name, kind, ons_code, dfe_code, version, rhi_provider_id from agency where id = :id")
                .param("id", id).query(Agencies::agency).optional();
    }

    @Transactional
    UUID create(Values v) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into agency (id, name, kind, ons_code, dfe_code, rhi_provider_id) values (:id, :name, :kind, :ons, :dfe, :rhi)")
                .param("id", id).params(params(v)).update();
        directory.agenciesChanged();
        return id;
    }

    /** @return false when someone else saved the agency since {@code version} was read */
    @Transactional
    boolean update(UUID id, long version, Values v) {
        boolean saved = jdbc.sql("""
                update agency set name = :name, kind = :kind, ons_code = :ons, dfe_code = :dfe, rhi_provider_id = :rhi,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("id", id).param("version", version).params(params(v)).update() == 1;
        directory.agenciesChanged();
        return saved;
    }

    Optional<String> nameOfAgencyCalled(String name, UUID except) {
        return jdbc.sql("select name from agency where lower(name) = lower(:name) and id is distinct from :except")
                .param("name", name).param("except", except, Types.OTHER).query(String.class).optional();
    }

    Optional<String> nameOfAgencyWithDfeCode(String dfeCode, UUID except) {
        return jdbc.sql("select name from agency where dfe_code = :code and id is distinct from :except")
                .param("code", dfeCode).param("except", except, Types.OTHER).query(String.class).optional();
    }

    /** How many of the agency's people hold a role that an agency of this kind cannot have. */
    long peopleWhoseRolesDoNotFit(UUID agencyId, AgencyKind kind) {
        Set<String> misfits = EnumSet.allOf(Role.class).stream().filter(r -> !r.fits(kind)).map(Role::name)
                .collect(Collectors.toSet());
        if (misfits.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(distinct u.id) from user_account u join user_role r on r.user_id = u.id
                 where u.agency_id = :agency and r.role in (:roles)""")
                .param("agency", agencyId).param("roles", misfits).query(Long.class).single();
    }

    List<Team> teams(UUID agencyId) {
        return jdbc.sql(TEAMS + " where t.agency_id = :agency group by t.id, a.name order by lower(t.name)")
                .param("agency", agencyId).query(Agencies::team).list();
    }

    /** Every team, grouped by agency, for choosing a person's team. */
    Map<Agency, List<Team>> teamsByAgency() {
        Map<UUID, List<Team>> teams = jdbc.sql(TEAMS + " group by t.id, a.name order by lower(t.name)")
                .query(Agencies::team).list().stream()
                .collect(Collectors.groupingBy(Team::agencyId));
        Map<Agency, List<Team>> grouped = new LinkedHashMap<>();
        for (Agency a : all()) {
            grouped.put(a, teams.getOrDefault(a.id(), List.of()));
        }
        return grouped;
    }

    List<Agency> all() {
        return jdbc.sql("select id, name, kind, ons_code, dfe_code, version, rhi_provider_id from agency order by lower(name)")
                .query(Agencies::agency).list();
    }

    Optional<Team> findTeam(UUID id) {
        return jdbc.sql(TEAMS + " where t.id = :id group by t.id, a.name").param("id", id)
                .query(Agencies::team).optional();
    }

    @Transactional
    UUID addTeam(UUID agencyId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into team (id, agency_id, name) values (:id, :agency, :name)")
                .param("id", id).param("agency", agencyId).param("name", name).update();
        return id;
    }

    /** @return false when someone else saved the team since {@code version} was read */
    @Transactional
    boolean renameTeam(UUID id, long version, String name) {
        return jdbc.sql("update team set name = :name, version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", version).param("name", name).update() == 1;
    }

    boolean teamNameTaken(UUID agencyId, String name, UUID except) {
        return jdbc.sql("""
                select count(*) from team
                 where agency_id = :agency and lower(name) = lower(:name) and id is distinct from :except""")
                .param("agency", agencyId).param("name", name).param("except", except, Types.OTHER)
                .query(Long.class).single() > 0;
    }

    private static final String TEAMS = """
            select t.id, t.agency_id, a.name as agency_name, t.name, t.version, count(u.id) as users
              from team t join agency a on a.id = t.agency_id left join user_account u on u.team_id = t.id""";

    private static Map<String, Object> params(Values v) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", v.name());
        p.put("kind", v.kind().name());
        p.put("ons", v.onsCode());
        p.put("dfe", v.dfeCode());
        p.put("rhi", v.rhiProviderId());
        return p;
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getObject("id", UUID.class), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("ons_code"), rs.getString("dfe_code"), rs.getLong("version"),
                rs.getObject("rhi_provider_id", UUID.class));
    }

    private static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("agency_name"), rs.getString("name"), rs.getLong("version"), rs.getLong("users"));
    }
}
