package org.homeward.child.internal.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.AssociateSummary;
import org.homeward.child.Associates;
import org.homeward.child.ChildRecordChanged;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Records associates and links them to children; every view and change is audited in the same transaction. */
@Service
class AssociateService implements NetworkRecords<Associate, AssociateForm> {

    /** A child linked to an associate, as the network view lists them. */
    record LinkedChild(UUID childId, String name, String relationship) {
    }

    /** An associate found by name, with the children they are already linked to. */
    record Match(UUID id, String name, String address, boolean personOfConcern, String children) {
    }

    private final AssociateRepository associates;
    private final Associates summaries;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AssociateService(AssociateRepository associates, Associates summaries, JdbcClient jdbc, AuditTrail audit,
                     Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.associates = associates;
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public List<AssociateSummary> forChild(UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("associate", null, childId), List.of(), "Associates");
        return summaries.forChild(childId);
    }

    /** Records a new person and links them to the child in one step. */
    @Transactional
    Associate create(UUID childId, AssociateForm form) {
        Instant now = clock.instant();
        Associate created = associates.save(form.toAssociate(UUID.randomUUID(), now, now, null));
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("associate", created.id(), childId),
                created.fieldsChangedFrom(new Associate(null, null, null, false, null, null, null, null, false,
                        null, null, null, null)), null);
        link(childId, created.id(), form.getRelationship());
        return created;
    }

    @Override
    @Transactional
    public Associate update(UUID id, AssociateForm form) {
        Associate before = find(id);
        if (form.getVersion() == null || !form.getVersion().equals(before.version())) {
            throw new OptimisticLockingFailureException("The associate changed since it was opened");
        }
        Associate edited = form.toAssociate(id, before.createdAt(), clock.instant(), before.version());
        List<String> changed = edited.fieldsChangedFrom(before);
        if (changed.isEmpty()) {
            return before;
        }
        Associate saved = associates.save(edited);
        // One entry per child, so that each child's trail shows that someone in their network changed.
        for (LinkedChild child : children(id)) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("associate", id, child.childId()), changed, null);
            events.publishEvent(new ChildRecordChanged(child.childId(), "Associate changed"));
        }
        return saved;
    }

    /** Links the person to the child; linking them again updates the relationship. */
    @Transactional
    void link(UUID childId, UUID associateId, String relationship) {
        find(associateId);
        jdbc.sql("""
                insert into child_associate (child_id, associate_id, relationship, linked_at)
                values (:child, :associate, :relationship, :now)
                on conflict (child_id, associate_id) do update set relationship = excluded.relationship""")
                .param("child", childId).param("associate", associateId).param("relationship", relationship)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("associate", associateId, childId),
                List.of("Associates"), "Linked as " + relationship);
        events.publishEvent(new ChildRecordChanged(childId, "Associate linked"));
    }

    @Override
    @Transactional
    public void unlink(UUID childId, UUID associateId) {
        int removed = jdbc.sql("delete from child_associate where child_id = :child and associate_id = :associate")
                .param("child", childId).param("associate", associateId).update();
        if (removed > 0) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("associate", associateId, childId),
                    List.of("Associates"), "Unlinked");
        }
    }

    @Override
    @Transactional
    public Associate open(UUID id) {
        Associate associate = find(id);
        List<LinkedChild> children = children(id);
        if (children.isEmpty()) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("associate", id, null), List.of(), null);
        }
        for (LinkedChild child : children) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("associate", id, child.childId()), List.of(), null);
        }
        return associate;
    }

    @Override
    public Associate find(UUID id) {
        return associates.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<LinkedChild> children(UUID associateId) {
        return jdbc.sql("""
                select c.id as child_id, c.given_names || ' ' || c.family_name as name, ca.relationship
                  from child_associate ca join child c on c.id = ca.child_id
                 where ca.associate_id = :associate order by c.family_name, c.given_names, c.id""")
                .param("associate", associateId)
                .query(LinkedChild.class).list();
    }

    /** People already recorded whose name is like the words typed, closest first; searches are audited. */
    @Transactional
    List<Match> search(UUID childId, String text) {
        List<Match> found = jdbc.sql("""
                select a.id, a.name, a.address, a.person_of_concern,
                       coalesce((select string_agg(c.given_names || ' ' || c.family_name, ', '
                                                   order by c.family_name, c.given_names)
                                   from child_associate ca join child c on c.id = ca.child_id
                                  where ca.associate_id = a.id), '') as children
                  from associate a
                 where lower(a.name) like '%' || lower(:q) || '%' or lower(a.name) % lower(:q)
                 order by similarity(lower(a.name), lower(:q)) desc, lower(a.name), a.id
                 limit 20""")
                .param("q", text)
                .query(Match.class).list();
        audit.record(AuditAction.SEARCH, new AuditTrail.Subject("associate-search", null, childId), List.of(),
                "Search for \"" + text + "\": " + found.size() + " found");
        return found;
    }
}
