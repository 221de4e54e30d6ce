package org.homeward.insight.internal.why;

import java.util.Locale;
import java.util.Map;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The issued report as a PDF: every narrative section, and the page's charts each above its table. */
@Component
class WhyReportDocument {

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final Dates dates;

    WhyReportDocument(ITemplateEngine templates, PdfRenderer pdf, Dates dates) {
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    /** The PDF of a report issued with these figures, and charts drawn from the same figures for a PDF. */
    byte[] render(WhyReports.Report report, WhyTables.Shown figures, Map<String, String> charts) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("tables", figures);
        context.setVariable("charts", charts);
        context.setVariable("dates", dates);
        return pdf.render(templates.process("insight/why-report-pdf", context));
    }
}
