package org.homeward.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.EpisodeFacts;
import org.homeward.child.EpisodeHistory;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The oversight module's part of the subject access export: the tasks about the child, their
 * escalations, and the notifications sent to staff about the child (a notification names no child
 * in its own row: it is the child's when it links to one of the child's tasks or episodes).
 */
@Component
class OversightSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;
    private final EpisodeHistory episodes;

    OversightSubjectAccess(JdbcClient jdbc, EpisodeHistory episodes) {
        this.jdbc = jdbc;
        this.episodes = episodes;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        List<UUID> episodeIds = episodes.forChild(childId).stream().map(EpisodeFacts::id).toList();
        List<String> links = new ArrayList<>(episodeIds.stream().flatMap(id -> java.util.stream.Stream.of(
                "/episodes/" + id, CarePlanReviews.link(id))).toList());
        links.add("/children/" + childId);
        UUID[] episodeArray = episodeIds.toArray(UUID[]::new);
        return List.of(
                SubjectAccessSection.of("Care plan review decisions (IRO)", "care_plan_review_decision", jdbc.sql(
                                "select * from care_plan_review_decision where child_id = :c order by decided_at, id")
                        .param("c", childId).query().listOfRows()),
                SubjectAccessSection.of("Tasks", "task", jdbc.sql(
                                "select * from task where child_id = :c order by created_at, id")
                        .param("c", childId).query().listOfRows()),
                SubjectAccessSection.of("Escalations", "escalation", jdbc.sql("""
                                select e.* from escalation e left join task t on t.id = e.task_id
                                 where t.child_id = :c or e.episode_id = any(:episodes)
                                 order by e.escalated_at, e.id""")
                        .param("c", childId).param("episodes", episodeArray).query().listOfRows()),
                SubjectAccessSection.of("Notifications to staff", "notification", jdbc.sql("""
                                select n.id, n.recipient_id, n.text, n.link, n.email_subject, n.escalation_id,
                                       n.created_at, n.emailed_at, n.acknowledged_at, n.acknowledged_by
                                  from notification n
                                 where n.link = any(:links) or n.link like :childPages
                                    or n.link in (select '/tasks/' || t.id from task t where t.child_id = :c)
                                    or n.escalation_id in (select e.id from escalation e join task t on t.id = e.task_id
                                                            where t.child_id = :c)
                                    or n.escalation_id in (select e.id from escalation e where e.episode_id = any(:episodes))
                                 order by n.created_at, n.id""")
                        .param("c", childId).param("links", links.toArray(String[]::new))
                        .param("episodes", episodeArray)
                        .param("childPages", "/children/" + childId + "/%").query().listOfRows()));
    }
}
