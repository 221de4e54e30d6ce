package org.homeward.insight.internal.population;

import org.homeward.insight.internal.PartnershipFigures;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.insight.internal.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Disproportionality (SR-09): how many children of each sex, age band and ethnic group went missing or were away
 * in a period, against how many such children live in the area, and how that rate compares with all children's.
 * National data show Black and mixed-heritage children over-represented (DOMAIN.md E.3, S74); this shows whether
 * the partnership's are. Children are counted once per group however many episodes they had; care leavers (18 and
 * over) are left out, as the population counts children only. Exact counts: suppression is for the page.
 */
@Component
public class Disproportionality {

    /** Groups children are recorded in that have no population to divide by. */
    static final Map<PopulationGroup.Characteristic, List<String>> UNCOUNTED = Map.of(
            PopulationGroup.Characteristic.SEX, List.of("X"),
            PopulationGroup.Characteristic.ETHNICITY, List.of("NOT_KNOWN", "NOT_RECORDED"));

    /** One group: the children who went missing, and the population (null when none was entered for it). */
    public record Group(PopulationGroup.Characteristic characteristic, String code, long children, Long population) {

        /** Children who went missing per 1,000 of the population; empty without a population. */
        public Optional<Double> perThousand() {
            return population == null || population == 0 ? Optional.empty()
                    : Optional.of(1000.0 * children / population);
        }
    }

    /**
     * A period's figures against {@code base}: {@code all} is every child under 18 (with the whole population),
     * then each characteristic's groups in page order, followed by those with no population group.
     */
    public record Figures(LocalDate from, LocalDate to, ChildPopulation.Base base, Group all,
                          Map<PopulationGroup.Characteristic, List<Group>> groups) {

        /**
         * A group's rate against the rest of the children's (all but the group), with its 95% confidence interval
         * by the log method (Katz): whether the difference is more than chance. Empty when either rate is nought,
         * a population is missing, or the counts do not fit within their populations.
         */
        public Optional<Comparison> comparedWithOthers(Group g) {
            if (g.population() == null || all.population() == null) {
                return Optional.empty();
            }
            return Comparison.of(g.children(), g.population(), all.children() - g.children(),
                    all.population() - g.population());
        }

        /** A group's rate divided by all children's; empty when either cannot be worked out. */
        public Optional<Double> ratio(Group g) {
            Optional<Double> everyone = all.perThousand();
            if (everyone.isEmpty() || everyone.get() == 0) {
                return Optional.empty();
            }
            return g.perThousand().map(r -> r / everyone.get());
        }
    }

    /** A rate ratio and its 95% confidence interval. */
    public record Comparison(double ratio, double low, double high) {

        private static final double Z95 = 1.959964;

        /** {@code a} of {@code n1} against {@code c} of {@code n2}; empty when a rate is nought or a count too big. */
        static Optional<Comparison> of(long a, long n1, long c, long n2) {
            if (a <= 0 || c <= 0 || a > n1 || c > n2) {
                return Optional.empty();
            }
            double ratio = ((double) a / n1) / ((double) c / n2);
            double se = Math.sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2);
            double log = Math.log(ratio);
            return Optional.of(new Comparison(ratio, Math.exp(log - Z95 * se), Math.exp(log + Z95 * se)));
        }

        /** Higher or lower than the others beyond chance: the whole interval above or below 1. */
        public boolean higher() {
            return low > 1;
        }

        public boolean lower() {
            return high < 1;
        }
    }

    private final JdbcClient jdbc;
    private final ChildPopulation population;

    Disproportionality(JdbcClient jdbc, ChildPopulation population) {
        this.jdbc = jdbc;
        this.population = population;
    }

    /**
     * The figures for the London days {@code from} to {@code to} and the councils given (empty: the whole
     * partnership), against the latest population entered for the year the period ends in or before; empty when
     * none has been. Only the children of councils that population covers are counted.
     */
    public Optional<Figures> figures(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities) {
        Plans.forTheseValues(jdbc);
        Optional<ChildPopulation.Base> found = population.base(to.getYear(), authorities);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChildPopulation.Base base = found.get();
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("""
                select d.characteristic, d.code, count(distinct p.child_id) as children
                  from (select child_id, sex, %s as age_band, %s as ethnic_group from insight_episode
                         where start_day between :from and :to and age < 18 and %s) p
                 cross join lateral (values ('ALL', 'ALL'), ('SEX', p.sex), ('AGE', p.age_band),
                                            ('ETHNICITY', p.ethnic_group)) d(characteristic, code)
                 group by d.characteristic, d.code""".formatted(PartnershipFigures.AGE_BAND, PartnershipFigures.ETHNIC_GROUP,
                        base.councils().isPresent() ? "authority_id = any(:councils)" : "true"))
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("councils", new SqlArrayValue("uuid", base.councils().orElse(List.of()).toArray()))
                .query((rs, n) -> Map.entry(rs.getString("characteristic") + "." + rs.getString("code"),
                        rs.getLong("children")))
                .list().forEach(e -> counted.put(e.getKey(), e.getValue()));
        Group all = new Group(PopulationGroup.Characteristic.ALL, "ALL", counted.getOrDefault("ALL.ALL", 0L),
                base.total().orElse(null));
        Map<PopulationGroup.Characteristic, List<Group>> groups = new LinkedHashMap<>();
        for (PopulationGroup.Characteristic c : PopulationGroup.Characteristic.values()) {
            if (c == PopulationGroup.Characteristic.ALL) {
                continue;
            }
            List<Group> rows = new java.util.ArrayList<>();
            for (PopulationGroup g : c.groups()) {
                rows.add(new Group(c, g.code(), counted.getOrDefault(c.name() + "." + g.code(), 0L),
                        base.children().get(g)));
            }
            for (String code : UNCOUNTED.getOrDefault(c, List.of())) {
                rows.add(new Group(c, code, counted.getOrDefault(c.name() + "." + code, 0L), null));
            }
            groups.put(c, rows);
        }
        return Optional.of(new Figures(from, to, base, all, groups));
    }
}
