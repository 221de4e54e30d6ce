package org.homeward.child.internal.chronology;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.child.Children;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One timeline per child, built from what every module contributes (DOMAIN.md CR-08). */
@Controller
class ChronologyController {

    private final List<ChronologySource> sources;
    private final Children children;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    ChronologyController(List<ChronologySource> sources, Children children, AccessPolicy policy, AuditTrail audit) {
        this.sources = sources;
        this.children = children;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/children/{id}/chronology")
    @Transactional
    public String chronology(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        if (!policy.mayViewChildren(user)) {
            throw new AccessDeniedException("No access to children's records");
        }
        ChildSummary child = children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("chronology", null, id), List.of(), null);
        model.addAttribute("child", child);
        model.addAttribute("entries", sources.stream().flatMap(s -> s.entriesFor(id).stream())
                .sorted(Comparator.comparing(ChronologyEntry::at).thenComparing(ChronologyEntry::recordedAt,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList());
        return "child/chronology";
    }
}
