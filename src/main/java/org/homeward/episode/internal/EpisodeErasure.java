package org.homeward.episode.internal;

import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a child's record: episodes, gradings, changes and safe-and-well checks, after what refers to them. */
@Component
@Order(70)
class EpisodeErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;

    EpisodeErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID childId) {
        String episodes = "(select id from episode where child_id = :c)";
        ChildRecordEraser.run(jdbc, childId,
                "delete from safe_and_well_share where check_id in (select id from safe_and_well_check where episode_id in "
                        + episodes + ")",
                "delete from safe_and_well_check where episode_id in " + episodes,
                "delete from episode_grading_source where grading_id in (select id from episode_grading where episode_id in "
                        + episodes + ")",
                "delete from episode_grading where episode_id in " + episodes,
                "delete from episode_force_area where episode_id in " + episodes,
                "delete from police_message where episode_id in " + episodes,
                "delete from episode_link where episode_id in " + episodes,
                "delete from episode_change where episode_id in " + episodes,
                "delete from episode where child_id = :c");
    }
}
