package org.homeward.insight.internal.why;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.TestCouncils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A council of its own, so that the figures are exactly what a test arranged whatever else the database holds:
 * children, their episodes, return interviews and coded factors written to the database as the interview pages
 * would write them; everything removed after.
 */
final class WhyData implements AutoCloseable {

    final UUID council;
    final List<UUID> children = new ArrayList<>();
    private final JdbcClient jdbc;
    private final Directory directory;
    private final UUID recorder;

    /** Whether the council is the test's own, to be removed after. */
    private final boolean own;

    WhyData(JdbcClient jdbc, Directory directory) {
        this(jdbc, directory, null);
    }

    /** Children of an existing council (null: a council of the test's own), among whatever it already holds. */
    WhyData(JdbcClient jdbc, Directory directory, UUID existing) {
        this.jdbc = jdbc;
        this.directory = directory;
        own = existing == null;
        council = own ? TestCouncils.add(jdbc, directory, "Why Test Council") : existing;
        recorder = jdbc.sql("select id from user_account where username = 'rhiworker'").query(UUID.class).single();
    }

    /** A child of the council, at home. */
    UUID child(String given, String family) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, responsible_authority_id,
                                   created_at, updated_at, version)
                values (:id, :g, :f, date '2001-03-03', 'F', 'CIN', :la, now(), now(), 0)""")
                .param("id", id).param("g", given).param("f", family).param("la", council).update();
        children.add(id);
        return id;
    }

    /** A placement in the council's own area, from 2010. */
    UUID placement(UUID child) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id, host_authority_id,
                                       start_date, created_at, version)
                values (:id, :child, 'CHILDRENS_HOME', 'Test House', :la, :la, date '2010-01-01', now(), 0)""")
                .param("id", id).param("child", child).param("la", council).update();
        return id;
    }

    /**
     * An episode that began at {@code lastSeen} (London), ended two hours later, and the interview held the next day
     * with the child's words and these factors ("rhi-push-factor.HOME_PROBLEMS"), each with a note.
     */
    UUID interview(UUID child, UUID placement, ZonedDateTime lastSeen, boolean exploitation, String words,
                   String... factors) {
        UUID episode = UUID.randomUUID();
        UUID offer = UUID.randomUUID();
        ZonedDateTime at = lastSeen.withZoneSameLocal(ClockConfiguration.LONDON);
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                     placement_id, created_at, updated_at, version)
                values (:e, :c, 'MISSING_FROM_HOME', 'HOME', :seen, 'Home', cast(:seen as timestamptz) + interval '2 hours', :p,
                        now(), now(), 0)""")
                .param("e", episode).param("c", child).param("seen", java.sql.Timestamp.from(at.toInstant()))
                .param("p", placement).update();
        jdbc.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, outcome, outcome_reason, outcome_at,
                                       created_at)
                select :o, e.id, e.child_id, e.located_at, e.located_at + interval '72 hours', 'ACCEPTED', 'Agreed',
                       e.located_at, now() from episode e where e.id = :e""")
                .param("o", offer).param("e", episode).update();
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                                           independent, harm, exploitation, staying_safe_given, helpline_given, child_words,
                                           child_words_not_obtained, consent_to_share, recorded_by, recorded_at)
                select :o, o.returned_at + interval '1 day', 'Independent worker', 'INDEPENDENT', 'Safe Return', true,
                       'None', :x, true, true, cast(:words as text),
                       case when cast(:words as text) is null then 'Would not say' end, true, :by, now()
                  from rhi_offer o where o.id = :o""")
                .param("o", offer).param("x", exploitation).param("words", words).param("by", recorder).update();
        for (String factor : factors) {
            String[] f = factor.split("\\.");
            jdbc.sql("insert into rhi_factor (offer_id, vocabulary, code, detail) values (:o, :v, :c, :d)")
                    .param("o", offer).param("v", f[0]).param("c", f[1]).param("d", "Noted: " + f[1].toLowerCase())
                    .update();
        }
        return offer;
    }

    @Override
    public void close() {
        if (own) {
            jdbc.sql("delete from insight_why_report where authority_id = :la").param("la", council).update();
        }
        for (UUID child : children) {
            jdbc.sql("delete from rhi_factor where offer_id in (select id from rhi_offer where child_id = :c)")
                    .param("c", child).update();
            jdbc.sql("delete from rhi_interview where offer_id in (select id from rhi_offer where child_id = :c)")
                    .param("c", child).update();
            jdbc.sql("delete from rhi_offer where child_id = :c").param("c", child).update();
            jdbc.sql("delete from episode where child_id = :c").param("c", child).update();
            jdbc.sql("delete from placement where child_id = :c").param("c", child).update();
            jdbc.sql("delete from child where id = :c").param("c", child).update();
        }
        if (own) {
            jdbc.sql("delete from agency where id = :la").param("la", council).update();
            directory.agenciesChanged();
        }
    }
}
