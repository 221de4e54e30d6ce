package org.homeward.caseaudit.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Picks an audit's cases from the live cohort: the council's children with an episode last seen in the
 * audit's period (read from the child's and episode's tables through their indexes by council and by
 * child), narrowed by the choices made, at random or the same number from each group.
 */
@Component
class Sampling {

    /**
     * The cohort's groups: looked after or not, the highest police risk in the period, repeat missing or not,
     * and by agency: the police force the child's latest episode in the period was reported to, or the care
     * provider the child was placed with when it began.
     */
    enum Stratum { NONE, COHORT, RISK, REPEAT, POLICE_FORCE, CARE_PROVIDER }

    public record Criteria(String cohort, String risk, boolean repeatOnly, Stratum stratum, int size, int repeatEpisodes) {
    }

    public record Candidate(UUID childId, boolean lookedAfter, String risk, int episodes, UUID allocatedWorkerId,
                            String policeForce, String careProvider) {
    }

    public record Picked(UUID childId, String stratum, UUID allocatedWorkerId) {
    }

    private final JdbcClient jdbc;
    private final Random random = new SecureRandom();

    Sampling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> cohort(UUID councilId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with cohort as (
                select c.id as child_id, c.legal_status like 'LAC%' as looked_after,
                       case when bool_or(g.risk_level = 'HIGH') then 'HIGH'
                            when bool_or(g.risk_level = 'MEDIUM') then 'MEDIUM' else 'LOW' end as risk,
                       count(distinct e.id) as episodes, c.allocated_worker_id
                  from child c
                  join episode e on e.child_id = c.id and e.last_seen_at >= :from and e.last_seen_at < :to
                  left join lateral (select risk_level from episode_grading g where g.episode_id = e.id
                                      order by g.graded_at desc limit 1) g on true
                 where c.responsible_authority_id = :council
                 group by c.id, c.legal_status, c.allocated_worker_id)
                select k.*, f.name as police_force, coalesce(pa.name, pl.provider_name) as care_provider
                  from cohort k
                  left join lateral (select e.police_force_id, e.last_seen_at from episode e
                                      where e.child_id = k.child_id and e.last_seen_at >= :from and e.last_seen_at < :to
                                      order by e.last_seen_at desc limit 1) l on true
                  left join agency f on f.id = l.police_force_id
                  left join lateral (select p.provider_agency_id, p.provider_name from placement p
                                      where p.child_id = k.child_id
                                        and p.start_date <= (l.last_seen_at at time zone 'Europe/London')::date
                                        and (p.end_date is null
                                             or p.end_date >= (l.last_seen_at at time zone 'Europe/London')::date)
                                      order by p.start_date desc limit 1) pl on true
                  left join agency pa on pa.id = pl.provider_agency_id
                 order by k.child_id""")
                .param("council", councilId)
                .param("from", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(Candidate.class).list();
    }

    List<Picked> pick(List<Candidate> cohort, Criteria criteria) {
        // Groups in the order of their names, so that which groups give one more when the size does not divide is known.
        Map<String, List<Candidate>> groups = new TreeMap<>();
        for (Candidate c : cohort) {
            if (!matches(c, criteria)) {
                continue;
            }
            groups.computeIfAbsent(stratumOf(c, criteria), k -> new ArrayList<>()).add(c);
        }
        groups.values().forEach(g -> Collections.shuffle(g, random));
        List<Picked> picked = new ArrayList<>();
        if (criteria.stratum() == Stratum.NONE) {
            List<Candidate> all = groups.values().stream().flatMap(List::stream).collect(ArrayList::new, List::add, List::addAll);
            Collections.shuffle(all, random);
            all.stream().limit(criteria.size()).forEach(c -> picked.add(new Picked(c.childId(), null, c.allocatedWorkerId())));
            return picked;
        }
        // The same number from each group while each has children left: small groups are not drowned out.
        List<Iterator<Candidate>> draws = new ArrayList<>(groups.values().stream().map(List::iterator).toList());
        List<String> names = new ArrayList<>(groups.keySet());
        while (picked.size() < criteria.size() && !draws.isEmpty()) {
            for (int i = 0; i < draws.size() && picked.size() < criteria.size(); i++) {
                if (draws.get(i).hasNext()) {
                    Candidate c = draws.get(i).next();
                    picked.add(new Picked(c.childId(), names.get(i), c.allocatedWorkerId()));
                } else {
                    draws.remove(i);
                    names.remove(i);
                    i--;
                }
            }
        }
        return picked;
    }

    private static boolean matches(Candidate c, Criteria criteria) {
        return switch (criteria.cohort()) {
            case "LOOKED_AFTER" -> c.lookedAfter();
            case "NOT_LOOKED_AFTER" -> !c.lookedAfter();
            default -> true;
        } && (criteria.risk().equals("ANY") || criteria.risk().equals(c.risk()))
                && (!criteria.repeatOnly() || c.episodes() >= criteria.repeatEpisodes());
    }

    private static String stratumOf(Candidate c, Criteria criteria) {
        return switch (criteria.stratum()) {
            case COHORT -> c.lookedAfter() ? "Looked after" : "Not looked after";
            case RISK -> switch (c.risk()) {
                case "HIGH" -> "High risk";
                case "MEDIUM" -> "Medium risk";
                default -> "Low or no risk graded";
            };
            case REPEAT -> c.episodes() >= criteria.repeatEpisodes() ? "Repeat missing" : "Missing once";
            case POLICE_FORCE -> c.policeForce() == null ? "No police force recorded" : "Reported to " + c.policeForce();
            case CARE_PROVIDER -> c.careProvider() == null ? "Not placed with a care provider" : "Placed with " + c.careProvider();
            case NONE -> "";
        };
    }
}
