package org.homeward.child.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.ChildScope;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.IroChanged;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, opens and finds child records; each is audited in the same transaction. */
@Service
class ChildService {

    private final ChildRepository children;
    private final ChildSearch search;
    private final ChildIros iros;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ChildService(ChildRepository children, ChildSearch search, ChildIros iros, AuditTrail audit, Clock clock,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.children = children;
        this.iros = iros;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The records the child about to be added may duplicate, among those the person could find by
     * searching; showing them is audited as a search is.
     */
    @Transactional
    List<Child> possibleDuplicates(ChildForm form, java.time.LocalDate dob, ChildScope scope) {
        Instant now = clock.instant();
        List<UUID> ids = search.likelyDuplicates(form.toChild(null, dob, now, now, null), scope);
        if (ids.isEmpty()) {
            return List.of();
        }
        audit.record(AuditAction.SEARCH, new AuditTrail.Subject("child-search", null, null), List.of(),
                "Possible duplicates of a child being added: " + ids.size() + " found");
        List<Child> found = children.findAllById(ids);
        return ids.stream().map(id -> found.stream().filter(c -> c.id().equals(id)).findFirst())
                .flatMap(Optional::stream).toList();
    }

    /** Adds the child; {@code possibleDuplicates} records the person chose to add despite are named in the audit. */
    @Transactional
    Child create(ChildForm form, java.time.LocalDate dob, UUID recordedBy, UUID recordedByAgency,
                 int possibleDuplicates) {
        Instant now = clock.instant();
        Child child = children.save(form.toChild(UUID.randomUUID(), dob, now, now, null));
        children.recordedBy(child.id(), recordedByAgency);
        if (child.iroId() != null) {
            iros.changed(child.id(), child.iroId(), now, recordedBy);
        }
        search.index(child);
        audit.record(AuditAction.CREATE, AuditTrail.Subject.child(child.id()), child.fieldsSet(),
                possibleDuplicates == 0 ? null : "Added despite " + possibleDuplicates + " possible duplicate"
                        + (possibleDuplicates == 1 ? "" : "s"));
        return child;
    }

    /** Saves the edit only if nobody else saved the record since the editor opened it. */
    @Transactional
    Child update(UUID id, ChildForm form, java.time.LocalDate dob, UUID by) {
        Child before = children.findById(id).orElseThrow(ChildNotFoundException::new);
        if (form.getVersion() == null || !form.getVersion().equals(before.version())) {
            throw new StaleRecordException(before);
        }
        Child edited = form.toChild(id, dob, before.createdAt(), clock.instant(), before.version());
        List<String> changed = edited.fieldsChangedFrom(before);
        if (changed.isEmpty()) {
            return before;
        }
        Child saved;
        try {
            saved = children.save(edited);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(children.findById(id).orElseThrow(ChildNotFoundException::new));
        }
        search.index(saved);
        if (!java.util.Objects.equals(before.iroId(), saved.iroId())) {
            iros.changed(id, saved.iroId(), saved.updatedAt(), by);
            events.publishEvent(new IroChanged(id, saved.iroId(), by));
        }
        audit.record(AuditAction.CHANGE, AuditTrail.Subject.child(id), changed, null);
        return saved;
    }

    @Transactional
    Child open(UUID id) {
        Child child = children.findById(id).orElseThrow(ChildNotFoundException::new);
        audit.record(AuditAction.VIEW, AuditTrail.Subject.child(id), List.of(), null);
        return child;
    }

    /** Someone asked for a record their access does not open: kept, so that repeated attempts can be seen. */
    @Transactional
    void refused(UUID id) {
        audit.record(AuditAction.REFUSED, AuditTrail.Subject.child(id), List.of(), null);
    }

    @Transactional
    List<Child> find(String text, ChildScope scope) {
        ChildSearch.Query query = ChildSearch.parse(text);
        List<UUID> ids = query.empty() && query.identifier() == null ? List.of() : search.find(query, scope);
        audit.record(AuditAction.SEARCH, new AuditTrail.Subject("child-search", null, null), List.of(),
                "Search for \"" + text + "\": " + ids.size() + " found");
        List<Child> found = children.findAllById(ids);
        return ids.stream().map(id -> found.stream().filter(c -> c.id().equals(id)).findFirst())
                .flatMap(Optional::stream).toList();
    }
}
