package org.homeward.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every refusal is answered 403 and kept in the audit trail, against each child the record names, so
 * that attempts to read restricted records can be seen. Kept in its own transaction: the refusal is
 * recorded even though the request fails.
 */
@Component
public class Refusals {

    private final AuditTrail audit;
    private final TransactionTemplate own;

    Refusals(AuditTrail audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(String recordType, UUID recordId, Collection<UUID> children) {
        own.executeWithoutResult(status -> {
            if (children.isEmpty()) {
                audit.record(AuditAction.REFUSED, new AuditTrail.Subject(recordType, recordId, null), List.of(), null);
            }
            for (UUID child : children) {
                audit.record(AuditAction.REFUSED, new AuditTrail.Subject(recordType, recordId, child), List.of(), null);
            }
        });
    }

    /** Refuses unless allowed, recording the refusal first. */
    public void require(boolean allowed, String recordType, UUID recordId, Collection<UUID> children) {
        if (!allowed) {
            record(recordType, recordId, children);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
