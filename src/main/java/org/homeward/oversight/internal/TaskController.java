package org.homeward.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.oversight.Deadlines;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/** Work queues (DOMAIN.md OV-05), each task's page, handover and its acknowledgement. */
@Controller
class TaskController {

    private static final Set<String> DUE = Set.of("any", "overdue", "today");
    /** Tasks on a page of a queue. */
    static final int PAGE_SIZE = 50;
    private static final Set<String> SORTS = Set.of("due", "kind", "owner", "child");

    private final TaskQueries tasks;
    private final Handovers handovers;
    private final Clock clock;

    TaskController(TaskQueries tasks, Handovers handovers, Clock clock) {
        this.tasks = tasks;
        this.handovers = handovers;
        this.clock = clock;
    }

    static boolean manager(CurrentUser user) {
        return user.hasAny(Role.TEAM_MANAGER, Role.SENIOR_MANAGER);
    }

    /**
     * The police force's missing-person coordinators hold their unit's queue: the work the unit owns
     * with no one person yet (the police review of a missing episode) is theirs to see and pick up.
     */
    static boolean coordinator(CurrentUser user) {
        return user.has(Role.MISSING_COORDINATOR);
    }

    @GetMapping("/tasks")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String scope,
                 @RequestParam(required = false) String due, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
                 @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                 Model model) {
        TaskQueries.Scope s = scope(user, scope);
        String d = due != null && DUE.contains(due) ? due : "any";
        String k = kind != null && TaskKinds.LABELS.containsKey(kind) ? kind : null;
        String so = sort != null && SORTS.contains(sort) ? sort : "due";
        boolean desc = "desc".equals(order);
        Instant now = clock.instant();
        Instant endOfToday = Deadlines.endOf(LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        TaskQueries.Query query = new TaskQueries.Query(s, d, k, so, desc);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/tasks")
                .queryParam("scope", s.name().toLowerCase(java.util.Locale.ROOT)).queryParam("due", d)
                .queryParamIfPresent("kind", Optional.ofNullable(k)).queryParam("sort", so)
                .queryParam("order", desc ? "desc" : "asc");
        long total = tasks.count(user, query, now, endOfToday);
        Keyset.Page<TaskRow> found = read(user, query, now, endOfToday, Keyset.of(after, before, PAGE_SIZE));
        if (found.isEmpty() && (after != null || before != null)) {
            found = read(user, query, now, endOfToday, Keyset.of(null, null, PAGE_SIZE));
        }
        model.addAttribute("rows", found.rows());
        model.addAttribute("pagination", Pagination.keyset(base, found));
        model.addAttribute("total", total);
        model.addAttribute("scope", s.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("due", d);
        model.addAttribute("kind", k);
        model.addAttribute("sort", so);
        model.addAttribute("desc", desc);
        model.addAttribute("kinds", TaskKinds.LABELS);
        model.addAttribute("manager", manager(user) && user.teamId() != null);
        model.addAttribute("senior", user.has(Role.SENIOR_MANAGER));
        model.addAttribute("now", now);
        return "oversight/tasks";
    }

    private Keyset.Page<TaskRow> read(CurrentUser user, TaskQueries.Query query, Instant now, Instant endOfToday,
                                      Keyset keyset) {
        return "due".equals(query.sort()) ? tasks.queueByDue(user, query, now, endOfToday, keyset)
                : tasks.queue(user, query, now, endOfToday, keyset);
    }

    /** Managers start on their team's queue; no one sees a scope their role does not open. */
    private static TaskQueries.Scope scope(CurrentUser user, String scope) {
        if ("all".equals(scope) && user.has(Role.SENIOR_MANAGER)) {
            return TaskQueries.Scope.ALL;
        }
        boolean team = manager(user) && user.teamId() != null;
        if ("mine".equals(scope) || !team) {
            return user.has(Role.SENIOR_MANAGER) && user.teamId() == null && !"mine".equals(scope)
                    ? TaskQueries.Scope.ALL : TaskQueries.Scope.MINE;
        }
        return TaskQueries.Scope.TEAM;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        TaskRow task = visible(id, user);
        return page(task, user, model, null);
    }

    @PostMapping("/tasks/{id}/reassign")
    String reassign(@PathVariable UUID id, @RequestParam(required = false) String toId,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskRow task = visible(id, user);
        if (!handovers.mayReassign(user, task)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Optional<String> refused = handovers.reassign(task, toId, user);
        if (refused.isPresent()) {
            return page(task, user, model, refused.get());
        }
        redirect.addFlashAttribute("success", "Task handed over. They are asked to acknowledge it.");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        TaskRow task = visible(id, user);
        Optional<String> refused = handovers.acknowledge(task, user);
        if (refused.isPresent()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(task, user, model, refused.get());
        }
        redirect.addFlashAttribute("success", "Handover acknowledged: the task is yours.");
        return "redirect:/tasks/" + id;
    }

    private String page(TaskRow task, CurrentUser user, Model model, String error) {
        model.addAttribute("task", task);
        model.addAttribute("now", clock.instant());
        model.addAttribute("escalations", tasks.escalations(task.id()));
        boolean mayReassign = handovers.mayReassign(user, task);
        model.addAttribute("mayReassign", mayReassign);
        if (mayReassign) {
            model.addAttribute("candidates", handovers.candidates());
        }
        model.addAttribute("mayAcknowledge", task.awaitingAcknowledgement() && user.id().equals(task.ownerId()));
        model.addAttribute("errors", error == null ? List.of()
                : List.of(new FormErrors.Entry(error.startsWith("Select") ? "toId" : "main-content", error)));
        return "oversight/task";
    }

    /**
     * A task is seen by its owner, its owning team, whoever handed it over, the owner's team managers
     * and the named senior managers.
     */
    private TaskRow visible(UUID id, CurrentUser user) {
        TaskRow task = tasks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean sees = user.id().equals(task.ownerId()) || user.id().equals(task.handedOverBy())
                || user.has(Role.SENIOR_MANAGER)
                || (task.ownerTeamId() != null && task.ownerTeamId().equals(user.teamId()))
                || (user.has(Role.TEAM_MANAGER) && tasks.inOwnersTeam(task, user.teamId()));
        if (!sees) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return task;
    }
}
