package org.homeward.child.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.IssuedPolicePack;
import org.homeward.child.MissingReport;
import org.homeward.child.PolicePacks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues the police information pack when a child is reported missing and keeps it whole, photograph
 * included: the photograph is replaced in place when a new one is taken, the pack must not change.
 */
@Component
class PolicePackIssues implements PolicePacks {

    private final PolicePackAssembler assembler;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    PolicePackIssues(PolicePackAssembler assembler, JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.assembler = assembler;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IssuedPolicePack issueForEpisode(UUID childId, UUID episodeId, MissingReport part2, CurrentUser issuedBy) {
        // To the microsecond, as PostgreSQL keeps it, so that the pack and its row say the same time.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String by = PolicePackAssembler.generatedBy(issuedBy);
        PolicePack pack = assembler.assemble(childId, by, now).issuedFor(episodeId, part2);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into police_pack_issue (id, child_id, episode_id, issued_at, issued_by, issued_by_name, pack)
                values (:id, :child, :episode, :at, :by, :byName, cast(:pack as jsonb))""")
                .param("id", id).param("child", childId).param("episode", episodeId)
                .param("at", Timestamp.from(now)).param("by", issuedBy.id()).param("byName", by)
                .param("pack", json.writeValueAsString(pack))
                .update();
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("police-pack", id, childId), List.of(),
                "Police information pack issued when reported missing, episode " + episodeId);
        return new IssuedPolicePack(id, episodeId, now, by);
    }

    @Override
    public Optional<IssuedPolicePack> issuedFor(UUID episodeId) {
        return jdbc.sql("""
                select id, episode_id, issued_at, issued_by_name as issued_by
                  from police_pack_issue where episode_id = :episode""")
                .param("episode", episodeId)
                .query(IssuedPolicePack.class).optional();
    }

    /**
     * The pack issued for this episode, with an EXPORT audit entry in the same transaction.
     *
     * @param format how it leaves Homeward ("PDF", "JSON"), for the audit trail
     */
    @Transactional
    Optional<PolicePack> export(UUID episodeId, boolean specialCategory, String format) {
        record Stored(UUID id, UUID childId, String pack) {
        }
        Optional<Stored> stored = jdbc.sql("""
                        select id, child_id, pack::text as pack from police_pack_issue where episode_id = :episode""")
                .param("episode", episodeId)
                .query(Stored.class).optional();
        stored.ifPresent(s -> audit.record(AuditAction.EXPORT,
                new AuditTrail.Subject("police-pack", s.id(), s.childId()), List.of(),
                "Police information pack as issued (" + format + ")"));
        return stored.map(s -> json.readValue(s.pack(), PolicePack.class))
                .map(pack -> specialCategory ? pack : pack.withoutHealth());
    }
}
