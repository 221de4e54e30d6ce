package org.homeward.oversight.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.PlacementStarted;
import org.homeward.oversight.Notifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The child's Philomena profile moves with them (DOMAIN.md CR-06, S55): when a child is placed with a
 * care provider, its people are told as soon as the placement is recorded, so that they read the
 * profile (and complete it if there is none) before the child can go missing from them: on their
 * notifications page in Homeward.
 */
@Component
class CarerPlacementNotices {

    private final Notifier notifier;
    private final JdbcClient jdbc;

    CarerPlacementNotices(Notifier notifier, JdbcClient jdbc) {
        this.notifier = notifier;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void onPlacementStarted(PlacementStarted event) {
        List<UUID> carers = jdbc.sql("""
                select u.id from placement p join user_account u on u.agency_id = p.provider_agency_id
                 where p.id = :placement and u.enabled order by u.id""")
                .param("placement", event.placementId()).query(UUID.class).list();
        if (carers.isEmpty()) {
            return;
        }
        boolean profile = jdbc.sql("select exists (select 1 from philomena_profile where child_id = :c)")
                .param("c", event.childId()).query(Boolean.class).single();
        String name = jdbc.sql("select given_names || ' ' || family_name from child where id = :c")
                .param("c", event.childId()).query(String.class).single();
        notifier.tell(carers, event.recordedBy(), name + " has been placed with you: "
                + (profile ? "read their Philomena profile and keep it up to date"
                        : "they have no Philomena profile yet; complete one"),
                "/children/" + event.childId() + "/philomena", null);
    }
}
