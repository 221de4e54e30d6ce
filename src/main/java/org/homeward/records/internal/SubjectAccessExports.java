package org.homeward.records.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.records.RecordSubjects;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a child's subject access export from every module's {@link SubjectAccessSource}, the audit
 * trail and the requests themselves, and audits the export in the same transaction.
 */
@Service
class SubjectAccessExports {

    /** Modules in the order a reader meets the child's story; any other module's sections follow. */
    private static final List<String> MODULE_ORDER = List.of("child", "episode", "rhi", "risk", "meeting",
            "oversight", "signoff", "supervision");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final List<SubjectAccessSource> sources;
    private final SubjectAccessRequests requests;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final TransactionTemplate own;
    private final Deadlines deadlines;

    SubjectAccessExports(List<SubjectAccessSource> sources, SubjectAccessRequests requests, AuditTrail audit,
                         Directory directory, Clock clock, PlatformTransactionManager transactions,
                         Deadlines deadlines) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SubjectAccessExports::position)).toList();
        this.requests = requests;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.deadlines = deadlines;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Someone asked for a child's whole record without the right to it: kept in the audit trail, in its
     * own transaction so that it is kept although the request fails.
     */
    void refused(UUID childId) {
        own.executeWithoutResult(status -> audit.record(AuditAction.REFUSED,
                new AuditTrail.Subject("subject_access_request", null, childId), List.of(), "Subject access refused"));
    }

    @Transactional
    public SubjectAccessExport export(RecordSubjects.Subject child, SubjectAccessRequests.Request request, CurrentUser user,
                                      String format) {
        List<SubjectAccessSection> sections = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (SubjectAccessSource source : sources) {
            source.sectionsFor(child.id()).forEach(s -> sections.add(named(s, names)));
        }
        sections.add(named(SubjectAccessSection.of("Subject access requests", "subject_access_request",
                requests.rowsFor(child.id())), names));
        sections.add(auditTrail(child.id()));
        SubjectAccessExport export = new SubjectAccessExport(child.id(), child.name(), clock.instant(),
                user.displayName() + ", " + user.agencyName(), request, SubjectAccessExport.NOTICE, sections);
        audit.record(AuditAction.EXPORT, AuditTrail.Subject.child(child.id()), null,
                "Subject access export (" + format + ")");
        return export;
    }

    private SubjectAccessSection auditTrail(UUID childId) {
        List<Map<String, String>> rows = audit.trailOf(childId).stream().map(e -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("When", e.occurredAt().toString());
            row.put("Who", e.username());
            row.put("Agency", e.agencyName() == null ? "" : e.agencyName());
            row.put("What", e.action());
            row.put("Record type", e.recordType());
            row.put("Record id", e.recordId() == null ? "" : e.recordId().toString());
            row.put("Fields changed", e.fieldsChanged() == null ? "" : e.fieldsChanged());
            row.put("Detail", e.detail() == null ? "" : e.detail());
            return row;
        }).toList();
        return new SubjectAccessSection("Audit trail: who viewed, changed or exported the record", "audit_entry",
                false, "Kept with the record and append-only: every view, search, change and export.", rows);
    }

    /**
     * People, agencies and teams are held by their record number; the export says who they are, as
     * the child reading it needs to know who did what.
     */
    private SubjectAccessSection named(SubjectAccessSection section, Map<String, String> names) {
        List<Map<String, String>> rows = section.records().stream().map(record -> {
            Map<String, String> row = new LinkedHashMap<>();
            record.forEach((field, value) -> row.put(field, refersToSomeone(field) && UUID_TEXT.matcher(value).matches()
                    ? names.computeIfAbsent(value, this::who) : value));
            return row;
        }).toList();
        return new SubjectAccessSection(section.title(), section.source(), section.thirdParty(), section.note(), rows);
    }

    private static boolean refersToSomeone(String field) {
        return field.endsWith(" by") || field.endsWith(" id") && !field.equals("Child id")
                && !field.equals("Episode id");
    }

    private String who(String id) {
        UUID uuid = UUID.fromString(id);
        return directory.userName(uuid).or(() -> directory.agencyName(uuid)).or(() -> directory.teamName(uuid))
                .map(name -> name + " (" + id + ")").orElse(id);
    }

    private static int position(SubjectAccessSource source) {
        String[] parts = source.getClass().getPackageName().split("\\.");
        int i = parts.length > 2 ? MODULE_ORDER.indexOf(parts[2]) : -1;
        return i < 0 ? MODULE_ORDER.size() : i;
    }

    /** Records the request, and puts the response on the recorder's work queue, due when the law says. */
    @Transactional
    public void recordRequest(UUID childId, String kind, String name, String authority, java.time.LocalDate receivedOn,
                              java.time.LocalDate dueOn, CurrentUser user) {
        UUID id = UUID.randomUUID();
        requests.save(id, childId, kind, name, authority, receivedOn, dueOn, user.id(), clock.instant());
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("subject_access_request", id, childId),
                List.of("requesterKind", "requesterName", "authority", "receivedOn", "identityChecked"),
                "Subject access request recorded");
        deadlines.open(new NewTask(task(id), "Respond to the subject access request", childId,
                TaskOwner.person(user.id()), Deadlines.endOf(dueOn), false, "/children/" + childId + "/subject-access"));
    }

    /** Records that the response was sent, which meets the deadline; false when it cannot be. */
    @Transactional
    public boolean recordResponse(UUID childId, UUID requestId, java.time.LocalDate on, CurrentUser user) {
        if (!requests.responded(requestId, childId, on, user.id())) {
            return false;
        }
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("subject_access_request", requestId, childId),
                List.of("respondedOn"), "Subject access response sent");
        deadlines.complete(task(requestId), user.id());
        return true;
    }

    private static TaskSource task(UUID requestId) {
        return new TaskSource("SUBJECT_ACCESS", "records", requestId.toString());
    }

    Optional<SubjectAccessRequests.Request> latestRequest(UUID childId) {
        return requests.forChild(childId).stream().findFirst();
    }
}
