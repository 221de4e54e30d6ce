package org.homeward.insight.internal.why;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.insight.internal.Charts;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.InsightScope;
import org.homeward.platform.ClockConfiguration;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "Why children go missing" report to the board (DOMAIN.md SR-05; SRC-000/001: "Board to receive a report
 * exploring the reasons why children go missing"). An analyst drafts it for a period and a scope, writes its
 * narrative and issues it; issuing freezes the figures and the PDF. Board members and senior managers read issued
 * reports; only analysts see drafts.
 */
@Controller
class WhyReportController {

    /** Who reads issued reports: those the board's reports are for, and the analysts who write them. */
    private static final Set<Role> READERS = EnumSet.of(Role.ANALYST, Role.BOARD_MEMBER, Role.SENIOR_MANAGER,
            Role.DIRECTOR, Role.LEAD_MEMBER);
    private static final int PER_PAGE = 20;

    private final WhyReports reports;
    private final WhyFigures figures;
    private final WhyTables tables;
    private final WhyReportDocument document;
    private final EpisodeFacts facts;
    private final InsightScope scope;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Dates dates;
    private final Clock clock;

    WhyReportController(WhyReports reports, WhyFigures figures, WhyTables tables, WhyReportDocument document,
                        EpisodeFacts facts, InsightScope scope, AuditTrail audit, JsonMapper json, Dates dates,
                        Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.tables = tables;
        this.document = document;
        this.facts = facts;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/insight/reports/why")
    @Transactional
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                @RequestParam(name = "after", required = false) String after,
                @RequestParam(name = "before", required = false) String before, Model model) {
        reader(user);
        if (user.has(Role.ANALYST)) {
            LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
            period.set(today.minusYears(1).plusDays(1), today);
        }
        return list(user, after, before, model);
    }

    @PostMapping("/insight/reports/why")
    @Transactional
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  BindingResult errors, @RequestParam(name = "authority", required = false) String authority,
                  Model model) {
        analyst(user);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        Optional<PeriodForm.Period> checked = period.check(today.minusYears(1).plusDays(1), today, errors);
        if (checked.isPresent() && checked.get().to().isAfter(today)) {
            errors.rejectValue("toDay", "future", "The last day of the period must be today or in the past");
            checked = Optional.empty();
        }
        if (checked.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            return list(user, null, null, model);
        }
        UUID id = reports.create(checked.get().from(), checked.get().to(), shown.chosen(), shown.name(), user);
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("insight-why-report", id, null), List.of(),
                "Draft report on why children go missing, " + checked.get().from() + " to " + checked.get().to()
                        + " for " + shown.name());
        return "redirect:/insight/reports/why/" + id;
    }

    @GetMapping("/insight/reports/why/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        WhyReports.Report report = readable(user, id);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-why-report", id, null), List.of(),
                report.issued() ? "Issued report" : "Draft report");
        if (report.issued()) {
            return issuedPage(report, model);
        }
        return draftPage(report, NarrativeForm.of(report), null, model);
    }

    @PostMapping("/insight/reports/why/{id}")
    @Transactional
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @Valid @ModelAttribute("narrative") NarrativeForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        analyst(user);
        WhyReports.Report report = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (report.issued()) {
            redirect.addFlashAttribute("success", "This report has already been issued and cannot be changed");
            return "redirect:/insight/reports/why/" + id;
        }
        form.check(errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, NarrativeForm.FIELD_ORDER));
            return draftPage(report, form, null, model);
        }
        WhyReports.Narrative narrative = form.narrative();
        long version = form.getVersion() == null ? -1 : form.getVersion();
        if (!reports.save(id, version, narrative, user)) {
            return conflict(report, form, errors, model);
        }
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("insight-why-report", id, null),
                WhyReports.changed(report, narrative), "Draft report's narrative saved");
        if (!form.issuing()) {
            redirect.addFlashAttribute("success", "Draft saved");
            return "redirect:/insight/reports/why/" + id;
        }
        WhyReports.Report saved = reports.find(id).orElseThrow();
        Instant at = reports.instant();
        WhyFigures.Figures issuedFigures = figures.figures(report.fromDay(), report.toDay(), authorities(report));
        WhyTables.Shown frozen = tables.shown(issuedFigures, report.scopeName(), counted());
        WhyReports.Report issued = new WhyReports.Report(saved.id(), saved.fromDay(), saved.toDay(), saved.authorityId(),
                saved.scopeName(), saved.summary(), saved.childrenTellUs(), saved.meansForPartnership(),
                saved.recommendations(), WhyReports.ISSUED, saved.createdAt(), saved.createdByName(), at,
                user.displayName(), at, user.displayName(), saved.version() + 1);
        byte[] pdf = document.render(issued, frozen, tables.charts(issuedFigures, Charts.Medium.PDF));
        if (!reports.issue(id, saved.version(), at, json.writeValueAsString(frozen), pdf, user)) {
            return conflict(report, form, errors, model);
        }
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("insight-why-report", id, null), List.of("status"),
                "Report issued to the board; its figures frozen");
        redirect.addFlashAttribute("success", "Report issued");
        return "redirect:/insight/reports/why/" + id;
    }

    @GetMapping("/insight/reports/why/{id}/document.pdf")
    @Transactional
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        WhyReports.Report report = readable(user, id);
        byte[] pdf = reports.pdf(report.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(AuditAction.EXPORT, new AuditTrail.Subject("insight-why-report", id, null), List.of(),
                "Issued report downloaded (PDF)");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("why-children-go-missing-" + report.fromDay() + "-to-" + report.toDay() + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    private String list(CurrentUser user, String after, String before, Model model) {
        boolean analyst = user.has(Role.ANALYST);
        Keyset keyset = Keyset.of(after, before, PER_PAGE);
        Keyset.Page<WhyReports.Listed> page = reports.list(analyst, keyset);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-why-reports", null, null), List.of(),
                "Reports on why children go missing (" + page.rows().size() + " listed)");
        model.addAttribute("reports", page.rows());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/insight/reports/why"), page));
        model.addAttribute("analyst", analyst);
        if (analyst) {
            model.addAttribute("shown", scope.of(user, null));
        }
        return "insight/why-reports";
    }

    private String issuedPage(WhyReports.Report report, Model model) {
        String frozen = reports.figures(report.id()).orElseThrow();
        model.addAttribute("report", report);
        model.addAttribute("tables", json.readValue(frozen, WhyTables.Shown.class));
        return "insight/why-report";
    }

    private String draftPage(WhyReports.Report report, NarrativeForm form, WhyReports.Report theirs, Model model) {
        WhyFigures.Figures f = figures.figures(report.fromDay(), report.toDay(), authorities(report));
        model.addAttribute("report", report);
        model.addAttribute("narrative", form);
        model.addAttribute("theirs", theirs);
        model.addAttribute("tables", tables.shown(f, report.scopeName(), counted()));
        model.addAttribute("charts", tables.charts(f));
        return "insight/why-report";
    }

    /** Someone else saved or issued the draft since this editor read it: keep their text, show the other's. */
    private String conflict(WhyReports.Report read, NarrativeForm form, BindingResult errors, Model model) {
        WhyReports.Report now = reports.find(read.id()).orElseThrow();
        if (now.issued()) {
            errors.reject("issued", "This report was issued by " + now.issuedByName()
                    + " while you were editing it, so it can no longer be changed");
        } else {
            errors.reject("changed", "This draft was changed by " + now.updatedByName()
                    + " after you opened it. Their text is shown under each section; yours is kept in the boxes. "
                    + "Save again to replace theirs");
            form.setVersion(now.version());
        }
        model.addAttribute("errors", FormErrors.summary(errors, NarrativeForm.FIELD_ORDER));
        if (now.issued()) {
            return issuedPage(now, model);
        }
        return draftPage(now, form, now, model);
    }

    private static Optional<Collection<UUID>> authorities(WhyReports.Report report) {
        return report.authorityId() == null ? Optional.empty() : Optional.of(List.of(report.authorityId()));
    }

    private String counted() {
        return facts.asAt().map(at -> "Records as at " + dates.dateTime(at) + ".")
                .orElse("The records had not been counted.");
    }

    /** A report this user may open: an issued one for any reader, a draft for analysts only. */
    private WhyReports.Report readable(CurrentUser user, UUID id) {
        reader(user);
        WhyReports.Report report = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!report.issued() && !user.has(Role.ANALYST)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return report;
    }

    private static void reader(CurrentUser user) {
        if (READERS.stream().noneMatch(user::hasAny)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static void analyst(CurrentUser user) {
        if (!user.has(Role.ANALYST)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
