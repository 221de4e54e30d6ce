package org.homeward.insight.internal.population;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The child population entered for each year and council (or the whole partnership): the base the partnership's
 * rates are worked out against (SR-09). Saving the numbers a population already holds changes nothing, not even
 * when and by whom it was entered, so that importing the same file twice leaves the records as they were.
 */
@Component
public class ChildPopulation {

    /** One population as the list shows it; {@code council} null for the whole partnership. */
    public record Listed(UUID id, int year, String council, Long total, Instant enteredAt, String enteredByName) {
    }

    /** One population's numbers, by group; a group left out was not entered. */
    public record Entered(UUID id, int year, UUID authorityId, Map<PopulationGroup, Integer> children) {
    }

    /** What a save did to the groups it was given. */
    public record Saved(int added, int changed, int unchanged, int removed) {

        Saved plus(Saved other) {
            return new Saved(added + other.added, changed + other.changed, unchanged + other.unchanged,
                    removed + other.removed);
        }

        public static Saved none() {
            return new Saved(0, 0, 0, 0);
        }
    }

    private final JdbcClient jdbc;

    ChildPopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The populations entered, latest year first, a page at a time. */
    public Keyset.Page<Listed> list(Keyset keyset) {
        String at = "make_date(p.year, 6, 30)";
        List<Listed> read = keyset.bind(jdbc.sql("""
                select p.id, p.year, a.name as council,
                       (select g.children from insight_population_group g
                         where g.population_id = p.id and g.characteristic = 'ALL') as total,
                       p.entered_at, p.entered_by_name
                  from insight_population p left join agency a on a.id = p.authority_id
                 where true""" + keyset.condition(at, "p.id", true) + keyset.orderBy(at, "p.id", true)
                        + keyset.limit()))
                .query(Listed.class).list();
        return keyset.page(read, r -> new Keyset.Position(LocalDate.of(r.year(), 6, 30), r.id()));
    }

    public Optional<Entered> find(UUID id) {
        return jdbc.sql("select id, year, authority_id from insight_population where id = :id").param("id", id)
                .query((rs, n) -> new Entered(rs.getObject("id", UUID.class), rs.getInt("year"),
                        rs.getObject("authority_id", UUID.class), groups(rs.getObject("id", UUID.class))))
                .optional();
    }

    /** Removes a population entered in error, with its groups; false when there was none. */
    public boolean delete(UUID id) {
        return jdbc.sql("delete from insight_population where id = :id").param("id", id).update() == 1;
    }

    /** The numbers held for a year and council (null: the partnership's own), empty when none are. */
    public Map<PopulationGroup, Integer> held(int year, UUID authorityId) {
        return populationId(year, authorityId).map(this::groups).orElseGet(LinkedHashMap::new);
    }

