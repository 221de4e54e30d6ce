package org.homeward.oversight.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.BreakGlassUsed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A record opened without involvement goes at once to the named senior managers of the child's
 * responsible authority and of the agency of the person who opened it, to review (JOURNEYS: "break-glass
 * accesses to review"). The email says only that there is one to review.
 */
@Component
class BreakGlassNotices {

    static final String SUBJECT = "Homeward: a record was opened without involvement";

    private final Notifications notifications;
    private final Mailer mailer;
    private final JdbcClient jdbc;

    BreakGlassNotices(Notifications notifications, Mailer mailer, JdbcClient jdbc) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void onBreakGlass(BreakGlassUsed event) {
        List<UUID> seniors = jdbc.sql("""
                select distinct u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'SENIOR_MANAGER' and u.id <> :opener
                   and (u.agency_id = :agency or u.agency_id = (select responsible_authority_id from child where id = :child))
                 order by u.id""")
                .param("opener", event.userId()).param("agency", event.agencyId()).param("child", event.childId())
                .query(UUID.class).list();
        String who = jdbc.sql("select display_name from user_account where id = :id").param("id", event.userId())
                .query(String.class).optional().orElse("Someone");
        seniors.forEach(s -> notifications.add(s, who + " opened a child's record without involvement, giving a reason",
                "/break-glass", SUBJECT, null, event.openedAt()));
        if (!seniors.isEmpty()) {
            mailer.sendWhenCommitted();
        }
    }
}
