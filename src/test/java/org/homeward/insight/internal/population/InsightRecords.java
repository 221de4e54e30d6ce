package org.homeward.insight.internal.population;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children, episodes and what followed them, written straight into the tables insight reads, for figures in
 * years no other test uses: each test arranges exactly the records its expected numbers are worked out from.
 */
final class InsightRecords {

    static final UUID SOUTH_GLOUCESTERSHIRE = UUID.fromString("6513270e-269e-0d37-f2a7-4de452e6b438");

    private final JdbcClient jdbc;

    InsightRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ZonedDateTime london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ClockConfiguration.LONDON);
    }

    UUID child(LocalDate born, String sex, String ethnicity, String legalStatus, UUID authority) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, ethnicity, legal_status,
                                   responsible_authority_id, created_at, updated_at, version)
                values (:id, 'Insight', 'Arranged', :born, :sex, :ethnicity, :legal, :authority, now(), now(), 0)""")
                .param("id", id).param("born", born).param("sex", sex).param("ethnicity", ethnicity)
                .param("legal", legalStatus).param("authority", authority).update();
        return id;
    }

    /** An episode found {@code hours} after the child was last seen. */
    UUID episode(UUID child, String category, ZonedDateTime lastSeen, int hours) {
        return episode(child, category, lastSeen, hours, null);
    }

    UUID episode(UUID child, String category, ZonedDateTime lastSeen, int hours, String harm) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                     located_where, return_method, harm_while_missing, created_at, updated_at, version)
                values (:id, :child, :category, :from, :seen, 'Town centre', :located, 'Home', 'RETURNED', :harm,
                        :seen, :seen, 0)""")
                .param("id", id).param("child", child).param("category", category)
                .param("from", category.equals("MISSING_FROM_HOME") ? "HOME" : "PLACEMENT")
                .param("seen", Timestamp.from(lastSeen.toInstant()))
                .param("located", Timestamp.from(lastSeen.plusHours(hours).toInstant())).param("harm", harm).update();
        return id;
    }

    void grade(UUID episode, String classification, String risk, ZonedDateTime at) {
        jdbc.sql("""
                insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at, graded_by_name)
                values (gen_random_uuid(), :e, :c, :r, 'Arranged grading', :at, 'Arranged officer')""")
                .param("e", episode).param("c", classification).param("r", risk)
                .param("at", Timestamp.from(at.toInstant())).update();
    }

    /** An interview accepted and held {@code minutesAfterReturn} after the episode's return; the offer's id. */
    UUID interview(UUID episode, long minutesAfterReturn, boolean exploitation) {
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, outcome, outcome_reason, outcome_at,
                                       created_at)
                select :offer, e.id, e.child_id, e.located_at, e.located_at + interval '72 hours', 'ACCEPTED', 'Held',
                       e.located_at, e.located_at
                  from episode e where e.id = :e""").param("offer", offer).param("e", episode).update();
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                       independent, harm, exploitation, staying_safe_given, helpline_given, child_words,
                       consent_to_share, recorded_by, recorded_at)
                select o.id, o.returned_at + :minutes * interval '1 minute', 'Arranged worker', 'INDEPENDENT',
                       'Arranged provider', true, 'As coded', :exploitation, true, true, 'Arranged account', false,
                       (select id from user_account order by username limit 1), o.returned_at + interval '5 days'
                  from rhi_offer o where o.id = :offer""")
                .param("offer", offer).param("minutes", minutesAfterReturn).param("exploitation", exploitation).update();
        return offer;
    }

    void factor(UUID offer, String vocabulary, String code) {
        jdbc.sql("insert into rhi_factor (offer_id, vocabulary, code) values (:o, :v, :c)")
                .param("o", offer).param("v", vocabulary).param("c", code).update();
    }

    void screening(UUID child, LocalDate on) {
        jdbc.sql("""
                insert into exploitation_screening (id, child_id, instrument_code, instrument_version, assessed_on,
                       recorded_at, recorded_by, recorded_by_name, total, scored_category, category, analysis,
                       panel_decision, review_due, review_owner_id)
                select gen_random_uuid(), :child, 'ARRANGED', '1', :on, now(), u.id, 'Arranged', 3, 1, 1, 'Arranged',
                       'ALREADY_KNOWN', :on, u.id
                  from (select id from user_account order by username limit 1) u""")
                .param("child", child).param("on", on).update();
    }

    void suppressBelow(int threshold) {
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                select 'INSIGHT_SUPPRESS_BELOW', :v, id, 'Admin', now(), 'Test' from user_account where username = 'admin'
                on conflict (setting) do update set value = excluded.value""").param("v", String.valueOf(threshold))
                .update();
    }

    void suppressAsDefault() {
        jdbc.sql("delete from setting_value where setting = 'INSIGHT_SUPPRESS_BELOW'").update();
    }
}
