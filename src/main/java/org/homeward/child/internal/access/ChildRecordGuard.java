package org.homeward.child.internal.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.access.AccessPolicy;
import org.homeward.access.ChildRecordLocator;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.internal.ChildRecordExists;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One guard for every page about a child (DOMAIN.md IS-02): the child's own pages and every module's
 * pages about one of the child's records. A person not involved with the child is refused before the
 * page is built, the refusal is audited, and whoever may break the glass is offered it.
 */
@Configuration(proxyBeanMethods = false)
class ChildRecordGuard implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern RECORD = Pattern.compile(
            "^/([a-z-]+)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

    private final ChildRecordExists children;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Map<String, ChildRecordLocator> locators = new HashMap<>();

    ChildRecordGuard(AccessPolicy policy, AuditTrail audit, TransactionTemplate transactions,
                     List<ChildRecordLocator> locators, ChildRecordExists children) {
        this.children = children;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        locators.forEach(l -> l.pathSegments().forEach(s -> this.locators.put(s, l)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(currentUser() instanceof CurrentUser user)) {
            return true;
        }
        Matcher m = RECORD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            return true;
        }
        String segment = m.group(1);
        UUID recordId = UUID.fromString(m.group(2));
        Optional<UUID> child;
        if (segment.equals("children")) {
            if ("/break-glass".equals(m.group(3))) {
                return true;
            }
            // An unknown record is a 404 from its page; a provider gets the same refusal whether or not it exists.
            child = policy.referralsOnly(user) || children.existsById(recordId) ? Optional.of(recordId) : Optional.empty();
        } else {
            ChildRecordLocator locator = locators.get(segment);
            child = locator == null ? Optional.empty() : locator.childOf(segment, recordId);
        }
        // Pages the role does not open at all are refused by their controllers, as before.
        if (child.isEmpty() || !(policy.mayViewChildren(user) || policy.referralsOnly(user))
                || policy.mayViewChild(user, child.get())) {
            return true;
        }
        UUID childId = child.get();
        transactions.executeWithoutResult(s -> audit.record(AuditAction.REFUSED,
                AuditTrail.Subject.child(childId), List.of(), "Not involved with the child"));
        throw new NotInvolvedException(childId, policy.mayBreakGlass(user, childId));
    }

    private static Object currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getPrincipal();
    }
}
