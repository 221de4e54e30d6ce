package org.homeward.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Names a child's trusted worker or records a change, with the child's view and the reason. */
@Service
class TrustedWorkerService {

    private final TrustedWorkers workers;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final Dates dates;

    TrustedWorkerService(TrustedWorkers workers, Directory directory, AuditTrail audit, Clock clock, Dates dates) {
        this.workers = workers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.dates = dates;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /** The continuity window: the last 12 months, the day 12 months ago included. */
    LocalDate windowStart() {
        return today().minusMonths(12);
    }

    java.util.Optional<TrustedWorkers.Appointment> current(UUID childId) {
        return workers.current(childId);
    }

    int changesInLastYear(UUID childId) {
        return workers.changes(childId, windowStart(), today());
    }

    /** People who use Homeward and may be chosen: practitioners of any agency. */
    List<Directory.Option> people() {
        return directory.practitioners();
    }

    @Transactional
    public List<TrustedWorkers.Appointment> open(UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("trusted-worker", null, childId), List.of(), null);
        return workers.history(childId);
    }

    @Transactional
    public boolean record(UUID childId, TrustedWorkerForm form, BindingResult result, CurrentUser user) {
        Optional<TrustedWorkers.Appointment> current = workers.current(childId);
        String name = FormChecks.trimmed(form.getPersonName());
        String agency = FormChecks.trimmed(form.getAgency());
        UUID userId = null;
        if (FormChecks.trimmed(form.getUserId()) != null) {
            userId = SupervisionService.parse(form.getUserId())
                    .filter(id -> people().stream().anyMatch(p -> p.id().equals(id))).orElse(null);
            Optional<TrustedWorkers.Person> person = userId == null ? Optional.empty() : workers.person(userId);
            if (person.isEmpty()) {
                result.rejectValue("userId", "invalid", "Select someone from the list");
            } else {
                name = person.get().name();
                agency = person.get().agency();
            }
        } else {
            if (name == null) {
                result.rejectValue("personName", "required",
                        "Enter the trusted worker’s name, or choose someone who uses Homeward");
            }
            if (agency == null) {
                result.rejectValue("agency", "required", "Enter the trusted worker’s agency");
            }
        }
        FormChecks.maxLength(name, 200, "personName", "The name must be 200 characters or fewer", result);
        FormChecks.maxLength(agency, 200, "agency", "The agency must be 200 characters or fewer", result);
        LocalDate earliest = current.map(TrustedWorkers.Appointment::startsOn).orElse(null);
        Optional<LocalDate> starts = FormChecks.date(form.startsOn(), "startDay",
                "Enter the date the child chose them", "The start date", earliest,
                earliest == null ? null : "The start date cannot be before the current trusted worker started, "
                        + dates.date(earliest), today(), "The start date cannot be in the future", result);
        if (current.isPresent()) {
            FormChecks.required(form.getReason(), "reason", "Enter why the trusted worker is changing", result);
        }
        if (result.hasErrors()) {
            return false;
        }
        workers.add(childId, userId, name, form.getPersonRole().strip(), agency, starts.get(),
                form.getChildView().strip(), current.isPresent() ? form.getReason().strip() : null, user.id(),
                clock.instant());
        audit.record(current.isPresent() ? AuditAction.CHANGE : AuditAction.CREATE,
                new AuditTrail.Subject("trusted-worker", null, childId), List.of("Trusted worker"),
                current.map(c -> "From " + c.personName()).orElse(null));
        return true;
    }
}
