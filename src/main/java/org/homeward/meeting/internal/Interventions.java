package org.homeward.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.ChildsViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the interventions of a child's plan and their impact reviews. */
@Component
class Interventions {

    public record Intervention(UUID id, UUID childId, String childName, String description, UUID responsibleId,
                               String responsibleName, LocalDate startedOn, int reviewWeeks, LocalDate endedOn,
                               LocalDate lastReviewedOn, String childViews, String childViewsNotObtained,
                               String kind) {

        /** Every {@code reviewWeeks} from the start, or from the last review. */
        public LocalDate nextReviewOn() {
            return (lastReviewedOn == null ? startedOn : lastReviewedOn).plusWeeks(reviewWeeks);
        }

        public boolean reviewOverdue(LocalDate today) {
            return endedOn == null && today.isAfter(nextReviewOn());
        }
    }

    public record Review(UUID id, LocalDate reviewedOn, String improved, String evidence, int episodesBefore,
                         double hoursBefore, int episodesAfter, double hoursAfter, String recordedBy,
                         String childViews, String childViewsNotObtained) {

        public String figures() {
            return describe(episodesBefore, hoursBefore) + " before; " + describe(episodesAfter, hoursAfter) + " since";
        }
    }

    private static final String INTERVENTION = """
            select i.id, i.child_id, c.given_names || ' ' || c.family_name as child_name, i.description,
                   i.responsible_id, u.display_name as responsible_name, i.started_on, i.review_weeks, i.ended_on,
                   (select max(r.reviewed_on) from intervention_review r where r.intervention_id = i.id) as last_reviewed_on,
                   i.child_views, i.child_views_not_obtained, i.kind
              from intervention i join child c on c.id = i.child_id join user_account u on u.id = i.responsible_id
            """;

    private final JdbcClient jdbc;

    Interventions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID childId, String description, String kind, UUID responsible, LocalDate startedOn, int reviewWeeks,
             ChildsViews views, UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into intervention (id, child_id, description, kind, responsible_id, started_on, review_weeks,
                                          recorded_by, recorded_at, child_views, child_views_not_obtained)
                values (:id, :c, :d, :kind, :r, :start, :weeks, :by, :now, :views, :notObtained)""")
                .param("id", id).param("c", childId).param("d", description).param("kind", kind).param("r", responsible)
                .param("start", startedOn).param("weeks", reviewWeeks).param("by", by)
                .param("now", Timestamp.from(now)).param("views", views.views())
                .param("notObtained", views.notObtained()).update();
        return id;
    }

    Optional<Intervention> find(UUID id) {
        return jdbc.sql(INTERVENTION + " where i.id = :id").param("id", id).query(Intervention.class).optional();
    }

    List<Intervention> forChild(UUID childId) {
        return jdbc.sql(INTERVENTION + " where i.child_id = :c order by i.started_on desc").param("c", childId)
                .query(Intervention.class).list();
    }

    List<Review> reviews(UUID interventionId) {
        return jdbc.sql("""
                select r.id, r.reviewed_on, r.improved, r.evidence, r.episodes_before, r.hours_before,
                       r.episodes_after, r.hours_after, u.display_name as recorded_by, r.child_views,
                       r.child_views_not_obtained
                  from intervention_review r join user_account u on u.id = r.recorded_by
                 where r.intervention_id = :i order by r.reviewed_on desc""")
                .param("i", interventionId).query(Review.class).list();
    }

    void addReview(UUID interventionId, LocalDate on, String improved, String evidence, Impact impact, boolean end,
                   ChildsViews views, UUID by, Instant now) {
        jdbc.sql("""
                insert into intervention_review (id, intervention_id, reviewed_on, improved, evidence, episodes_before,
                       hours_before, episodes_after, hours_after, recorded_by, recorded_at, child_views,
                       child_views_not_obtained)
                values (:id, :i, :on, :improved, :evidence, :eb, :hb, :ea, :ha, :by, :now, :views, :notObtained)""")
                .param("id", UUID.randomUUID()).param("i", interventionId).param("on", on).param("improved", improved)
                .param("evidence", evidence).param("eb", impact.episodesBefore()).param("hb", impact.hoursBefore())
                .param("ea", impact.episodesAfter()).param("ha", impact.hoursAfter()).param("by", by)
                .param("now", Timestamp.from(now)).param("views", views.views())
                .param("notObtained", views.notObtained()).update();
        if (end) {
            jdbc.sql("update intervention set ended_on = :on where id = :i and ended_on is null")
                    .param("on", on).param("i", interventionId).update();
        }
    }

    /** Episodes and hours missing in equal periods before the intervention started and since. */
    record Impact(LocalDate from, LocalDate startedOn, LocalDate to, int episodesBefore, double hoursBefore,
                  int episodesAfter, double hoursAfter) {

        public String before() {
            return describe(episodesBefore, hoursBefore);
        }

        public String since() {
            return describe(episodesAfter, hoursAfter);
        }
    }

    static String describe(int episodes, double hours) {
        return episodes + (episodes == 1 ? " episode, " : " episodes, ") + hours + " hours";
    }
}
