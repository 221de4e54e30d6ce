package org.homeward.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes front-door referrals and protective measures (police protection, accommodation, disruption). */
@Component
class Protection {

    public record Referral(UUID id, Instant referredAt, String referredTo, String reason, String levelOfHelp,
                           String assessmentType, String outcome, LocalDate outcomeOn, String recordedBy,
                           UUID agencyId) {
    }

    public record Measure(UUID id, String kind, Instant startsAt, Instant endsAt, String place, String authorisedBy,
                          String subject, String details, String recordedBy) {
    }

    private final JdbcClient jdbc;

    Protection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addReferral(UUID childId, Instant at, String to, String reason, String level, String assessment,
                     String outcome, LocalDate outcomeOn, UUID by, Instant now) {
        jdbc.sql("""
                insert into front_door_referral (id, child_id, referred_at, referred_to, reason, level_of_help,
                       assessment_type, outcome, outcome_on, recorded_by, recorded_at)
                values (:id, :c, :at, :to, :reason, :level, :assessment, :outcome, :outcomeOn, :by, :now)""")
                .param("id", UUID.randomUUID()).param("c", childId).param("at", Timestamp.from(at)).param("to", to)
                .param("reason", reason).param("level", level).param("assessment", assessment)
                .param("outcome", outcome).param("outcomeOn", outcomeOn).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    List<Referral> referrals(UUID childId) {
        return jdbc.sql("""
                select r.id, r.referred_at, r.referred_to, r.reason, r.level_of_help, r.assessment_type, r.outcome,
                       r.outcome_on, u.display_name as recorded_by, u.agency_id
                  from front_door_referral r join user_account u on u.id = r.recorded_by
                 where r.child_id = :c order by r.referred_at desc""")
                .param("c", childId).query(Referral.class).list();
    }

    void addMeasure(UUID childId, String kind, Instant starts, Instant ends, String place, String authorisedBy,
                    String subject, String details, UUID by, Instant now) {
        jdbc.sql("""
                insert into protective_measure (id, child_id, kind, starts_at, ends_at, place, authorised_by, subject,
                       details, recorded_by, recorded_at)
                values (:id, :c, :kind, :starts, :ends, :place, :auth, :subject, :details, :by, :now)""")
                .param("id", UUID.randomUUID()).param("c", childId).param("kind", kind)
                .param("starts", Timestamp.from(starts)).param("ends", ends == null ? null : Timestamp.from(ends))
                .param("place", place).param("auth", authorisedBy).param("subject", subject).param("details", details)
                .param("by", by).param("now", Timestamp.from(now)).update();
    }

    List<Measure> measures(UUID childId) {
        return jdbc.sql("""
                select m.id, m.kind, m.starts_at, m.ends_at, m.place, m.authorised_by, m.subject, m.details,
                       u.display_name as recorded_by
                  from protective_measure m join user_account u on u.id = m.recorded_by
                 where m.child_id = :c order by m.starts_at desc""")
                .param("c", childId).query(Measure.class).list();
    }
}
