package org.homeward.risk.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The child's risk trend across episodes. It gathers harm disclosed to the police and in interviews,
 * so it is for those who hold missing management meetings (as the exploitation screening is).
 */
@Controller
class RiskTrendController {

    private final RiskTrend trend;
    private final Children children;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    RiskTrendController(RiskTrend trend, Children children, AccessPolicy policy, AuditTrail audit) {
        this.trend = trend;
        this.children = children;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/children/{id}/risk-trend")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        if (!policy.mayViewMeetings(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ChildSummary child = children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean interviews = policy.mayViewReturnInterviews(user);
        List<RiskTrend.Row> rows = trend.forChild(id, interviews);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("risk-trend", null, id), List.of(), null);
        model.addAttribute("child", child);
        model.addAttribute("rows", rows);
        model.addAttribute("interviewsShown", interviews);
        model.addAttribute("rising", rows.size() > 0 && "Rose".equals(rows.get(0).change()));
        return "risk/trend";
    }
}
