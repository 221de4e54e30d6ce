package org.homeward.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Children;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.sharing.InvalidShareException;
import org.homeward.sharing.InvalidShareException.Problem;
import org.homeward.sharing.NewShare;
import org.homeward.sharing.Share;
import org.homeward.sharing.SharingRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's rules, in the words the recording form uses; the database holds the same rules as
 * checks, so a share that slipped past here would still be refused.
 */
@Service
class Register implements SharingRegister {

    static final String ARTICLE_6 = "gdpr-article-6";
    static final String ARTICLE_9 = "gdpr-article-9";
    static final String SCHEDULE_1 = "dpa-schedule-1";
    static final String CONSENT = "share-consent";
    static final String METHOD = "share-method";
    static final String DOCUMENT = "share-document";
    /** Clocks differ by a little: a share recorded as made "now" on another machine is not in the future. */
    static final Duration CLOCK_ALLOWANCE = Duration.ofMinutes(5);

    private final ShareRecords records;
    private final Vocabularies vocabularies;
    private final Directory directory;
    private final Children children;
    private final AuditTrail audit;
    private final Clock clock;

    Register(ShareRecords records, Vocabularies vocabularies, Directory directory, Children children,
             AuditTrail audit, Clock clock) {
        this.records = records;
        this.vocabularies = vocabularies;
        this.directory = directory;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID record(NewShare share) {
        List<Problem> problems = check(share);
        if (!problems.isEmpty()) {
            throw new InvalidShareException(problems);
        }
        if (share.source() != null) {
            Optional<UUID> existing = records.bySource(share.source());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Optional<UUID> id = records.insert(share, agencyName(share.from()), agencyName(share.to()), clock.instant());
        if (id.isEmpty()) {
            // Recorded a moment ago by another transaction from the same source.
            return records.bySource(share.source()).orElseThrow();
        }
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("information-share", id.get(), share.childId()),
                List.of("Information shared"), (share.source() == null ? "Recorded by hand: " : "Recorded by Homeward: ")
                        + (share.direction() == NewShare.Direction.RECEIVED ? "received from " + agencyName(share.from())
                        : "shared with " + agencyName(share.to())));
        return id.get();
    }

    @Override
    public List<Problem> check(NewShare s) {
        List<Problem> problems = new ArrayList<>();
        Instant now = clock.instant();
        LocalDate on = (s.sharedAt() == null || s.sharedAt().isAfter(now) ? now : s.sharedAt())
                .atZone(ClockConfiguration.LONDON).toLocalDate();
        if (s.childId() == null || children.summary(s.childId()).isEmpty()) {
            problems.add(new Problem("childId", "Choose the child the information is about"));
        }
        if (s.direction() == null) {
            problems.add(new Problem("direction", "Select whether information was shared or received"));
        }
        text(problems, s.summary(), 8000, "summary", "Enter what was shared or received");
        if (s.documentKind() != null && !vocabularies.inForce(DOCUMENT, s.documentKind(), on)) {
            problems.add(new Problem("documentKind", "Select the kind of document from the list"));
        }
        if (s.documentId() != null && s.documentKind() == null) {
            problems.add(new Problem("documentKind", "Select the kind of document shared"));
        }
        party(problems, s.from(), "from", "Enter who shared it: choose an agency or enter its name");
        party(problems, s.to(), "to", "Enter who received it: choose an agency or enter its name");
        if (s.sharedAt() == null) {
            problems.add(new Problem("sharedDay", "Enter the date and time it was shared"));
        } else if (s.sharedAt().isAfter(now.plus(CLOCK_ALLOWANCE))) {
            problems.add(new Problem("sharedDay", "The time it was shared must be now or in the past"));
        }
        if (!vocabularies.inForce(METHOD, s.method(), on)) {
            problems.add(new Problem("method", "Select how it was shared"));
        } else if ("OTHER".equals(s.method())) {
            text(problems, s.methodDetail(), 300, "methodDetail", "Enter how it was shared");
        } else {
            length(problems, s.methodDetail(), 300, "methodDetail");
        }
        text(problems, s.purpose(), 4000, "purpose", "Enter why it was shared: its purpose");
        lawfulBasis(problems, s.lawfulBasis(), on);
        consent(problems, s, on);
        text(problems, s.evidence(), 8000, "evidence", "Enter the evidence and information the decision to share rests on");
        length(problems, s.thirdParty(), 8000, "thirdParty");
        if (blank(s.provenance())) {
            if (!blank(s.thirdParty())) {
                problems.add(new Problem("provenance", "Enter where the third-party information came from"));
            } else if (s.direction() == NewShare.Direction.RECEIVED) {
                problems.add(new Problem("provenance",
                        "Enter where the information came from: who supplied it and how they knew it"));
            }
        }
        length(problems, s.provenance(), 4000, "provenance");
        if (s.source() != null && (blank(s.source().module()) || s.source().id() == null || blank(s.source().part()))) {
            problems.add(new Problem("source", "A share made by Homeward names its module, record and part"));
        }
        return problems;
    }

    private void lawfulBasis(List<Problem> problems, NewShare.LawfulBasis basis, LocalDate on) {
        if (basis == null || !vocabularies.inForce(ARTICLE_6, basis.article6(), on)) {
            problems.add(new Problem("article6", "Select the lawful basis for sharing under UK GDPR Article 6"));
        }
        if (basis == null) {
            return;
        }
        if (basis.specialCategory() == null) {
            problems.add(new Problem("specialCategory", "Select yes if it includes special category data"));
            return;
        }
        if (!basis.specialCategory()) {
            if (basis.article9() != null || basis.schedule1() != null) {
                problems.add(new Problem("article9", "An Article 9 condition is needed only for special category "
                        + "data: select yes if it includes special category data"));
            }
            return;
        }
        if (!vocabularies.inForce(ARTICLE_9, basis.article9(), on)) {
            problems.add(new Problem("article9",
                    "Select the Article 9 condition for sharing special category data"));
            return;
        }
        String a9 = basis.article9();
        String sch1 = basis.schedule1();
        boolean known = sch1 == null || vocabularies.inForce(SCHEDULE_1, sch1, on);
        if ("A9_2G".equals(a9)) {
            if (sch1 == null || !known || !sch1.startsWith("SCH1_P2_")) {
                problems.add(new Problem("schedule1", "Select the DPA 2018 Schedule 1 Part 2 condition for Article "
                        + "9(2)(g), for example paragraph 18, safeguarding of children and of individuals at risk"));
            }
        } else if ("A9_2B".equals(a9) || "A9_2H".equals(a9)) {
            if (sch1 == null || !known || !sch1.startsWith("SCH1_P1_")) {
                problems.add(new Problem("schedule1", "Select the DPA 2018 Schedule 1 Part 1 condition for Article "
                        + ("A9_2B".equals(a9) ? "9(2)(b): paragraph 1" : "9(2)(h): paragraph 2")));
            }
        } else if (sch1 != null) {
            problems.add(new Problem("schedule1", "This Article 9 condition needs no Schedule 1 condition: choose "
                    + "\u201cNone needed\u201d"));
        }
    }

    private void consent(List<Problem> problems, NewShare s, LocalDate on) {
        if (!vocabularies.inForce(CONSENT, s.consent(), on)) {
            problems.add(new Problem("consent", "Select whether consent was sought, given, refused or overridden"));
            return;
        }
        if ("NOT_SOUGHT".equals(s.consent()) && blank(s.consentDetail())) {
            problems.add(new Problem("consentDetail", "Enter why consent was not sought"));
        } else if ("OVERRIDDEN".equals(s.consent()) && blank(s.consentDetail())) {
            problems.add(new Problem("consentDetail", "Enter why consent was overridden"));
        }
        length(problems, s.consentDetail(), 4000, "consentDetail");
        NewShare.LawfulBasis basis = s.lawfulBasis();
        if (basis != null && !"GIVEN".equals(s.consent())) {
            if ("A6_1A".equals(basis.article6())) {
                problems.add(new Problem("article6", "Consent is the lawful basis only when consent was given: "
                        + "choose another basis or record that consent was given"));
            } else if (Boolean.TRUE.equals(basis.specialCategory()) && "A9_2A".equals(basis.article9())) {
                problems.add(new Problem("article9", "Explicit consent is the condition only when consent was given: "
                        + "choose another condition or record that consent was given"));
            }
        }
    }

    private void party(List<Problem> problems, NewShare.Party party, String prefix, String message) {
        if (party == null || (party.agencyId() == null && blank(party.agency()))) {
            problems.add(new Problem(prefix + "AgencyId", message));
            return;
        }
        if (party.agencyId() != null && directory.agencyName(party.agencyId()).isEmpty()) {
            problems.add(new Problem(prefix + "AgencyId", "Select the agency from the list"));
        }
        length(problems, party.agency(), 300, prefix + "Agency");
        length(problems, party.person(), 200, prefix + "Person");
    }

    private String agencyName(NewShare.Party party) {
        return party.agency() != null ? party.agency()
                : directory.agencyName(party.agencyId()).orElseThrow();
    }

    private static void text(List<Problem> problems, String value, int max, String field, String message) {
        if (blank(value)) {
            problems.add(new Problem(field, message));
        } else {
            length(problems, value, max, field);
        }
    }

    private static void length(List<Problem> problems, String value, int max, String field) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "This answer must be " + max + " characters or fewer"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public List<Share> forChild(UUID childId) {
        return records.forChild(childId);
    }

    @Override
    public Optional<Share> find(UUID shareId) {
        return records.find(shareId);
    }
}
