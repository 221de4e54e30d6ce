package org.homeward.caseaudit.internal;

import java.util.Map;
import org.homeward.access.TableChildRecordLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A sampled case's and an audit part's pages are about the child: the one guard holds them to involvement. */
@Component
class CaseAuditRecords extends TableChildRecordLocator {

    CaseAuditRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("case-audit-cases", "case_audit_case", "case-audit-parts", "case_audit_part"));
    }
}
