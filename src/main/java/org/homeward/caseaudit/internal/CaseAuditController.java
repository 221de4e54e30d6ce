package org.homeward.caseaudit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.Refusals;
import org.homeward.caseaudit.internal.CaseAuditForms.AuditForm;
import org.homeward.caseaudit.internal.CaseAuditForms.FindingForm;
import org.homeward.caseaudit.internal.CaseAuditForms.SampleForm;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The programme of audits, planning one, and an audit's page: its sample, findings and report. */
@Controller
class CaseAuditController {

    private static final int PAGE_SIZE = 20;

    private final CaseAudits audits;
    private final AuditPlanning planning;
    private final CaseSampling sampling;
    private final AuditFindings findings;
    private final CaseAuditAccess access;
    private final CaseAuditReport report;
    private final Directory directory;
    private final Refusals refusals;
    private final java.time.Clock clock;
    private final Settings settings;

    CaseAuditController(CaseAudits audits, AuditPlanning planning, CaseSampling sampling, AuditFindings findings,
                        CaseAuditAccess access, CaseAuditReport report, Directory directory, Refusals refusals,
                        java.time.Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
        this.audits = audits;
        this.planning = planning;
        this.sampling = sampling;
        this.findings = findings;
        this.access = access;
        this.report = report;
        this.directory = directory;
        this.refusals = refusals;
    }

    /** One audit in the programme: its sample, how far its parts are, its grades by line and its actions. */
    public record Cycle(CaseAudits.Audit audit, int cases, long complete, List<LineGrades> lines,
                 CaseAudits.ActionCounts actions) {
    }

    public record LineGrades(int position, String heading, String grades) {
    }

    /** Names no child: the programme is counts, grades and actions. */
    @GetMapping("/case-audits")
    String programme(@AuthenticationPrincipal CurrentUser user,
                     @RequestParam(name = "after", required = false) String after,
                     @RequestParam(name = "before", required = false) String before, Model model) {
        boolean programme = access.mayViewProgramme(user);
        List<CaseAudits.Part> mine = audits.partsFor(user.id());
        List<CaseAudits.SampledCase> practised = audits.casesOfPractitioner(user.id());
        refusals.require(programme || !mine.isEmpty() || !practised.isEmpty(), "case_audit", null, List.of());
        if (programme) {
            Keyset.Page<CaseAudits.Audit> page = audits.audits(Keyset.of(after, before, PAGE_SIZE));
            model.addAttribute("cycles", page.rows().stream().map(this::cycle).toList());
            model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/case-audits"), page));
        }
        model.addAttribute("programme", programme);
        model.addAttribute("mine", mine);
        model.addAttribute("practised", practised);
        model.addAttribute("mayPlan", access.mayPlan(user));
        model.addAttribute("me", user.id());
        return "caseaudit/programme";
    }

    Cycle cycle(CaseAudits.Audit audit) {
        List<CaseAudits.Line> lines = audits.lines(audit.templateId());
        List<CaseAudits.Part> parts = audits.partsOfAudit(audit.id());
        Map<UUID, List<CaseAudits.GradeCount>> counts = audits.gradeCounts(audit.id()).stream()
                .collect(Collectors.groupingBy(CaseAudits.GradeCount::lineId));
        List<String> scale = audits.template(audit.templateId()).map(CaseAudits.Template::gradeScale).orElse(List.of());
        List<LineGrades> byLine = lines.stream().map(l -> new LineGrades(l.position(), l.heading(),
                words(scale, counts.getOrDefault(l.id(), List.of())))).toList();
        return new Cycle(audit, audits.cases(audit.id()).size(),
                parts.stream().filter(CaseAudits.Part::complete).count(), byLine,
                audits.actionCounts(audit.id(), clock.instant()));
    }

