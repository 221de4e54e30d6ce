package org.homeward.episode.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The episode module's part of the subject access export: every episode and all that hangs from it. */
@Component
class EpisodeSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    EpisodeSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(
                SubjectAccessSection.read(jdbc, "Missing episodes", "episode",
                        "select * from episode where child_id = :c order by last_seen_at, id", childId),
                SubjectAccessSection.read(jdbc, "Police risk gradings", "episode_grading", """
                        select g.* from episode_grading g join episode e on e.id = g.episode_id
                         where e.child_id = :c order by g.graded_at, g.id""", childId),
                SubjectAccessSection.read(jdbc, "Information sources of police risk gradings", "episode_grading_source", """
                        select s.* from episode_grading_source s join episode_grading g on g.id = s.grading_id
                          join episode e on e.id = g.episode_id
                         where e.child_id = :c order by g.graded_at, s.position""", childId),
                SubjectAccessSection.read(jdbc, "Police force areas of episodes", "episode_force_area", """
                        select f.* from episode_force_area f join episode e on e.id = f.episode_id
                         where e.child_id = :c order by e.last_seen_at, f.area""", childId),
                SubjectAccessSection.read(jdbc, "Messages between police and council", "police_message",
                        "select * from police_message where child_id = :c order by sent_at, id", childId),
                SubjectAccessSection.read(jdbc, "Plans, panels and referrals linked to episodes", "episode_link", """
                        select l.* from episode_link l join episode e on e.id = l.episode_id
                         where e.child_id = :c order by l.dated_on, l.id""", childId),
                SubjectAccessSection.read(jdbc, "Changes to episodes", "episode_change", """
                        select ch.* from episode_change ch join episode e on e.id = ch.episode_id
                         where e.child_id = :c order by ch.changed_at, ch.id""", childId),
                SubjectAccessSection.read(jdbc, "Safe and well checks", "safe_and_well_check", """
                        select s.* from safe_and_well_check s join episode e on e.id = s.episode_id
                         where e.child_id = :c order by s.held_at, s.id""", childId),
                SubjectAccessSection.read(jdbc, "Safe and well check outcomes shared", "safe_and_well_share", """
                        select sh.* from safe_and_well_share sh join safe_and_well_check s on s.id = sh.check_id
                          join episode e on e.id = s.episode_id
                         where e.child_id = :c order by sh.shared_at, sh.id""", childId));
    }
}
