package org.homeward.episode.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every recorded step of the child's episodes, from the episodes' own history. */
@Component
class EpisodeChronology implements ChronologySource {

    private final JdbcClient jdbc;

    EpisodeChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        record Row(UUID episodeId, Instant occurredAt, Instant changedAt, String kind, String summary, String reason,
                   String changedByName, UUID agencyId) {
        }
        List<ChronologyEntry> entries = new ArrayList<>();
        jdbc.sql("select c.episode_id, " + EpisodeRecords.OCCURRED_AT + """
                       as occurred_at, c.changed_at, c.kind, c.summary, c.reason, c.changed_by_name,
                       u.agency_id
                  from episode_change c join episode e on e.id = c.episode_id
                  left join user_account u on u.id = c.changed_by
                 where e.child_id = :child order by c.changed_at, c.id""")
                .param("child", childId).query(Row.class).list()
                .forEach(r -> entries.add(new ChronologyEntry(r.occurredAt(), r.changedAt(), "Episode", r.summary(),
                        (r.reason() == null ? "" : r.reason() + " ") + "Recorded by " + r.changedByName(),
                        "/episodes/" + r.episodeId(), r.agencyId())));
        return entries;
    }
}
