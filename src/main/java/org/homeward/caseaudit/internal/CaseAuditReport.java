package org.homeward.caseaudit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildDiversity;
import org.homeward.child.Children;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The audit report as the partnership audit sets it out (SRC-000/001): objective, lines of enquiry,
 * summary of findings (strengths and areas for development), recommendations, then grades by line and
 * the diversity of the children sampled. It names no child.
 */
@Component
class CaseAuditReport {

    /** One count of the sampled children: "Female", 6. */
    public record Count(String label, long children) {
    }

    public record Breakdown(String heading, List<Count> counts) {
    }

    private final CaseAudits audits;
    private final Children children;
    private final Vocabularies vocabularies;
    private final PdfRenderer pdf;
    private final TemplateEngine templates;
    private final AuditTrail trail;
    private final Clock clock;
    private final Dates dates;

    CaseAuditReport(CaseAudits audits, Children children, Vocabularies vocabularies, PdfRenderer pdf,
                    TemplateEngine templates, AuditTrail trail, Clock clock, Dates dates) {
        this.dates = dates;
        this.audits = audits;
        this.children = children;
        this.vocabularies = vocabularies;
        this.pdf = pdf;
        this.templates = templates;
        this.trail = trail;
        this.clock = clock;
    }

    /** Needs the caller's transaction: the export is audited. */
    byte[] render(CaseAudits.Audit audit, CaseAuditController.Cycle cycle) {
        trail.record(AuditAction.EXPORT, new AuditTrail.Subject("case_audit", audit.id(), null), List.of(),
                "Case-file audit report (PDF)");
        List<CaseAudits.Finding> findings = audits.findings(audit.id());
        Context context = new Context(Locale.UK);
        context.setVariable("audit", audit);
        context.setVariable("cycle", cycle);
        context.setVariable("strengths", findings.stream().filter(f -> f.kind().equals("STRENGTH")).toList());
        context.setVariable("development", findings.stream().filter(f -> f.kind().equals("DEVELOPMENT")).toList());
        context.setVariable("recommendations", findings.stream().filter(f -> f.kind().equals("RECOMMENDATION")).toList());
        context.setVariable("diversity", diversity(audit));
        context.setVariable("issued", audit.reportedAt() != null);
        context.setVariable("dates", dates);
        return pdf.render(templates.process("caseaudit/report-pdf", context));
    }

    List<Breakdown> diversity(CaseAudits.Audit audit) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        List<ChildDiversity> sampled = audits.cases(audit.id()).stream()
                .flatMap(c -> children.diversity(c.childId()).stream()).toList();
        return List.of(
                breakdown("Age", sampled, d -> ageBand(Period.between(d.dateOfBirth(), today).getYears())),
                breakdown("Sex", sampled, d -> "F".equals(d.sex()) ? "Female" : "M".equals(d.sex()) ? "Male" : "Other or not known"),
                breakdown("Ethnicity", sampled, d -> d.ethnicity() == null ? "Not recorded"
                        : vocabularies.label("ethnicity", d.ethnicity()).orElse(d.ethnicity())),
                breakdown("Disability", sampled, d -> blank(d.disability()) ? "None recorded" : "Disability recorded"),
                breakdown("Faith or belief", sampled, d -> blank(d.religion()) ? "Not recorded" : "Recorded"),
                breakdown("First language", sampled, d -> blank(d.firstLanguage()) ? "Not recorded"
                        : d.firstLanguage().strip().equalsIgnoreCase("English") ? "English" : "Other than English"),
                breakdown("Looked after", sampled, d -> d.legalStatus() != null && d.legalStatus().startsWith("LAC")
                        ? "Looked after" : "Not looked after"));
    }

    private static Breakdown breakdown(String heading, List<ChildDiversity> sampled, Function<ChildDiversity, String> of) {
        Map<String, Long> counts = new TreeMap<>();
        sampled.forEach(d -> counts.merge(of.apply(d), 1L, Long::sum));
        return new Breakdown(heading, counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }

    private static String ageBand(int age) {
        return age < 10 ? "Under 10" : age < 13 ? "10 to 12" : age < 16 ? "13 to 15" : "16 and over";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
