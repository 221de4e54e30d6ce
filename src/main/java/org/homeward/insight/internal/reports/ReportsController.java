package org.homeward.insight.internal.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.InsightScope;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Csv;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.homeward.platform.web.PeriodForm;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The partnership's reports (SR-10): the quarterly report to the missing sub-group and the corporate parenting
 * report, produced on demand or by the schedule, kept as produced and read as a page, a PDF or a CSV. Analysts
 * and named senior managers produce them; analysts name who is told when the schedule produces one. A report
 * is read by those whose insight scope covers it.
 */
@Controller
class ReportsController {

    private static final Set<Role> PRODUCERS = EnumSet.of(Role.ANALYST, Role.SENIOR_MANAGER);
    private static final Set<Role> RECIPIENT_ROLES = EnumSet.of(Role.ANALYST, Role.BOARD_MEMBER, Role.SENIOR_MANAGER,
            Role.DIRECTOR, Role.LEAD_MEMBER);

    /** Someone who may be named to be told of scheduled reports. */
    record Person(UUID id, String name, String agency) {
    }

    private final Reports reports;
    private final InsightAccess access;
    private final InsightScope scope;
    private final AuditTrail audit;
    private final Refusals refusals;
    private final PdfRenderer pdf;
    private final ReportCharts reportCharts;
    private final ITemplateEngine templates;
    private final Dates dates;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportsController(Reports reports, InsightAccess access, InsightScope scope, AuditTrail audit,
                      Refusals refusals, PdfRenderer pdf, ReportCharts reportCharts, ITemplateEngine templates, Dates dates,
                      JdbcClient jdbc, Clock clock) {
        this.refusals = refusals;
        this.reports = reports;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
        this.pdf = pdf;
        this.reportCharts = reportCharts;
        this.templates = templates;
        this.dates = dates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/insight/reports")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                Model model) {
        require(access.mayView(user));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        if (period.from().blank() && period.to().blank()) {
            LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
            period.set(quarterStart.minusMonths(3), quarterStart.minusDays(1));
        }
        return page(user, model, after, before, null);
    }