    /** "Good 2, Requires improvement 1", in the scale's order; "Not graded yet" when none. */
    static String words(List<String> scale, List<CaseAudits.GradeCount> counts) {
        Map<String, Long> byGrade = new LinkedHashMap<>();
        scale.forEach(g -> byGrade.put(g, 0L));
        counts.forEach(c -> byGrade.merge(c.grade(), c.parts(), Long::sum));
        String said = byGrade.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return said.isEmpty() ? "Not graded yet" : said;
    }

    /** {@code reaudit}: an earlier audit whose theme, objective, council and template (its latest version) are repeated. */
    @GetMapping("/case-audits/new")
    String start(@AuthenticationPrincipal CurrentUser user,
                 @RequestParam(name = "reaudit", required = false) String reaudit, Model model) {
        refusals.require(access.mayPlan(user), "case_audit", null, List.of());
        AuditForm form = new AuditForm();
        CaseAuditAnswers.uuid(reaudit).flatMap(audits::audit).ifPresent(earlier -> {
            String theme = earlier.theme() + " (re-audit)";
            form.setTheme(theme.length() > 200 ? earlier.theme() : theme);
            form.setObjective(earlier.objective());
            form.setCouncilId(earlier.councilId().toString());
            audits.template(earlier.templateId()).flatMap(t -> audits.currentTemplates().stream()
                    .filter(c -> c.code().equals(t.code())).findFirst())
                    .ifPresent(t -> form.setTemplateId(t.id().toString()));
        });
        java.time.LocalDate today = access.today();
        DateInput from = DateInput.of(today.minusYears(1).plusDays(1));
        DateInput to = DateInput.of(today);
        form.setFromDay(from.day());
        form.setFromMonth(from.month());
        form.setFromYear(from.year());
        form.setToDay(to.day());
        form.setToMonth(to.month());
        form.setToYear(to.year());
        return planForm(form, model, List.of());
    }

    @PostMapping("/case-audits")
    String plan(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("auditForm") AuditForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        refusals.require(access.mayPlan(user), "case_audit", null, List.of());
        return planning.plan(user, form, result).map(id -> {
            redirect.addFlashAttribute("success", "Audit planned: now sample its cases");
            return "redirect:/case-audits/" + id;
        }).orElseGet(() -> planForm(form, model, FormErrors.summary(result, AuditForm.FIELDS)));
    }

    private String planForm(AuditForm form, Model model, List<FormErrors.Entry> errors) {
        model.addAttribute("auditForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("templates", audits.currentTemplates().stream()
                .map(t -> new Choice(t.id().toString(), t.name() + " (version " + t.version() + ")")).toList());
        model.addAttribute("councils", directory.localAuthorities());
        return "caseaudit/new";
    }

    public record Choice(String code, String label) {
    }

