package org.homeward.episode.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homeward.child.ChildSummary;
import org.homeward.platform.Vocabularies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The partnership's policy on police risk levels for children (DOMAIN.md RA-08): levels it does not use
 * for children at all ("very low", say), and a lowest level for a cohort, written {@code UNDER_13:LOW}
 * (children under 13 on the day last seen) or {@code LOOKED_AFTER:MEDIUM}.
 */
@Component
class RiskLevelPolicy {

    private final Vocabularies vocabularies;
    private final List<String> forbidden;
    private final List<String> minimums;

    RiskLevelPolicy(Vocabularies vocabularies,
                    @Value("${homeward.risk.police-levels.forbidden:}") List<String> forbidden,
                    @Value("${homeward.risk.police-levels.minimum:}") List<String> minimums) {
        this.vocabularies = vocabularies;
        this.forbidden = forbidden.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.minimums = minimums.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.minimums.forEach(RiskLevelPolicy::parse);
    }

    /** Why the policy refuses this level for this child, if it does. */
    Optional<String> refusal(String level, ChildSummary child, LocalDate lastSeenOn) {
        String label = vocabularies.label("police-risk", level).orElse(level);
        if (forbidden.contains(level)) {
            return Optional.of("The partnership does not grade children as \u201c" + label.toLowerCase(Locale.UK)
                    + "\u201d risk: select another level");
        }
        List<String> order = vocabularies.termsInForce("police-risk", lastSeenOn).stream().map(Vocabularies.Term::code).toList();
        for (String rule : minimums) {
            String[] cohortAndLevel = parse(rule);
            String cohort = cohortAndLevel[0];
            String lowest = cohortAndLevel[1];
            boolean applies = cohort.equals("LOOKED_AFTER") ? child.lookedAfter()
                    : Period.between(child.dateOfBirth(), lastSeenOn).getYears() < Integer.parseInt(cohort.substring(6));
            if (applies && order.contains(lowest) && order.indexOf(level) < order.indexOf(lowest)) {
                String who = cohort.equals("LOOKED_AFTER") ? "a looked-after child"
                        : "a child under " + cohort.substring(6);
                return Optional.of("The partnership's policy is that " + who + " is graded at least \u201c"
                        + vocabularies.label("police-risk", lowest).orElse(lowest).toLowerCase(Locale.UK) + "\u201d risk");
            }
        }
        return Optional.empty();
    }

    private static String[] parse(String rule) {
        String[] parts = rule.split(":");
        if (parts.length != 2 || !(parts[0].equals("LOOKED_AFTER") || parts[0].matches("UNDER_\\d{1,2}"))) {
            throw new IllegalArgumentException("A minimum police risk level is written UNDER_<age>:<LEVEL> or "
                    + "LOOKED_AFTER:<LEVEL>, not " + rule);
        }
        return parts;
    }
}
