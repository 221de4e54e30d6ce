package org.homeward.child.internal.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.LocationSummary;
import org.homeward.child.Locations;
import org.homeward.platform.ClockConfiguration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Records places and their uses by children; every view and change is audited in the same transaction. */
@Service
class LocationService implements NetworkRecords<Location, LocationForm> {

    /** One use of a place: by which child, how, in which episode, when recorded. */
    record Use(UUID childId, String childName, String kind, UUID episodeId, Instant linkedAt) {

        public String kindLabel() {
            return Locations.label(kind);
        }

        public LocalDate linkedOn() {
            return LocalDate.ofInstant(linkedAt, ClockConfiguration.LONDON);
        }
    }

    /** What happened when a place was added for a child. */
    record Added(UUID locationId, boolean alreadyRecorded) {
    }

    private final LocationRepository repository;
    private final Locations locations;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    LocationService(LocationRepository repository, Locations locations, JdbcClient jdbc, AuditTrail audit,
                    java.time.Clock clock) {
        this.repository = repository;
        this.locations = locations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<LocationSummary> forChild(UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("location", null, childId), List.of(), "Locations");
        return locations.forChild(childId);
    }

    /**
     * Links the place to the child, recording it first if it is new. A place already recorded with
     * the same description and postcode is reused as it is: its details are changed on its own page.
     */
    @Transactional
    Added add(UUID childId, LocationForm form) {
        String postcode = form.getPostcode() == null ? null : Locations.postcode(form.getPostcode()).orElseThrow();
        boolean known = locations.existing(form.getDescription(), postcode).isPresent();
        UUID id = locations.findOrCreate(form.getDescription(), postcode);
        if (!known) {
            Location created = find(id);
            Location detailed = form.toLocation(id, created.createdAt(), clock.instant(), created.version());
            repository.save(detailed);
        }
        locations.link(id, childId, null, form.getKind());
        return new Added(id, known);
    }

    @Override
    @Transactional
    public Location update(UUID id, LocationForm form) {
        Location before = find(id);
        if (form.getVersion() == null || !form.getVersion().equals(before.version())) {
            throw new OptimisticLockingFailureException("The location changed since it was opened");
        }
        Location edited = form.toLocation(id, before.createdAt(), clock.instant(), before.version());
        List<String> changed = edited.fieldsChangedFrom(before);
        if (changed.isEmpty()) {
            return before;
        }
        Location saved = repository.save(edited);
        List<UUID> children = childIds(id);
        if (children.isEmpty()) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("location", id, null), changed, null);
        }
        for (UUID child : children) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("location", id, child), changed, null);
        }
        return saved;
    }

    /** Whether another location already has this description and postcode, so an edit would make a duplicate. */
    boolean duplicates(UUID id, LocationForm form) {
        String postcode = form.getPostcode() == null ? null : Locations.postcode(form.getPostcode()).orElse(null);
        return locations.existing(form.getDescription(), postcode).filter(other -> !other.equals(id)).isPresent();
    }

    @Override
    @Transactional
    public Location open(UUID id) {
        Location location = find(id);
        List<UUID> children = childIds(id);
        if (children.isEmpty()) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("location", id, null), List.of(), null);
        }
        for (UUID child : children) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("location", id, child), List.of(), null);
        }
        return location;
    }

    @Override
    public Location find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<Use> uses(UUID locationId) {
        return jdbc.sql("""
                select k.child_id, c.given_names || ' ' || c.family_name as child_name, k.kind, k.episode_id,
                       k.linked_at
                  from location_link k join child c on c.id = k.child_id
                 where k.location_id = :location
                 order by k.linked_at desc, k.id""")
                .param("location", locationId)
                .query(Use.class).list();
    }

    @Override
    @Transactional
    public void unlink(UUID childId, UUID locationId) {
        // Only the places a child frequents are unlinked here; uses in an episode belong to the episode.
        int removed = jdbc.sql("""
                delete from location_link
                 where child_id = :child and location_id = :location and episode_id is null""")
                .param("child", childId).param("location", locationId).update();
        if (removed > 0) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("location", locationId, childId),
                    List.of("Locations"), "Unlinked");
        }
    }

    private List<UUID> childIds(UUID locationId) {
        return jdbc.sql("select distinct child_id from location_link where location_id = :location")
                .param("location", locationId).query(UUID.class).list();
    }
}
