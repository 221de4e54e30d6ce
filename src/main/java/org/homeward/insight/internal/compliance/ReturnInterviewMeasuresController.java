package org.homeward.insight.internal.compliance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.PeriodForm;
import org.homeward.rhi.CodedFindings;
import org.homeward.rhi.ReturnInterviewMeasures;
import org.homeward.rhi.ReturnInterviewMeasures.Cohort;
import org.homeward.rhi.ReturnInterviewMeasures.Measures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * Aggregate return interview measures for a period and cohort, for the whole partnership: counts only, never
 * names. The interview module counts them ({@link ReturnInterviewMeasures}); this page adds them up.
 */
@Controller
class ReturnInterviewMeasuresController {

    private final FigureSummaries summaries;
    private final AccessPolicy policy;
    private final Clock clock;
    private final CodedFindings findings;

    ReturnInterviewMeasuresController(FigureSummaries summaries, AccessPolicy policy, Clock clock,
                                      CodedFindings findings) {
        this.findings = findings;
        this.summaries = summaries;
        this.policy = policy;
        this.clock = clock;
    }

    public record Period(LocalDate from, LocalDate to, Cohort cohort) {
    }

    @GetMapping("/return-interviews/measures")
    String page(@AuthenticationPrincipal CurrentUser user,
                @ModelAttribute("measuresForm") ReturnInterviewMeasuresForm form, BindingResult result, Model model) {
        require(policy.mayViewReturnInterviewMeasures(user));
        Optional<Period> period = period(form, result);
        model.addAttribute("cohorts", Cohort.values());
        model.addAttribute("asAt", summaries.asAt().orElse(null));
        model.addAttribute("errors", FormErrors.summary(result, ReturnInterviewMeasuresForm.FIELD_ORDER));
        period.ifPresent(p -> {
            model.addAttribute("period", p);
            model.addAttribute("measures", measures(p));
            model.addAttribute("findings", findings.counts(p.from(), p.to()));
            model.addAttribute("csv", "/return-interviews/measures.csv?" + query(p));
        });
        return "insight/compliance/return-interview-measures";
    }

    @GetMapping("/return-interviews/measures.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
                               @ModelAttribute ReturnInterviewMeasuresForm form, BindingResult result) {
        require(policy.mayViewReturnInterviewMeasures(user));
        Period p = period(form, result).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Measures m = measures(p);
        StringBuilder csv = new StringBuilder("measure,count,percent of returns\r\n")
                .append("Returns,").append(m.returns()).append(",\r\n");
        for (Measures.Row r : m.rows()) {
            csv.append(r.measure()).append(',').append(r.count()).append(',')
                    .append(r.percent() == null ? "" : r.percent()).append("\r\n");
        }
        String name = "return-interview-measures-" + p.from() + "-to-" + p.to() + "-" + p.cohort().name()
                .toLowerCase().replace('_', '-') + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The measures for the whole partnership, added up from the summaries as at their last refresh. */
    private Measures measures(Period p) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        summaries.sumsStartingWith(p.from(), p.to(), Optional.empty(), ReturnInterviewMeasures.PREFIX)
                .forEach((figure, sum) -> counts.put(figure, sum.count()));
        return ReturnInterviewMeasures.fromCounts(counts, p.cohort());
    }

    /** The period asked for; with no dates at all, the last complete calendar month. */
    private Optional<Period> period(ReturnInterviewMeasuresForm form, Errors errors) {
        LocalDate first = ReturnInterviewMeasuresForm.lastCompleteMonth(
                LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        Optional<PeriodForm.Period> period = form.check(first, first.plusMonths(1).minusDays(1), errors);
        Cohort cohort = Cohort.parse(form.getCohort());
        form.setCohort(cohort.name());
        return period.map(p -> new Period(p.from(), p.to(), cohort));
    }

    private static String query(Period p) {
        return "fromDay=" + p.from().getDayOfMonth() + "&fromMonth=" + p.from().getMonthValue() + "&fromYear="
                + p.from().getYear() + "&toDay=" + p.to().getDayOfMonth() + "&toMonth=" + p.to().getMonthValue()
                + "&toYear=" + p.to().getYear() + "&cohort=" + p.cohort().name();
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
