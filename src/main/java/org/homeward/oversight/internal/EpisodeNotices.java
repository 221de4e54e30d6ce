package org.homeward.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.homeward.child.Children;
import org.homeward.episode.EpisodeReported;
import org.homeward.episode.EpisodeRiskChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a child goes missing or the risk level changes, the professionals named for the child are told
 * at once, in Homeward and by email (sent as soon as the change is committed): the allocated worker,
 * the managers of the child's team and the police force's missing-person coordinators (every force's
 * while the force is not yet recorded); for a high
 * risk, the named senior managers of the responsible authority too. Whoever made the change is not
 * told of it. Emails carry a fixed subject and a sign-in link only.
 */
@Component
class EpisodeNotices {

    static final String MISSING_SUBJECT = "Homeward: a child you work with has been reported missing";
    static final String RISK_SUBJECT = "Homeward: the risk level of a missing child has changed";

    private final Notifications notifications;
    private final Mailer mailer;
    private final Children children;
    private final JdbcClient jdbc;
    private final Clock clock;

    EpisodeNotices(Notifications notifications, Mailer mailer, Children children, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.children = children;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void onReported(EpisodeReported event) {
        String name = children.summary(event.childId()).map(c -> c.name()).orElse("A child");
        notify(recipients(event.childId(), event.episodeId(), false), event.reportedBy(),
                name + " has been reported missing", "/episodes/" + event.episodeId(), MISSING_SUBJECT);
    }

    @ApplicationModuleListener
    public void onRiskChanged(EpisodeRiskChanged event) {
        String name = children.summary(event.childId()).map(c -> c.name()).orElse("A child");
        boolean high = "HIGH".equals(event.level());
        notify(recipients(event.childId(), event.episodeId(), high), event.changedBy(),
                (event.byPolice() ? "Police risk level for " : "Council risk rating for ") + name + " is now "
                        + event.level().toLowerCase(Locale.UK).replace('_', ' '),
                "/episodes/" + event.episodeId(), RISK_SUBJECT);
    }

    private void notify(Set<UUID> people, UUID actor, String text, String link, String subject) {
        Instant now = clock.instant();
        people.remove(actor);
        people.forEach(p -> notifications.add(p, text, link, subject, null, now));
        if (!people.isEmpty()) {
            mailer.sendWhenCommitted();
        }
    }

    private Set<UUID> recipients(UUID childId, UUID episodeId, boolean high) {
        Set<UUID> people = new LinkedHashSet<>();
        children.allocatedWorker(childId).ifPresent(people::add);
        children.responsibleTeam(childId).ifPresent(team -> people.addAll(jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'TEAM_MANAGER' and u.team_id = :t order by u.id""")
                .param("t", team).query(UUID.class).list()));
        people.addAll(jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'MISSING_COORDINATOR'
                   and coalesce((select police_force_id from episode where id = :e), u.agency_id) = u.agency_id
                 order by u.id""")
                .param("e", episodeId).query(UUID.class).list());
        if (high) {
            people.addAll(jdbc.sql("""
                    select u.id from user_account u join user_role r on r.user_id = u.id
                     where u.enabled and r.role = 'SENIOR_MANAGER'
                       and u.agency_id = (select responsible_authority_id from child where id = :c) order by u.id""")
                    .param("c", childId).query(UUID.class).list());
        }
        return people;
    }
}
