package org.homeward.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Return home interview offers written straight to the database, for lists that must cope with
 * hundreds of them: a child, episodes found at given times, each with its offer; removed after.
 */
public final class TestOffers {

    /** The demo's commissioned RHI provider, the rhiworker's agency. */
    public static final UUID SAFE_RETURN = UUID.fromString("6b0d549b-6f03-675a-1600-a35a099950d8");

    private TestOffers() {
    }

    public static UUID child(JdbcClient jdbc, String given, String family) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, :g, :f, date '2010-03-03', 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", id).param("g", given).param("f", family).update();
        return id;
    }

    /** An episode of two hours ending at {@code foundAt} (an SQL expression) and its offer, assigned to Safe Return. */
    public static UUID offer(JdbcClient jdbc, UUID child, String foundAt) {
        UUID episode = UUID.randomUUID();
        UUID offer = UUID.randomUUID();
        jdbc.sql("insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,"
                        + " created_at, updated_at, version) values (:e, :c, 'MISSING_FROM_CARE', 'PLACEMENT', ("
                        + foundAt + ") - interval '2 hours', 'Oakfield House', " + foundAt + ", now(), now(), 0)")
                .param("e", episode).param("c", child).update();
        jdbc.sql("insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, provider_agency_id, created_at)"
                        + " select :o, e.id, e.child_id, e.located_at, e.located_at + interval '72 hours', :p, now()"
                        + " from episode e where e.id = :e")
                .param("o", offer).param("e", episode).param("p", SAFE_RETURN).update();
        return offer;
    }

    /** One offer a week from January 2023, {@code count} of them, all long overdue. */
    public static java.util.List<UUID> weeklySince2023(JdbcClient jdbc, UUID child, int count) {
        java.util.List<UUID> offers = new java.util.ArrayList<>();
        for (int n = 0; n < count; n++) {
            offers.add(offer(jdbc, child, "timestamp with time zone '2023-01-02 20:00+00' + " + n + " * interval '7 days'"));
        }
        return offers;
    }

    /** The child and everything these helpers wrote for them. */
    public static void remove(JdbcClient jdbc, UUID child) {
        jdbc.sql("delete from rhi_offer where child_id = :c").param("c", child).update();
        jdbc.sql("delete from episode where child_id = :c").param("c", child).update();
        jdbc.sql("delete from child where id = :c").param("c", child).update();
    }
}
