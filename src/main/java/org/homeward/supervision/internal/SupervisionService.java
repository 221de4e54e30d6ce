package org.homeward.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.ActionRows;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Records supervisions: checks the answers whole, then stores and audits them together. */
@Service
class SupervisionService {

    private final Supervisions supervisions;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionService(Supervisions supervisions, Directory directory, AuditTrail audit, Clock clock) {
        this.supervisions = supervisions;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /**
     * Whom this supervisor may record a supervision with: social workers and team managers of their own
     * agency, not themself. Supervision is line management, which does not cross agencies.
     */
    List<Directory.Option> supervisees(CurrentUser supervisor) {
        return directory.caseHoldersOf(supervisor.agencyId()).stream().filter(o -> !o.id().equals(supervisor.id()))
                .toList();
    }

    Optional<Directory.Option> supervisee(CurrentUser supervisor, String id) {
        return parse(id).flatMap(u -> supervisees(supervisor).stream().filter(o -> o.id().equals(u)).findFirst());
    }

    /** Actions are owned by the two people in the supervision, the only ones who may read it. */
    List<Directory.Option> owners(CurrentUser supervisor, Directory.Option supervisee) {
        return List.of(new Directory.Option(supervisor.id(), supervisor.displayName()), supervisee);
    }

    /** @return the new supervision's id, or empty when the answers need correcting (nothing is stored) */
    @Transactional
    public Optional<UUID> record(CurrentUser user, SupervisionForm form, BindingResult result) {
        Optional<Directory.Option> supervisee = supervisee(user, form.getSuperviseeId());
        if (supervisee.isEmpty()) {
            result.rejectValue("superviseeId", "required", "Select who was supervised");
            return Optional.empty();
        }
        String kind = form.getKind();
        if (!"CASE".equals(kind) && !"REFLECTIVE".equals(kind)) {
            result.rejectValue("kind", "required", "Select whether this was case or reflective supervision");
            kind = null;
        }
        Optional<LocalDate> held = FormChecks.date(form.heldOn(), "heldDay", "Enter the date of the supervision",
                "The date of the supervision", null, null, today(),
                "The date of the supervision cannot be in the future", result);
        Set<UUID> allocated = Set.copyOf(supervisions.allocatedTo(supervisee.get().id()).stream()
                .map(Supervisions.Child::id).toList());
        List<UUID> children = new ArrayList<>();
        for (String id : form.getChildIds()) {
            Optional<UUID> child = parse(id).filter(allocated::contains);
            if (child.isEmpty()) {
                result.rejectValue("childIds", "invalid", "Select children from the list");
            } else if (!children.contains(child.get())) {
                children.add(child.get());
            }
        }
        if ("CASE".equals(kind) && children.isEmpty() && !result.hasFieldErrors("childIds")) {
            result.rejectValue("childIds", "required", "Select at least one child discussed in a case supervision");
        }
        FormChecks.required(form.getDiscussion(), "discussion", "Enter what was discussed", result);
        Set<UUID> owners = Set.of(user.id(), supervisee.get().id());
        List<ActionRows.Action> actions = ActionRows.read(form.getActions(), owners,
                held.filter(h -> !result.hasFieldErrors("heldDay")), "action", result);
        Optional<LocalDate> next = FormChecks.date(form.nextOn(), "nextDay", null, "The date of the next supervision",
                null, null, null, null, result);
        if (next.isPresent() && held.isPresent() && !next.get().isAfter(held.get())) {
            result.rejectValue("nextDay", "early", "The next supervision must be after this one");
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        supervisions.save(id, kind, held.get(), user.id(), supervisee.get().id(), form.getDiscussion().strip(),
                next.orElse(null), children, actions, user.id(), now);
        List<String> fields = List.of("Supervision", "Discussion", "Actions");
        if (children.isEmpty()) {
            audit.record(AuditAction.CREATE, new AuditTrail.Subject("supervision", id, null), fields, null);
        }
        for (UUID child : children) {
            audit.record(AuditAction.CREATE, new AuditTrail.Subject("supervision", id, child), fields, null);
        }
        return Optional.of(id);
    }

    /** Every read is audited, against each child the supervision names. */
    @Transactional
    public void read(UUID id, List<UUID> children) {
        if (children.isEmpty()) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("supervision", id, null), List.of(), null);
        }
        for (UUID child : children) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("supervision", id, child), List.of(), null);
        }
    }

    static Optional<UUID> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
