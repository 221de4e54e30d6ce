package org.homeward.insight.internal.places;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.InsightQuestion;
import org.homeward.insight.internal.InsightScope;
import org.homeward.platform.web.PeriodForm;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the places and people pages were asked: who asks, for which period and councils. Read once for each
 * page, so that the three pages refuse the same people, check the period the same way and count the same
 * episodes.
 */
@Component
class PlacesQuestion {

    /**
     * One question, checked. {@code namesAssociates}: the viewer may see associates as the child's record shows
     * them (names, and who is a person of concern); everyone else sees associates only under pseudonyms.
     */
    record Asked(LocalDate from, LocalDate to, InsightScope.Shown shown, boolean namesAssociates) {

        /** The period's episodes, among the councils shown: {@code f} is insight_episode. */
        String scope() {
            return shown.authorities().isEmpty() ? "true"
                    : "(f.authority_id = any(:ids) or f.host_authority_id = any(:ids))";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("from", Date.valueOf(from));
            params.put("to", Date.valueOf(to));
            shown.authorities().ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
            return params;
        }
    }

    private final InsightQuestion question;
    private final InsightAccess access;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    PlacesQuestion(InsightQuestion question, InsightAccess access, AccessPolicy policy, AuditTrail audit,
                   TransactionTemplate tx) {
        this.question = question;
        this.access = access;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
    }

    /** What was read and the audit entry saying who saw it, together: no view goes unrecorded. */
    <T> T audited(String page, String detail, java.util.function.Supplier<T> read) {
        return tx.execute(status -> {
            T shown = read.get();
            audit.record(AuditAction.VIEW, new AuditTrail.Subject(page, null, null), List.of(), detail);
            return shown;
        });
    }

    /**
     * The question, or empty when the period was mistyped (the model then holds the error summary).
     *
     * @throws ResponseStatusException 403 for anyone insight does not show figures to
     */
    Optional<Asked> ask(CurrentUser user, PeriodForm period, String authority, Model model) {
        Optional<InsightQuestion.Asked> checked = question.ask(user, period, authority, model);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Asked asked = of(user, checked.get());
        model.addAttribute("asked", asked);
        model.addAttribute("namesAssociates", asked.namesAssociates());
        return Optional.of(asked);
    }

    /** The question checked, as the places pages show it to the viewer. */
    Asked of(CurrentUser user, InsightQuestion.Asked checked) {
        boolean names = !access.pseudonymised(user) && policy.mayViewChildren(user);
        return new Asked(checked.from(), checked.to(), checked.shown(), names);
    }
}
