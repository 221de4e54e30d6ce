package org.homeward.risk.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Publishes a new version of the risk screening tool from the last one, changed. A version takes effect
 * from today or later, so the version in force on any past day, and every screening made, stays as it was.
 */
@Service
class InstrumentPublisher {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final Instruments instruments;
    private final AuditTrail audit;
    private final Clock clock;

    InstrumentPublisher(JdbcClient jdbc, Instruments instruments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest version published, in force or not: a new version starts from it. */
    Instrument latest() {
        return instruments.byId(instruments.published().stream()
                .max(java.util.Comparator.comparingInt(Instruments.Published::version)).orElseThrow().id());
    }

    /** What to tell someone whose edits started from a version that is no longer the latest. */
    Optional<String> publishedSince(InstrumentForm form) {
        Instrument latest = latest();
        return latest.id().toString().equals(form.getBasedOn()) ? Optional.empty()
                : Optional.of("Version " + latest.version() + " was published while you were editing: start again from it");
    }

    @Transactional
    Optional<UUID> publish(InstrumentForm form, Errors errors, CurrentUser user) {
        Instrument latest = latest();
        Optional<String> published = publishedSince(form);
        if (published.isPresent()) {
            errors.reject("basedOn", published.get());
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        Optional<LocalDate> effective = FormChecks.date(form.effective(), "effectiveDay",
                "Enter the date the version takes effect", "Date it takes effect", today,
                "A new version takes effect today or later: screenings already made keep their version",
                today.plusYears(1), "A new version takes effect within a year", errors);
        Integer medium = number(form.getMediumFrom(), "mediumFrom", "Enter the score that suggests medium", 1, 200, errors);
        Integer high = number(form.getHighFrom(), "highFrom", "Enter the score that suggests high", 1, 200, errors);
        if (medium != null && high != null && high <= medium) {
            errors.rejectValue("highFrom", "order", "The score that suggests high must be more than the score that suggests medium");
        }

        List<Instrument.Factor> factors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> known = new HashSet<>();
        latest.factors().forEach(f -> known.add(f.code()));
        for (int i = 0; i < form.getFactors().size(); i++) {
            InstrumentForm.FactorRow row = form.getFactors().get(i);
            if (row.getCode() == null || !known.contains(row.getCode()) || !codes.add(row.getCode())) {
                errors.reject("factors", "The factors have changed since the form was opened: start again");
                return Optional.empty();
            }
            if (!row.isRemove()) {
                factor(row, "factors[" + i + "].", errors).ifPresent(factors::add);
            }
        }
        if (!form.getAdded().blank()) {
            String code = FormChecks.trimmed(form.getAdded().getCode());
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,29}")) {
                errors.rejectValue("added.code", "invalid",
                        "Enter a code for the new factor in capital letters, digits and underscores, for example GANG_LINKS");
            } else if (!codes.add(code)) {
                errors.rejectValue("added.code", "duplicate", "There is already a factor with the code " + code);
            } else {
                form.getAdded().setCode(code);
                factor(form.getAdded(), "added.", errors).ifPresent(factors::add);
            }
        }
        if (factors.isEmpty() && !errors.hasErrors()) {
            errors.reject("factors", "Keep at least one factor");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        int version = latest.version() + 1;
        jdbc.sql("""
                insert into risk_instrument_version (id, version, title, effective_from, medium_from, high_from,
                       change_note, published_at, published_by)
                values (:id, :version, :title, :from, :medium, :high, :note, :at, :by)""")
                .param("id", id).param("version", version).param("title", form.getTitle().strip())
                .param("from", Date.valueOf(effective.get())).param("medium", medium).param("high", high)
                .param("note", form.getChangeNote().strip()).param("at", Timestamp.from(clock.instant()))
                .param("by", user.displayName())
                .update();
        int order = 0;
        for (Instrument.Factor f : factors) {
            jdbc.sql("""
                    insert into risk_instrument_factor (version_id, code, section, label, guidance, weight, critical,
                           sort_order)
                    values (:v, :code, :section, :label, :guidance, :weight, :critical, :order)""")
                    .param("v", id).param("code", f.code()).param("section", f.section()).param("label", f.label())
                    .param("guidance", f.guidance()).param("weight", f.weight()).param("critical", f.critical())
                    .param("order", ++order)
                    .update();
        }
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("risk-instrument", id, null),
                List.of("Version " + version), form.getChangeNote().strip());
        return Optional.of(id);
    }

    private static Optional<Instrument.Factor> factor(InstrumentForm.FactorRow row, String prefix, Errors errors) {
        String name = FormChecks.trimmed(row.getLabel()) == null ? "the new factor" : row.getLabel().strip();
        FormChecks.required(row.getLabel(), prefix + "label", "Enter the factor's name", errors);
        FormChecks.required(row.getSection(), prefix + "section", "Enter the section for " + name, errors);
        FormChecks.required(row.getGuidance(), prefix + "guidance", "Enter what to consider for " + name, errors);
        FormChecks.maxLength(row.getLabel(), 200, prefix + "label", "The name must be 200 characters or fewer", errors);
        FormChecks.maxLength(row.getSection(), 100, prefix + "section", "The section must be 100 characters or fewer", errors);
        FormChecks.maxLength(row.getGuidance(), MAX_TEXT, prefix + "guidance",
                "What to consider must be " + MAX_TEXT + " characters or fewer", errors);
        Integer weight = number(row.getWeight(), prefix + "weight", "Enter a weight for " + name, 0, 5, errors);
        if (FormChecks.trimmed(row.getLabel()) == null || FormChecks.trimmed(row.getSection()) == null
                || FormChecks.trimmed(row.getGuidance()) == null || weight == null) {
            return Optional.empty();
        }
        return Optional.of(new Instrument.Factor(row.getCode(), row.getSection().strip(), row.getLabel().strip(),
                row.getGuidance().strip(), weight, row.isCritical()));
    }

    private static Integer number(String raw, String field, String message, int min, int max, Errors errors) {
        String v = FormChecks.trimmed(raw);
        try {
            int n = Integer.parseInt(v == null ? "" : v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.rejectValue(field, "invalid", message + " (a whole number from " + min + " to " + max + ")");
        return null;
    }
}
