package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The police force areas an episode touched: the child's home address, where they went missing from,
 * where they were found (DOMAIN.md XB-04). A child placed across a force boundary who is found in a
 * third force's area involves three forces; each may then open the child's record.
 */
@Component
class EpisodeForceAreas {

    /** The areas in the order the page asks about them, with how people name them. */
    static final Map<String, String> AREAS = areas();

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("HOME", "Home address");
        areas.put("MISSING_FROM", "Missing from");
        areas.put("FOUND", "Found");
        return java.util.Collections.unmodifiableMap(areas);
    }

    record ForceArea(String area, UUID forceId, String forceName) {

        public String areaLabel() {
            return AREAS.get(area);
        }
    }

    private final JdbcClient jdbc;
    private final Directory directory;
    private final EpisodeRecords records;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EpisodeForceAreas(JdbcClient jdbc, Directory directory, EpisodeRecords records, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    List<ForceArea> of(UUID episodeId) {
        return jdbc.sql("""
                select f.area, f.force_id, a.name as force_name from episode_force_area f join agency a on a.id = f.force_id
                 where f.episode_id = :e
                 order by case f.area when 'HOME' then 1 when 'MISSING_FROM' then 2 else 3 end""")
                .param("e", episodeId).query(ForceArea.class).list();
    }

    /** Saves the areas given; an area left blank is no longer recorded. Nothing is saved if any answer is wrong. */
    @Transactional
    boolean save(Episode episode, ForceAreasForm form, Errors errors, CurrentUser user) {
        Map<String, UUID> chosen = new LinkedHashMap<>();
        chosen.put("HOME", force(form.getHomeForceId(), "homeForceId", errors));
        chosen.put("MISSING_FROM", force(form.getMissingFromForceId(), "missingFromForceId", errors));
        chosen.put("FOUND", force(form.getFoundForceId(), "foundForceId", errors));
        if (form.getFoundForceId() != null && !episode.located()) {
            errors.rejectValue("foundForceId", "notLocated", "Record that the child was found before the force area where they were found");
        }
        if (errors.hasErrors()) {
            return false;
        }
        Map<String, UUID> before = new LinkedHashMap<>();
        of(episode.id()).forEach(f -> before.put(f.area(), f.forceId()));
        List<String> changed = new ArrayList<>();
        Instant now = clock.instant();
        chosen.forEach((area, force) -> {
            if (Objects.equals(before.get(area), force)) {
                return;
            }
            changed.add(AREAS.get(area));
            if (force == null) {
                jdbc.sql("delete from episode_force_area where episode_id = :e and area = :a")
                        .param("e", episode.id()).param("a", area).update();
            } else {
                jdbc.sql("""
                        insert into episode_force_area (episode_id, area, force_id, recorded_at, recorded_by)
                        values (:e, :a, :f, :at, :by)
                        on conflict (episode_id, area) do update
                           set force_id = excluded.force_id, recorded_at = excluded.recorded_at,
                               recorded_by = excluded.recorded_by""")
                        .param("e", episode.id()).param("a", area).param("f", force)
                        .param("at", Timestamp.from(now)).param("by", user.id()).update();
            }
        });
        if (changed.isEmpty()) {
            return true;
        }
        List<String> summary = new ArrayList<>();
        chosen.forEach((area, force) -> summary.add(AREAS.get(area).toLowerCase(java.util.Locale.UK) + ": "
                + directory.agencyName(force).orElse("not recorded")));
        records.addChange(episode.id(), "FORCE_AREAS", "Police force areas: " + String.join("; ", summary), null, now, user);
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("episode", episode.id(), episode.childId()),
                changed.stream().map(a -> "Police force area (" + a.toLowerCase(java.util.Locale.UK) + ")").toList(), null);
        events.publishEvent(new ChildRecordChanged(episode.childId(), "Police force areas recorded"));
        return true;
    }

    private UUID force(String value, String field, Errors errors) {
        if (value == null) {
            return null;
        }
        Optional<UUID> id = parse(value).filter(f -> directory.policeForces().stream().anyMatch(o -> o.id().equals(f)));
        if (id.isEmpty()) {
            errors.rejectValue(field, "invalid", "Select the police force from the list");
            return null;
        }
        return id.get();
    }

    private static Optional<UUID> parse(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
