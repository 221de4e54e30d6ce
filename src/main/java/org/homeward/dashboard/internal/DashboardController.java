package org.homeward.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** Compliance with every timescale, for any period: the figures each module contributes. */
@Controller
class DashboardController {

    /** The period asked for, as typed (GOV.UK date inputs, sent by GET: dates only, nothing personal). */
    public static class Period {
        private String fromDay;
        private String fromMonth;
        private String fromYear;
        private String toDay;
        private String toMonth;
        private String toYear;

        DateInput from() { return new DateInput(fromDay, fromMonth, fromYear); }
        DateInput to() { return new DateInput(toDay, toMonth, toYear); }

        void set(LocalDate from, LocalDate to) {
            DateInput f = DateInput.of(from);
            DateInput t = DateInput.of(to);
            fromDay = f.day(); fromMonth = f.month(); fromYear = f.year();
            toDay = t.day(); toMonth = t.month(); toYear = t.year();
        }

        public String getFromDay() { return fromDay; }
        public void setFromDay(String v) { fromDay = v; }
        public String getFromMonth() { return fromMonth; }
        public void setFromMonth(String v) { fromMonth = v; }
        public String getFromYear() { return fromYear; }
        public void setFromYear(String v) { fromYear = v; }
        public String getToDay() { return toDay; }
        public void setToDay(String v) { toDay = v; }
        public String getToMonth() { return toMonth; }
        public void setToMonth(String v) { toMonth = v; }
        public String getToYear() { return toYear; }
        public void setToYear(String v) { toYear = v; }
    }

    private final List<ComplianceSource> sources;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    DashboardController(List<ComplianceSource> sources, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @org.springframework.transaction.annotation.Transactional
    String dashboard(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") Period period, Model model) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        if (period.from().blank() && period.to().blank()) {
            period.set(today.minusDays(27), today);
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<LocalDate> from = FormChecks.date(period.from(), "fromDay", "Enter the first day of the period",
                "First day", null, null, today, "The first day must be today or in the past", errors);
        Optional<LocalDate> to = FormChecks.date(period.to(), "toDay", "Enter the last day of the period",
                "Last day", null, null, null, null, errors);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.rejectValue("toDay", "order", "The last day must be on or after the first day");
        }
        model.addAttribute("today", today);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            model.addAttribute("areas", Map.of());
            return "dashboard/show";
        }
        List<ComplianceSource.Figure> figures = new ArrayList<>();
        sources.forEach(s -> figures.addAll(s.figures(from.get(), to.get(), now)));
        figures.sort(Comparator.comparingInt(ComplianceSource.Figure::order));
        Map<String, List<ComplianceSource.Figure>> areas = new LinkedHashMap<>();
        figures.forEach(f -> areas.computeIfAbsent(f.area(), a -> new ArrayList<>()).add(f));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("compliance-dashboard", null, null), List.of(),
                from.get() + " to " + to.get());
        model.addAttribute("from", from.get());
        model.addAttribute("to", to.get());
        model.addAttribute("areas", areas);
        return "dashboard/show";
    }
}
