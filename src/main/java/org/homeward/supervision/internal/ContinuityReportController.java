package org.homeward.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.platform.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Children by the number of changes of trusted worker in the last 12 months. Managers see the children;
 * partnership analysts see counts only (IS-02), on the page and in the CSV.
 */
@Controller
class ContinuityReportController {

    static final String RECOMMENDATION = "The partnership audit recommended that every child at risk of going missing "
            + "can build and keep a consistent relationship with one trusted worker: each change breaks that relationship.";
    private static final String RECORD = "trusted-worker-report";

    private final TrustedWorkers workers;
    private final TrustedWorkerService service;
    private final AccessPolicy policy;
    private final SupervisionPermissions permissions;
    private final Refusals refusals;
    private final AuditTrail audit;

    ContinuityReportController(TrustedWorkers workers, TrustedWorkerService service, AccessPolicy policy,
                               SupervisionPermissions permissions, Refusals refusals, AuditTrail audit) {
        this.workers = workers;
        this.service = service;
        this.policy = policy;
        this.permissions = permissions;
        this.refusals = refusals;
        this.audit = audit;
    }

    @GetMapping("/reports/trusted-worker-continuity")
    @Transactional
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        refusals.require(permissions.mayViewContinuityReport(user), RECORD, null, List.of());
        boolean names = policy.maySeeNamesInReports(user);
        List<TrustedWorkers.Continuity> rows = workers.continuity(service.windowStart(), service.today());
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(RECORD, null, null), List.of(),
                names ? rows.size() + " children named" : "Counts only");
        model.addAttribute("recommendation", RECOMMENDATION);
        model.addAttribute("from", service.windowStart());
        model.addAttribute("to", service.today());
        model.addAttribute("names", names);
        model.addAttribute("rows", names ? rows : List.of());
        model.addAttribute("counts", counts(rows));
        model.addAttribute("children", rows.size());
        return "supervision/continuity";
    }

    @GetMapping("/reports/trusted-worker-continuity.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user) {
        refusals.require(permissions.mayViewContinuityReport(user), RECORD, null, List.of());
        boolean names = policy.maySeeNamesInReports(user);
        LocalDate from = service.windowStart();
        LocalDate to = service.today();
        List<TrustedWorkers.Continuity> rows = workers.continuity(from, to);
        Csv csv = new Csv();
        if (names) {
            csv.row("child", "record number", "trusted worker", "role", "agency", "since",
                    "changes from " + from + " to " + to);
            rows.forEach(r -> csv.row(r.childName(), r.childId(), r.personName(), r.personRole(), r.agency(),
                    r.startsOn(), r.changes()));
        } else {
            csv.row("changes from " + from + " to " + to, "children");
            counts(rows).forEach((changes, children) -> csv.row(changes, children));
        }
        audit.record(AuditAction.EXPORT, new AuditTrail.Subject(RECORD, null, null), List.of(),
                names ? rows.size() + " children named" : "Counts only");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trusted-worker-continuity-" + to + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Children by number of changes: 0, 1, 2 and "3 or more", so that no small group stands out by name. */
    static Map<String, Integer> counts(List<TrustedWorkers.Continuity> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String band : List.of("0", "1", "2", "3 or more")) {
            counts.put(band, 0);
        }
        rows.forEach(r -> counts.merge(r.changes() >= 3 ? "3 or more" : String.valueOf(r.changes()), 1, Integer::sum));
        return counts;
    }
}