    @PostMapping("/insight/reports")
    @Transactional
    String produce(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String authority,
                   Model model, RedirectAttributes redirect) {
        require(access.mayView(user) && user.hasAny(PRODUCERS.toArray(Role[]::new)));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        Optional<ReportKind> chosen = java.util.Arrays.stream(ReportKind.values()).filter(k -> k.name().equals(kind))
                .findFirst();
        Optional<PeriodForm.Period> checked = period.check(today, today, errors);
        if (chosen.isEmpty()) {
            errors.reject("kind", "Choose which report to produce");
        }
        if (checked.isPresent() && checked.get().to().isAfter(today)) {
            errors.rejectValue("toDay", "future", "The last day must be today or in the past");
        }
        if (errors.hasErrors()) {
            List<FormErrors.Entry> summary = new ArrayList<>(FormErrors.summary(errors, List.of("fromDay", "toDay")));
            if (chosen.isEmpty()) {
                summary.add(0, new FormErrors.Entry("kind", "Choose which report to produce"));
            }
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            model.addAttribute("kindError", chosen.isEmpty() ? "Choose which report to produce" : null);
            return page(user, model, null, null, summary);
        }
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        UUID id = reports.produce(chosen.get(), checked.get().from(), checked.get().to(), shown.authorities(),
                shown.chosen() != null ? shown.chosen() : single(shown.authorities()), shown.name(), user.id())
                .orElseThrow();
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("insight-report", id, null), List.of(),
                chosen.get().title() + " for " + shown.name());
        redirect.addFlashAttribute("success", "Report produced");
        return "redirect:/insight/reports/" + id;
    }

    @PostMapping("/insight/reports/recipients")
    @Transactional
    String recipients(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String kind,
                      @RequestParam(name = "people", required = false) List<String> people, RedirectAttributes redirect) {
        require(user.has(Role.ANALYST));
        ReportKind k = java.util.Arrays.stream(ReportKind.values()).filter(x -> x.name().equals(kind)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Set<UUID> allowed = people().stream().map(Person::id).collect(java.util.stream.Collectors.toSet());
        List<UUID> chosen = (people == null ? List.<String>of() : people).stream().map(ReportsController::uuid)
                .filter(allowed::contains).toList();
        reports.setRecipients(k, chosen);
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("insight-report-recipients", null, null), List.of(),
                k.name() + ": " + chosen.size() + " people");
        redirect.addFlashAttribute("success", "Recipients saved");
        return "redirect:/insight/reports";
    }

    @GetMapping("/insight/reports/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Reports.Report report = readable(user, id);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-report", id, null), List.of(), null);
        model.addAttribute("report", report);
        return "insight/report";
    }

    @GetMapping("/insight/reports/{id}.pdf")
    @Transactional
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Reports.Report report = readable(user, id);
        audit.record(AuditAction.EXPORT, new AuditTrail.Subject("insight-report", id, null), List.of(), "PDF");
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("dates", dates);
        context.setVariable("charts", reportCharts.forPdf(report.content()));
        byte[] body = pdf.render(templates.process("insight/report-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, file(report, "pdf")).body(body);
    }

    @GetMapping("/insight/reports/{id}.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Reports.Report report = readable(user, id);
        audit.record(AuditAction.EXPORT, new AuditTrail.Subject("insight-report", id, null), List.of(), "CSV");
        Csv csv = new Csv().row("Table", "Row", "Column", "Value");
        for (ReportContent.Table t : report.content().tables()) {
            for (List<String> row : t.rows()) {
                for (int i = 1; i < row.size(); i++) {
                    csv.row(t.caption(), row.get(0), t.headings().get(i), row.get(i));
                }
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, file(report, "csv"))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String page(CurrentUser user, Model model, String after, String before, List<FormErrors.Entry> errors) {
        InsightScope.Shown shown = scope.of(user, null);
        Keyset.Page<Reports.Listed> page = reports.list(shown.authorities(), Keyset.of(after, before, 25));
        model.addAttribute("shown", shown);
        model.addAttribute("reports", page.rows());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/insight/reports"), page));
        model.addAttribute("mayProduce", user.hasAny(PRODUCERS.toArray(Role[]::new)));
        model.addAttribute("mayName", user.has(Role.ANALYST));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("errors", errors);
        if (user.has(Role.ANALYST)) {
            List<Person> people = people();
            model.addAttribute("people", people);
            java.util.Map<String, Set<UUID>> named = new java.util.LinkedHashMap<>();
            for (ReportKind k : ReportKind.values()) {
                named.put(k.name(), Set.copyOf(reports.recipients(k)));
            }
            model.addAttribute("named", named);
        }
        return "insight/reports";
    }

    /** Active users whose roles receive partnership reports. */
    private List<Person> people() {
        return jdbc.sql("""
                select distinct u.id, u.display_name as name, a.name as agency from user_account u
                  join user_role r on r.user_id = u.id join agency a on a.id = u.agency_id
                 where u.enabled and r.role in (:roles) order by u.display_name, u.id""")
                .param("roles", RECIPIENT_ROLES.stream().map(Role::name).toList()).query(Person.class).list();
    }

    private Reports.Report readable(CurrentUser user, UUID id) {
        require(access.mayView(user));
        Reports.Report report = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        InsightScope.Shown shown = scope.of(user, report.authorityId());
        boolean covered = report.authorityId() == null ? shown.authorities().isEmpty()
                : shown.authorities().map(a -> a.contains(report.authorityId())).orElse(true);
        if (!covered) {
            refusals.record("insight-report", id, List.of());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return report;
    }

    private static UUID single(Optional<Collection<UUID>> authorities) {
        return authorities.filter(a -> a.size() == 1).map(a -> a.iterator().next()).orElse(null);
    }

    private static String file(Reports.Report report, String extension) {
        return ContentDisposition.attachment().filename(report.kind().slug() + "-" + report.periodFrom() + "-to-"
                + report.periodTo() + "." + extension).build().toString();
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
