package org.homeward.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The oversight module's part of a child's record: the tasks about the child, their escalations, and the
 * notifications sent to staff about the child. A notification names no child in its own row: it is the child's
 * when it links to one of the child's pages, tasks or episodes, and is erased as it is exported, since it may
 * name them.
 */
@Component
@Order(30)
class OversightChildRecord extends ChildRecordTables {

    private static final String ABOUT_THE_CHILD = """
            n.link = any(:links) or n.link like :childPages
               or n.link in (select '/tasks/' || t.id from task t where t.child_id = :c)
               or n.escalation_id in (select e.id from escalation e join task t on t.id = e.task_id
                                       where t.child_id = :c)
               or n.escalation_id in (select e.id from escalation e where e.episode_id = any(:episodes))""";

    private final EpisodeHistory episodes;

    OversightChildRecord(JdbcClient jdbc, EpisodeHistory episodes) {
        super(jdbc);
        this.episodes = episodes;
    }

    @Override
    protected Map<String, ?> parameters(UUID childId) {
        List<UUID> episodeIds = episodes.forChild(childId).stream().map(EpisodeFacts::id).toList();
        List<String> links = new ArrayList<>(episodeIds.stream().flatMap(id -> Stream.of(
                "/episodes/" + id, CarePlanReviews.link(id))).toList());
        links.add("/children/" + childId);
        return Map.of("episodes", episodeIds.toArray(UUID[]::new), "links", links.toArray(String[]::new),
                "childPages", "/children/" + childId + "/%");
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.rows("Care plan review decisions (IRO)", "care_plan_review_decision",
                        "decided_at, id"),
                SubjectAccessQuery.rows("Tasks", "task", "created_at, id"),
                SubjectAccessQuery.of("Escalations", "escalation", """
                        select e.* from escalation e left join task t on t.id = e.task_id
                         where t.child_id = :c or e.episode_id = any(:episodes)
                         order by e.escalated_at, e.id"""),
                SubjectAccessQuery.of("Notifications to staff", "notification", """
                        select n.id, n.recipient_id, n.text, n.link, n.email_subject, n.escalation_id,
                               n.created_at, n.emailed_at, n.acknowledged_at, n.acknowledged_by
                          from notification n
                         where %s
                         order by n.created_at, n.id""".formatted(ABOUT_THE_CHILD)));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from notification n where " + ABOUT_THE_CHILD,
                """
                delete from escalation where task_id in (select id from task where child_id = :c)
                    or episode_id = any(:episodes)""",
                "delete from task where child_id = :c",
                "delete from care_plan_review_decision where child_id = :c");
    }
}
