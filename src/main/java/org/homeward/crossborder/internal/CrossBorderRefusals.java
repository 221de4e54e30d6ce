package org.homeward.crossborder.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
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
class CrossBorderRefusals {

    private final AuditTrail audit;
    private final TransactionTemplate own;

    CrossBorderRefusals(AuditTrail audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(String recordType, UUID recordId, Collection<UUID> children) {
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
    void require(boolean allowed, String recordType, UUID recordId, Collection<UUID> children) {
        if (!allowed) {
            record(recordType, recordId, children);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
