package org.homeward.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * A share to record (DOMAIN.md IS-01). Codes are terms of the vocabularies in {@code vocabulary_term}:
 * {@code share-document}, {@code share-method}, {@code gdpr-article-6}, {@code gdpr-article-9},
 * {@code dpa-schedule-1} and {@code share-consent}.
 *
 * @param childId       whom the information is about
 * @param direction     shared by us, or received from a third party
 * @param summary       what was shared or received
 * @param documentKind  the kind of document shared ({@code share-document}), or null
 * @param documentId    the record it came from (a police pack issue, an interview...), or null
 * @param from          who shared it
 * @param to            who received it
 * @param sharedAt      when (not in the future)
 * @param method        how ({@code share-method}); {@code OTHER} needs {@code methodDetail}
 * @param methodDetail  how, in words (required for {@code OTHER}), or null
 * @param purpose       why it was shared
 * @param lawfulBasis   the UK GDPR and DPA 2018 conditions
 * @param consent       {@code share-consent}: NOT_SOUGHT and OVERRIDDEN need {@code consentDetail} saying why
 * @param consentDetail why consent was not sought or was overridden, or who gave or refused it
 * @param evidence      the evidence and information the decision to share rests on
 * @param thirdParty    third-party information the share contains, or null
 * @param provenance    where that third-party information (or information received) came from
 * @param source        the act in Homeward that made the share, or null for a share recorded by hand
 * @param recordedBy    the user recording it (or whose act made it)
 */
public record NewShare(UUID childId, Direction direction, String summary, String documentKind, UUID documentId,
                       Party from, Party to, Instant sharedAt, String method, String methodDetail, String purpose,
                       LawfulBasis lawfulBasis, String consent, String consentDetail, String evidence,
                       String thirdParty, String provenance, Source source, UUID recordedBy) {

    public enum Direction {
        /** Information we shared with someone. */
        SHARED,
        /** Third-party information we received, recorded with its provenance. */
        RECEIVED
    }

    /**
     * An agency and a person in it. {@code agencyId} when the agency uses Homeward (its name is then
     * filled in if {@code agency} is null); otherwise {@code agency} names it.
     */
    public record Party(UUID agencyId, String agency, String person) {

        public static Party agency(UUID agencyId, String person) {
            return new Party(agencyId, null, person);
        }

        public static Party named(String agency, String person) {
            return new Party(null, agency, person);
        }
    }

    /**
     * UK GDPR Article 6 condition (required); when special-category data is included, the Article 9
     * condition and, for Article 9(2)(b), (g) or (h), the DPA 2018 Schedule 1 condition (s.10).
     */
    public record LawfulBasis(String article6, Boolean specialCategory, String article9, String schedule1) {

        public static LawfulBasis publicTask() {
            return new LawfulBasis("A6_1E", false, null, null);
        }

        /** Article 6(1)(e) public task; special-category data under 9(2)(g) and Schedule 1 paragraph 18. */
        public static LawfulBasis safeguardingChildren() {
            return new LawfulBasis("A6_1E", true, "A9_2G", "SCH1_P2_18");
        }
    }

    /**
     * The act in Homeward that made a share: the module, the record and, when one act shares with
     * several recipients, which of its shares this is. Unique: the same source is recorded once.
     */
    public record Source(String module, UUID id, String part) {

        public static Source of(String module, UUID id) {
            return new Source(module, id, "SHARE");
        }
    }
}
