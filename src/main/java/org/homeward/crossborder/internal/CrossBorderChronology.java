package org.homeward.crossborder.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each cross-border notice sent, in the child's chronology: what, to whom and whether acknowledged. */
@Component
class CrossBorderChronology implements ChronologySource {

    private final JdbcClient jdbc;

    CrossBorderChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChronologyEntry> entriesFor(UUID childId) {
        return jdbc.sql("""
                select id, kind, to_agency_name, sent_at, acknowledged_at is not null as acknowledged, by_hand
                  from crossborder_notice where child_id = :c and sent_at is not null order by sent_at""")
                .param("c", childId)
                .query((rs, n) -> new ChronologyEntry(rs.getTimestamp("sent_at").toInstant(), "Cross-border notice",
                        Notices.Kind.label(rs.getString("kind")) + " notice to " + rs.getString("to_agency_name"),
                        rs.getBoolean("by_hand") ? "Sent by hand" : rs.getBoolean("acknowledged") ? "Acknowledged"
                                : "Not yet acknowledged",
                        "/cross-border/notices/" + rs.getObject("id", UUID.class))).list();
    }
}
