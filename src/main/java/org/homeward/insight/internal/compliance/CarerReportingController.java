package org.homeward.insight.internal.compliance;

import java.time.Period;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.episode.CarerReporting;
import org.homeward.platform.web.PeriodForm;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** How carers reported the period's episodes, by placement (DOMAIN.md EP-13), beside the compliance dashboard. */
@Controller
class CarerReportingController {

    private final CarerReporting reporting;
    private final Settings settings;
    private final ReportRequests reports;

    CarerReportingController(CarerReporting reporting, Settings settings, ReportRequests reports) {
        this.reporting = reporting;
        this.settings = settings;
        this.reports = reports;
    }

    @GetMapping("/dashboard/carer-reporting")
    @org.springframework.transaction.annotation.Transactional
    String report(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority, Model model) {
        Optional<ReportRequests.Asked> asked = reports.read(user, authority, period, Period.ofYears(1), model,
                "carer-reporting");
        if (asked.isEmpty()) {
            return "insight/compliance/carer-reporting";
        }
        java.time.Duration late = settings.hours(Setting.LATE_REPORT);
        model.addAttribute("late", late.toHours());
        model.addAttribute("rows", reporting.forPeriod(asked.get().from(), asked.get().to(), late,
                asked.get().shown().authorities()));
        return "insight/compliance/carer-reporting";
    }
}
