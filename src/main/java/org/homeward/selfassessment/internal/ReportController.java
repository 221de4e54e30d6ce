package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.oversight.Notifier;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.springframework.beans.factory.annotation.Value;
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
    private final Participants participants;
    private final CycleReports reports;
    private final CycleHistory history;
    private final Notifier notifier;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final Dates dates;
    private final Clock clock;
    private final String baseUrl;

    ReportController(Cycles cycles, Participants participants, CycleReports reports, CycleHistory history,
                     Notifier notifier, PdfRenderer pdf, ITemplateEngine templates, Dates dates, Clock clock,
                     @Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
        this.cycles = cycles;
        this.participants = participants;
        this.reports = reports;
        this.history = history;
        this.notifier = notifier;
        this.pdf = pdf;
        this.templates = templates;
        this.dates = dates;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/self-assessment/{id}/report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        model.addAttribute("report", reports.of(cycle));
        model.addAttribute("facilitator", cycle.facilitatedBy(user));
        model.addAttribute("wantCopies", participants.of(id).stream().filter(p -> p.wantsCopy() && p.email() != null).toList());
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
        List<Participants.Participant> to = participants.of(id).stream().filter(p -> p.wantsCopy() && p.email() != null).toList();
        if (to.isEmpty()) {
            redirect.addFlashAttribute("success", "No participant has asked for a copy of the answers");
            return "redirect:/self-assessment/" + id + "/report";
        }
        String link = "/self-assessment/" + id + "/report";
        String text = reports.of(cycle).text(baseUrl + link);
        for (Participants.Participant p : to) {
            notifier.tellWithEmail(p.userId(), "The answers of the self-assessment \u201c" + cycle.name() + "\u201d were emailed to you",
                    link, "Homeward: self-assessment answers", text);
        }
        history.change(id, "Answers emailed", null, String.join(", ", to.stream().map(Participants.Participant::name).toList()),
                user.displayName());
        redirect.addFlashAttribute("success", "The answers are being emailed to " + to.size()
                + (to.size() == 1 ? " participant" : " participants"));
        return "redirect:/self-assessment/" + id + "/report";
    }
}
