package org.homeward.home;

import java.util.Comparator;
import java.util.List;
import org.homeward.access.AccessPolicy;
import org.homeward.access.ChildScope;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Children;
import org.homeward.oversight.WorkSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each person's first page answers "what needs me now?". */
@Controller
class HomeController {

    /** Tasks of each kind (overdue, due next) on the page; the rest are in the lists it links to. */
    static final int SHOWN = 10;

    private final AuditTrail audit;
    private final Children children;
    private final AccessPolicy policy;
    private final ObjectProvider<WorkSource> work;
    private final java.time.Clock clock;

    HomeController(AuditTrail audit, Children children, AccessPolicy policy, ObjectProvider<WorkSource> work,
                   java.time.Clock clock) {
        this.audit = audit;
        this.children = children;
        this.policy = policy;
        this.work = work;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("mayFindChildren", policy.mayFindChildren(user));
        model.addAttribute("mayViewChildren", policy.mayViewChildren(user));
        model.addAttribute("mayEditChildren", policy.mayEditChildren(user));
        model.addAttribute("mayAudit", policy.mayReadAuditTrail(user));
        model.addAttribute("mayAdminister", policy.mayAdminister(user));
        model.addAttribute("mayMeasure", policy.mayViewReturnInterviewMeasures(user));
        model.addAttribute("mayReviewRetention", policy.mayReviewRetention(user));
        model.addAttribute("mayListExceptions", policy.maySeeNamesInReports(user));
        if (policy.mayFindChildren(user)) {
            // A provider's earlier views may be of children no longer referred to it.
            ChildScope scope = policy.childScope(user);
            model.addAttribute("recent", children.summaries(audit.recentlyViewedChildren(user.id(), 10).stream()
                    .filter(scope::includes).toList()));
        }
        List<WorkSource.Task> tasks = work.orderedStream().flatMap(w -> w.tasksFor(user).stream()).toList();
        // The overdue most recent first and the rest soonest first: years-old work never hides what is due today.
        List<WorkSource.Task> overdue = tasks.stream().filter(WorkSource.Task::overdue)
                .sorted(Comparator.comparing(WorkSource.Task::dueAt).reversed()).toList();
        List<WorkSource.Task> due = tasks.stream().filter(t -> !t.overdue())
                .sorted(Comparator.comparing(WorkSource.Task::dueAt)).toList();
        model.addAttribute("overdue", overdue.subList(0, Math.min(SHOWN, overdue.size())));
        model.addAttribute("due", due.subList(0, Math.min(SHOWN, due.size())));
        model.addAttribute("more", work.orderedStream().flatMap(w -> w.moreFor(user).stream()).toList());
        model.addAttribute("today", java.time.LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        return "home/home";
    }
}