    private CaseAudits.Audit audit(UUID id) {
        return audits.audit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Whether the person has a part, a case or an action in the audit. */
    private boolean takesPart(CurrentUser user, CaseAudits.Audit audit) {
        return audits.partsOfAudit(audit.id()).stream()
                .anyMatch(p -> user.id().equals(p.auditorId()) || user.id().equals(p.moderatorId()))
                || audits.cases(audit.id()).stream().anyMatch(c -> user.id().equals(c.practitionerId()))
                || audits.findings(audit.id()).stream().anyMatch(f -> user.id().equals(f.ownerId()));
    }

    /** Names no child: cases are numbered; their names are on each case's page. */
    @GetMapping("/case-audits/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CaseAudits.Audit audit = audit(id);
        refusals.require(access.mayViewAudit(user, audit, takesPart(user, audit)), "case_audit", id, List.of());
        return page(user, audit, model, new SampleForm(), new FindingForm(), List.of());
    }

    private String page(CurrentUser user, CaseAudits.Audit audit, Model model, SampleForm sample, FindingForm finding,
                        List<FormErrors.Entry> errors) {
        model.addAttribute("audit", audit);
        model.addAttribute("cycle", cycle(audit));
        model.addAttribute("cases", audits.cases(audit.id()));
        model.addAttribute("parts", audits.partsOfAudit(audit.id()).stream()
                .collect(Collectors.groupingBy(CaseAudits.Part::caseId)));
        model.addAttribute("findings", audits.findings(audit.id()));
        model.addAttribute("mayManage", access.mayManage(user, audit));
        model.addAttribute("runs", audit.runsOn(access.today()));
        model.addAttribute("mayPlan", access.mayPlan(user));
        model.addAttribute("sampleForm", sample);
        model.addAttribute("findingForm", finding);
        model.addAttribute("owners", directory.practitioners());
        model.addAttribute("errors", errors);
        model.addAttribute("cohorts", List.of(new Choice("ANY", "All children"),
                new Choice("LOOKED_AFTER", "Looked-after children"), new Choice("NOT_LOOKED_AFTER", "Children not looked after")));
        model.addAttribute("risks", List.of(new Choice("ANY", "Any"), new Choice("HIGH", "High"),
                new Choice("MEDIUM", "Medium"), new Choice("LOW", "Low or not graded")));
        model.addAttribute("strata", List.of(new Choice("NONE", "At random"),
                new Choice("COHORT", "Stratified: the same number of looked-after children and others"),
                new Choice("RISK", "Stratified: the same number from each risk level"),
                new Choice("REPEAT", "Stratified: the same number of repeat and single episodes"),
                new Choice("POLICE_FORCE", "Stratified: the same number from each police force the children were reported to"),
                new Choice("CARE_PROVIDER", "Stratified: the same number from each care provider the children were placed with")));
        model.addAttribute("repeatEpisodes", settings.number(Setting.INSIGHT_REPEAT_EPISODES));
        model.addAttribute("kinds", List.of(new Choice("STRENGTH", "Strength"),
                new Choice("DEVELOPMENT", "Area for development"),
                new Choice("RECOMMENDATION", "Recommendation (an action with an owner and due date)")));
        return "caseaudit/audit";
    }

    @PostMapping("/case-audits/{id}/sample")
    String sample(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("sampleForm") SampleForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        CaseAudits.Audit audit = audit(id);
        refusals.require(access.mayManage(user, audit), "case_audit", id, List.of());
        return sampling.sample(user, audit, form, result).map(n -> {
            redirect.addFlashAttribute("success", n + (n == 1 ? " case" : " cases") + " sampled");
            return "redirect:/case-audits/" + id;
        }).orElseGet(() -> page(user, audit, model, form, new FindingForm(),
                FormErrors.summary(result, SampleForm.FIELDS)));
    }

    @PostMapping("/case-audits/{id}/findings")
    String finding(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("findingForm") FindingForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        CaseAudits.Audit audit = audit(id);
        refusals.require(access.mayManage(user, audit), "case_audit", id, List.of());
        if (findings.add(user, audit, form, result)) {
            redirect.addFlashAttribute("success", "RECOMMENDATION".equals(form.getKind())
                    ? "Recommendation added: the action is on its owner's work queue" : "Finding added");
            return "redirect:/case-audits/" + id + "#findings";
        }
        return page(user, audit, model, new SampleForm(), form, FormErrors.summary(result, FindingForm.FIELDS));
    }

    @PostMapping("/case-audits/{id}/issue")
    String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        CaseAudits.Audit audit = audit(id);
        refusals.require(access.mayManage(user, audit), "case_audit", id, List.of());
        findings.issue(user, audit);
        redirect.addFlashAttribute("success", "Report issued: the audit has ended and auditors' access with it");
        return "redirect:/case-audits/" + id;
    }

    /** Names no child: grades, findings and the sample's make-up only. */
    @GetMapping("/case-audits/{id}/report.pdf")
    @Transactional
    ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        CaseAudits.Audit audit = audit(id);
        refusals.require(access.mayViewAudit(user, audit, takesPart(user, audit)), "case_audit", id, List.of());
        byte[] body = report.render(audit, cycle(audit));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("case-file-audit-" + audit.theme().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("(^-|-$)", "") + ".pdf").build().toString())
                .body(body);
    }
}
