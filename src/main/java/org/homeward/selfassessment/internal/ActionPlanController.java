package org.homeward.selfassessment.internal;

import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.FormChecks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cycle's action plan, and how far each action has got. */
@Controller
class ActionPlanController {

    static final Set<String> ACTION_STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE");

    private final Cycles cycles;
    private final CycleReports reports;
    private final ActionPlan actionPlan;

    ActionPlanController(Cycles cycles, CycleReports reports, ActionPlan actionPlan) {
        this.cycles = cycles;
        this.reports = reports;
        this.actionPlan = actionPlan;
    }

    @GetMapping("/self-assessment/{id}/actions")
    String actions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        model.addAttribute("report", reports.of(cycle));
        return "selfassessment/actions";
    }

    @PostMapping("/self-assessment/{id}/actions/{action}")
    @Transactional
    String actionStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID action,
                        @RequestParam(required = false) String status, RedirectAttributes redirect) {
        cycles.visible(id, user);
        ActionPlan.Action a = actionPlan.action(action).filter(x -> x.cycleId().equals(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!FormChecks.oneOf(status, ACTION_STATUSES)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        actionPlan.actionStatus(a, status, user.displayName());
        redirect.addFlashAttribute("success", "Action: " + a.text() + ": " + switch (status) {
            case "DONE" -> "done";
            case "IN_PROGRESS" -> "in progress";
            default -> "open";
        });
        return "redirect:/self-assessment/" + id + "/actions";
    }
}
