package org.homeward.episode.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The episode module's part of a child's record: every episode and all that hangs from it, exported whole and
 * erased after what refers to it.
 */
@Component
@Order(70)
class EpisodeChildRecord extends ChildRecordTables {

    private static final String EPISODES = "(select id from episode where child_id = :c)";

    EpisodeChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.rows("Missing episodes", "episode", "last_seen_at, id"),
                SubjectAccessQuery.rowsUnder("Police risk gradings", "episode_grading",
                        "episode_id", EPISODES, "graded_at, id"),
                SubjectAccessQuery.of("Information sources of police risk gradings", "episode_grading_source", """
                        select s.* from episode_grading_source s join episode_grading g on g.id = s.grading_id
                          join episode e on e.id = g.episode_id
                         where e.child_id = :c order by g.graded_at, s.position"""),
                SubjectAccessQuery.of("Police force areas of episodes", "episode_force_area", """
                        select f.* from episode_force_area f join episode e on e.id = f.episode_id
                         where e.child_id = :c order by e.last_seen_at, f.area"""),
                SubjectAccessQuery.rows("Messages between police and council", "police_message", "sent_at, id"),
                SubjectAccessQuery.rowsUnder("Plans, panels and referrals linked to episodes", "episode_link",
                        "episode_id", EPISODES, "dated_on, id"),
                SubjectAccessQuery.rowsUnder("Changes to episodes", "episode_change",
                        "episode_id", EPISODES, "changed_at, id"),
                SubjectAccessQuery.rowsUnder("Safe and well checks", "safe_and_well_check",
                        "episode_id", EPISODES, "held_at, id"),
                SubjectAccessQuery.of("Safe and well check outcomes shared", "safe_and_well_share", """
                        select sh.* from safe_and_well_share sh join safe_and_well_check s on s.id = sh.check_id
                          join episode e on e.id = s.episode_id
                         where e.child_id = :c order by sh.shared_at, sh.id"""));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from safe_and_well_share where check_id in (select id from safe_and_well_check where episode_id in "
                        + EPISODES + ")",
                "delete from safe_and_well_check where episode_id in " + EPISODES,
                "delete from episode_grading_source where grading_id in (select id from episode_grading where episode_id in "
                        + EPISODES + ")",
                "delete from episode_grading where episode_id in " + EPISODES,
                "delete from episode_force_area where episode_id in " + EPISODES,
                "delete from police_message where episode_id in " + EPISODES,
                "delete from episode_link where episode_id in " + EPISODES,
                "delete from episode_change where episode_id in " + EPISODES,
                "delete from episode where child_id = :c");
    }
}
