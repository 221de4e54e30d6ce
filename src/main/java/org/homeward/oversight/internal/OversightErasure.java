package org.homeward.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.homeward.child.EpisodeFacts;
import org.homeward.child.EpisodeHistory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a child's record: the tasks about the child, their escalations, and every notification
 * about the child (which may name them), found as the subject access export finds them.
 */
@Component
@Order(30)
class OversightErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;
    private final EpisodeHistory episodes;

    OversightErasure(JdbcClient jdbc, EpisodeHistory episodes) {
        this.jdbc = jdbc;
        this.episodes = episodes;
    }

    @Override
    public void erase(UUID childId) {
        List<UUID> episodeIds = episodes.forChild(childId).stream().map(EpisodeFacts::id).toList();
        List<String> links = new ArrayList<>(episodeIds.stream().flatMap(id -> java.util.stream.Stream.of(
                "/episodes/" + id, CarePlanReviews.link(id))).toList());
        links.add("/children/" + childId);
        jdbc.sql("""
                delete from notification n
                 where n.link = any(:links) or n.link like :childPages
                    or n.link in (select '/tasks/' || t.id from task t where t.child_id = :c)
                    or n.escalation_id in (select e.id from escalation e join task t on t.id = e.task_id
                                            where t.child_id = :c)
                    or n.escalation_id in (select e.id from escalation e where e.episode_id = any(:episodes))""")
                .param("c", childId).param("links", links.toArray(String[]::new))
                .param("childPages", "/children/" + childId + "/%")
                .param("episodes", episodeIds.toArray(UUID[]::new)).update();
        jdbc.sql("""
                delete from escalation where task_id in (select id from task where child_id = :c)
                    or episode_id = any(:episodes)""")
                .param("c", childId).param("episodes", episodeIds.toArray(UUID[]::new)).update();
        jdbc.sql("delete from task where child_id = :c").param("c", childId).update();
        jdbc.sql("delete from care_plan_review_decision where child_id = :c").param("c", childId).update();
    }
}
