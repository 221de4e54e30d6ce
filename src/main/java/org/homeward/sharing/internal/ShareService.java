package org.homeward.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Vocabularies;
import org.homeward.sharing.InvalidShareException;
import org.homeward.sharing.NewShare;
import org.homeward.sharing.Share;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** The register's pages: every read audited against the child, shares recorded by hand from the form. */
@Service
class ShareService {

    static final String RECORD_TYPE = "information-share";

    private final Register register;
    private final ShareRecords records;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final Clock clock;

    ShareService(Register register, ShareRecords records, Vocabularies vocabularies, AuditTrail audit, Clock clock) {
        this.register = register;
        this.records = records;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    @Transactional
    List<ShareView> open(UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(RECORD_TYPE, null, childId), List.of(),
                "Information sharing register");
        return register.forChild(childId).stream().map(this::view).toList();
    }

    @Transactional
    List<ShareView> export(UUID childId, String format) {
        audit.record(AuditAction.EXPORT, new AuditTrail.Subject(RECORD_TYPE, null, childId), List.of(),
                "Information sharing register (" + format + ")");
        return register.forChild(childId).stream().map(this::view).toList();
    }

    Optional<Share> find(UUID id) {
        return register.find(id);
    }

    @Transactional
    ShareView openOne(Share share) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(RECORD_TYPE, share.id(), share.childId()), List.of(), null);
        return view(share);
    }

    List<Directory.Option> agencies() {
        return records.agencies();
    }

    List<Vocabularies.Term> terms(String vocabulary) {
        return vocabularies.termsInForce(vocabulary, today());
    }

    /**
     * A blank form for this user: what they share comes from them and their agency; what they receive
     * comes to them, from the third party they name.
     */
    ShareForm blank(CurrentUser user, boolean received) {
        ShareForm form = new ShareForm();
        form.setDirection(received ? "RECEIVED" : "SHARED");
        String agency = user.agencyId() == null ? null : user.agencyId().toString();
        if (received) {
            form.setToAgencyId(agency);
            form.setToPerson(user.displayName());
        } else {
            form.setFromAgencyId(agency);
            form.setFromPerson(user.displayName());
        }
        return form;
    }

    /** Records the share from the form; empty, with the problems in {@code result}, when it cannot be. */
    @Transactional
    Optional<UUID> recordByHand(UUID childId, ShareForm form, BindingResult result, CurrentUser user) {
        NewShare.Direction direction = null;
        if (form.getDirection() != null) {
            try {
                direction = NewShare.Direction.valueOf(form.getDirection());
            } catch (IllegalArgumentException e) {
                result.rejectValue("direction", "invalid", "Select whether information was shared or received");
            }
        }
        UUID fromId = agency(form.getFromAgencyId(), "fromAgencyId", result);
        UUID toId = agency(form.getToAgencyId(), "toAgencyId", result);
        DateTimeInput when = form.sharedAt();
        java.time.Instant sharedAt = null;
        if (!when.blank()) {
            if (when.date().toDate().isEmpty()) {
                result.rejectValue("sharedDay", "invalid", "The date it was shared must be a real date, for example 27 3 2026");
            } else if (when.parsedTime().isEmpty()) {
                result.rejectValue("sharedDay", "time", "Enter the time it was shared, like 14:30 or 2:30pm");
            } else {
                sharedAt = when.toInstant().orElseThrow();
            }
        }
        Boolean special = "yes".equals(form.getSpecialCategory()) ? Boolean.TRUE
                : "no".equals(form.getSpecialCategory()) ? Boolean.FALSE : null;
        NewShare.LawfulBasis basis = new NewShare.LawfulBasis(form.getArticle6(), special,
                Boolean.TRUE.equals(special) ? form.getArticle9() : null,
                Boolean.TRUE.equals(special) ? form.getSchedule1() : null);
        NewShare share = new NewShare(childId, direction, form.getSummary(), form.getDocumentKind(), null,
                new NewShare.Party(fromId, fromId == null ? form.getFromAgency() : null, form.getFromPerson()),
                new NewShare.Party(toId, toId == null ? form.getToAgency() : null, form.getToPerson()),
                sharedAt, form.getMethod(), form.getMethodDetail(), form.getPurpose(), basis, form.getConsent(),
                form.getConsentDetail(), form.getEvidence(), form.getThirdParty(), form.getProvenance(), null, user.id());
        List<InvalidShareException.Problem> problems = new ArrayList<>(register.check(share));
        for (InvalidShareException.Problem p : problems) {
            if (!ShareForm.FIELD_ORDER.contains(p.field())) {
                result.reject("invalid", p.message());
            } else if (!result.hasFieldErrors(p.field())) {
                result.rejectValue(p.field(), "invalid", p.message());
            }
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(register.record(share));
    }

    private static UUID agency(String value, String field, BindingResult result) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            result.rejectValue(field, "invalid", "Select the agency from the list");
            return null;
        }
    }

    ShareView view(Share s) {
        String lawful = label(Register.ARTICLE_6, s.article6());
        if (s.specialCategory()) {
            lawful += "; special category data: " + label(Register.ARTICLE_9, s.article9())
                    + (s.schedule1() == null ? "" : ", DPA 2018 " + label(Register.SCHEDULE_1, s.schedule1()));
        }
        String consent = label(Register.CONSENT, s.consent()) + (s.consentDetail() == null ? "" : ": " + s.consentDetail());
        String how = label(Register.METHOD, s.method()) + (s.methodDetail() == null ? "" : " (" + s.methodDetail() + ")");
        return new ShareView(s.id(), s.direction() == NewShare.Direction.RECEIVED ? "Received" : "Shared", s.summary(),
                s.documentKind() == null ? null : label(Register.DOCUMENT, s.documentKind()),
                party(s.fromAgency(), s.fromPerson()), party(s.toAgency(), s.toPerson()), s.sharedAt(), how,
                s.purpose(), lawful, consent, s.evidence(), s.thirdParty(), s.provenance(), s.automatic(),
                s.automatic() ? "Recorded by Homeward when " + s.recordedBy() + " acted" : "Recorded by hand by " + s.recordedBy(),
                s.recordedAt());
    }

    private static String party(String agency, String person) {
        return person == null ? agency : person + ", " + agency;
    }

    private String label(String vocabulary, String code) {
        return vocabularies.label(vocabulary, code).orElse(code);
    }
}
