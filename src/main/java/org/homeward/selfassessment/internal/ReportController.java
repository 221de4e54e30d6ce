package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The report by area: the page, PDF and CSV, and the answers emailed to participants who asked for a copy. */
@Controller
class ReportController {

    private final Cycles cycles;
    private final CycleReports reports;
    private final AnswerCopies copies;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final Dates dates;
    private final Clock clock;

    ReportController(Cycles cycles, CycleReports reports, AnswerCopies copies, PdfRenderer pdf, ITemplateEngine templates,
                     Dates dates, Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.copies = copies;
        this.pdf = pdf;
        this.templates = templates;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/self-assessment/{id}/report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        model.addAttribute("report", reports.of(cycle));
        model.addAttribute("facilitator", cycle.facilitatedBy(user));
        model.addAttribute("wantCopies", copies.wanted(id));
        return "selfassessment/report";
    }

    @GetMapping("/self-assessment/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Context context = new Context(Locale.UK);
        context.setVariable("report", reports.of(cycle));
        context.setVariable("dates", dates);
        context.setVariable("printedAt", dates.dateTime(clock.instant()));
        byte[] body = pdf.render(templates.process("selfassessment/report-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("self-assessment-" + id.toString().substring(0, 8) + ".pdf").build().toString())
                .body(body);
    }

    @GetMapping("/self-assessment/{id}/report.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("self-assessment-" + id.toString().substring(0, 8) + ".csv").build().toString())
                .body(reports.of(cycle).csv().getBytes(StandardCharsets.UTF_8));
    }

    /** Emails the answers to each participant who asked for a copy, through the outbox: once each, even across a restart. */
    @PostMapping("/self-assessment/{id}/email")
    @Transactional
    String email(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Cycles.Cycle cycle = cycles.facilitated(id, user);
        List<Participants.Participant> to = copies.send(cycle, user.displayName());
        redirect.addFlashAttribute("success", to.isEmpty() ? "No participant has asked for a copy of the answers"
                : "The answers are being emailed to " + to.size() + (to.size() == 1 ? " participant" : " participants"));
        return "redirect:/self-assessment/" + id + "/report";
    }
}
