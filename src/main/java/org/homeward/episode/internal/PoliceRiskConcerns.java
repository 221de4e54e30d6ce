package org.homeward.episode.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.child.SafetyConcerns;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The police's current risk level for the child: the latest grading of their latest episode. */
@Component
class PoliceRiskConcerns implements SafetyConcerns {

    private final JdbcClient jdbc;
    private final Vocabularies vocabularies;

    PoliceRiskConcerns(JdbcClient jdbc, Vocabularies vocabularies) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<String> safetyConcernsFor(UUID childId) {
        record Latest(String riskLevel, Instant gradedAt) {
        }
        return jdbc.sql("""
                select g.risk_level, g.graded_at
                  from episode e join episode_grading g on g.episode_id = e.id
                 where e.child_id = :c
                 order by e.last_seen_at desc, g.graded_at desc, g.id desc limit 1""")
                .param("c", childId).query(Latest.class).optional()
                .map(l -> "Police risk: " + vocabularies.label("police-risk", l.riskLevel()).orElse(l.riskLevel())
                        + " (graded " + Dates.ofInstant(l.gradedAt()) + ")")
                .stream().toList();
    }
}