    /**
     * Writes the numbers for a year and council: each group given is added or changed; with {@code replace}, the
     * groups not given are removed, as a form that shows every group means by a blank. Call in a transaction.
     */
    public Saved save(int year, UUID authorityId, Map<PopulationGroup, Integer> children, boolean replace,
                      String byName, Instant at) {
        jdbc.sql("""
                insert into insight_population (id, year, authority_id, entered_at, entered_by_name)
                values (:id, :year, :authority, :at, :by) on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("year", year).param("authority", authorityId)
                .param("at", Timestamp.from(at)).param("by", byName).update();
        // Locked so that two administrators saving the same year and council each see the other's numbers.
        UUID id = jdbc.sql("""
                select id from insight_population where year = :year and authority_id is not distinct from :authority
                   for update""")
                .param("year", year).param("authority", authorityId).query(UUID.class).single();
        Map<PopulationGroup, Integer> before = groups(id);
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int removed = 0;
        for (Map.Entry<PopulationGroup, Integer> e : children.entrySet()) {
            Integer old = before.get(e.getKey());
            if (e.getValue().equals(old)) {
                unchanged++;
                continue;
            }
            if (old == null) {
                added++;
            } else {
                changed++;
            }
            jdbc.sql("""
                    insert into insight_population_group (population_id, characteristic, group_code, children)
                    values (:id, :characteristic, :code, :children)
                    on conflict (population_id, characteristic, group_code) do update set children = excluded.children""")
                    .param("id", id).param("characteristic", e.getKey().characteristic().name())
                    .param("code", e.getKey().code()).param("children", e.getValue()).update();
        }
        if (replace) {
            for (PopulationGroup g : before.keySet()) {
                if (!children.containsKey(g)) {
                    removed++;
                    jdbc.sql("""
                            delete from insight_population_group
                             where population_id = :id and characteristic = :characteristic and group_code = :code""")
                            .param("id", id).param("characteristic", g.characteristic().name()).param("code", g.code())
                            .update();
                }
            }
        }
        if (added + changed + removed > 0) {
            jdbc.sql("update insight_population set entered_at = :at, entered_by_name = :by where id = :id")
                    .param("at", Timestamp.from(at)).param("by", byName).param("id", id).update();
        }
        return new Saved(added, changed, unchanged, removed);
    }

    /**
     * The population a rate for {@code year} is worked out against: for the councils given, the sum of their
     * populations for the latest year up to {@code year} that any of them has; for the whole partnership (empty),
     * the partnership's own population when entered for that year, else the sum of its councils'.
     */
    public Optional<Base> base(int year, Optional<Collection<UUID>> authorities) {
        Optional<Integer> found = jdbc.sql("""
                select max(year) from insight_population p
                 where year <= :year and exists (select 1 from insight_population_group g where g.population_id = p.id)
                   and %s""".formatted(authorities.isPresent() ? "authority_id = any(:ids)" : "true"))
                .param("year", year)
                .param("ids", new SqlArrayValue("uuid", authorities.map(Collection::toArray).orElse(new Object[0])))
                .query(Integer.class).optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int baseYear = found.get();
        boolean partnershipOwn = authorities.isEmpty() && jdbc.sql("""
                select exists (select 1 from insight_population p join insight_population_group g on g.population_id = p.id
                                where p.year = :year and p.authority_id is null)""")
                .param("year", baseYear).query(Boolean.class).single();
        List<UUID> councils = partnershipOwn ? List.of() : jdbc.sql("""
                select distinct p.authority_id from insight_population p
                  join insight_population_group g on g.population_id = p.id
                 where p.year = :year and p.authority_id is not null and %s""".formatted(
                        authorities.isPresent() ? "p.authority_id = any(:ids)" : "true"))
                .param("year", baseYear)
                .param("ids", new SqlArrayValue("uuid", authorities.map(Collection::toArray).orElse(new Object[0])))
                .query(UUID.class).list();
        Map<PopulationGroup, Long> children = new LinkedHashMap<>();
        jdbc.sql("""
                select g.characteristic, g.group_code, sum(g.children) as children
                  from insight_population p join insight_population_group g on g.population_id = p.id
                 where p.year = :year and %s
                 group by g.characteristic, g.group_code""".formatted(
                        partnershipOwn ? "p.authority_id is null" : "p.authority_id = any(:councils)"))
                .param("year", baseYear).param("councils", new SqlArrayValue("uuid", councils.toArray()))
                .query((rs, n) -> Map.entry(PopulationGroup.of(rs.getString("characteristic"), rs.getString("group_code")),
                        rs.getLong("children")))
                .list().forEach(e -> e.getKey().ifPresent(g -> children.put(g, e.getValue())));
        return Optional.of(new Base(baseYear, partnershipOwn ? Optional.empty() : Optional.of(councils), children));
    }

    /**
     * A population to work rates against: its year, the councils whose children it covers (empty: every child of
     * the partnership) and its numbers by group.
     */
    public record Base(int year, Optional<List<UUID>> councils, Map<PopulationGroup, Long> children) {

        /** The whole population: as entered, or else the sum of the groups of the first characteristic entered. */
        public Optional<Long> total() {
            Long all = children.get(PopulationGroup.ALL);
            if (all != null) {
                return Optional.of(all);
            }
            for (PopulationGroup.Characteristic c : List.of(PopulationGroup.Characteristic.SEX,
                    PopulationGroup.Characteristic.AGE, PopulationGroup.Characteristic.ETHNICITY)) {
                List<Long> parts = c.groups().stream().map(children::get).toList();
                if (parts.stream().noneMatch(java.util.Objects::isNull)) {
                    return Optional.of(parts.stream().mapToLong(Long::longValue).sum());
                }
            }
            return Optional.empty();
        }
    }

    private Optional<UUID> populationId(int year, UUID authorityId) {
        return jdbc.sql("select id from insight_population where year = :year and authority_id is not distinct from :a")
                .param("year", year).param("a", authorityId).query(UUID.class).optional();
    }

    private Map<PopulationGroup, Integer> groups(UUID populationId) {
        Map<PopulationGroup, Integer> groups = new LinkedHashMap<>();
        jdbc.sql("select characteristic, group_code, children from insight_population_group where population_id = :id")
                .param("id", populationId)
                .query((rs, n) -> Map.entry(PopulationGroup.of(rs.getString("characteristic"), rs.getString("group_code")),
                        rs.getInt("children")))
                .list().forEach(e -> e.getKey().ifPresent(g -> groups.put(g, e.getValue())));
        return groups;
    }
}
