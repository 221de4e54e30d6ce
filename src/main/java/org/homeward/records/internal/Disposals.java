package org.homeward.records.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Disposal at the end of retention, in two steps by two people: someone asks, with a reason; a named
 * senior manager who did not ask approves, and only then is the record disposed of, in the same
 * transaction as the approval, its register row and its audit entry. Nothing is ever deleted silently.
 */
@Service
class Disposals {

    private final RetentionSchedule schedule;
    private final DisposalRegister register;
    private final RecordsPermissions permissions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Dates dates;
    private final Clock clock;

    Disposals(RetentionSchedule schedule, DisposalRegister register, RecordsPermissions permissions, AuditTrail audit,
              JdbcClient jdbc, Dates dates, Clock clock) {
        this.schedule = schedule;
        this.register = register;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.dates = dates;
        this.clock = clock;
    }

    /** Asks for the record's disposal; empty, with the errors, when it may not be asked for. */
    @Transactional
    public Optional<UUID> request(CurrentUser user, RetentionSchedule.Due due, DisposalForm form, Errors errors) {
        if (!due.ended()) {
            errors.reject("early", "This record is kept until " + dates.date(due.endsOn())
                    + ": its disposal cannot be asked for before then");
        }
        if (register.pending(due.record().recordType(), due.record().id()).isPresent()) {
            errors.reject("pending", "Disposal of this record has already been asked for and is waiting for approval");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        register.request(id, due.record().recordType(), due.record().id(), due.rule().summary(), due.endsOn(),
                form.getReason().strip(), user.id(), clock.instant());
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("record_disposal", id, null), List.of("reason"),
                "Disposal requested: " + due.record().recordType() + " " + due.record().id());
        return Optional.of(id);
    }

    /**
     * Approves the disposal and disposes of the record; false, with the errors, when it may not be. The
     * rule is applied again as it stands now: a record whose retention was lengthened since is kept.
     */
    @Transactional
    public boolean approve(CurrentUser user, DisposalRegister.Disposal disposal, Errors errors) {
        if (disposal.disposed()) {
            errors.reject("done", "This record has already been disposed of");
            return false;
        }
        if (!permissions.mayApproveDisposal(user, disposal.requestedById())) {
            errors.reject("own", "You asked for this disposal: a different named senior manager must approve it");
            return false;
        }
        Optional<RetentionSchedule.Due> due = schedule.find(disposal.recordType(), disposal.recordId());
        if (due.isEmpty()) {
            errors.reject("gone", "This record no longer exists");
            return false;
        }
        if (!due.get().ended()) {
            errors.reject("early", "This record is now kept until " + dates.date(due.get().endsOn())
                    + ": it cannot be disposed of before then");
            return false;
        }
        register.approve(disposal.id(), user.id(), clock.instant());
        // The modules' tables refuse deletes except in the transaction of an approved disposal (docs/decisions/0019).
        jdbc.sql("select set_config('homeward.disposal', 'approved', true)").query().singleValue();
        schedule.source(disposal.recordType()).orElseThrow().dispose(disposal.recordType(), disposal.recordId());
        audit.record(AuditAction.DISPOSE, new AuditTrail.Subject(disposal.recordType(), disposal.recordId(),
                        due.get().record().childId()),
                null, "Disposed of at the end of retention: " + disposal.rule());
        jdbc.sql("select set_config('homeward.disposal', '', true)").query().singleValue();
        return true;
    }
}
