package org.homeward.sharing;

import java.time.Instant;
import java.util.UUID;

/** A recorded share, as the register holds it (codes as recorded; {@code recordedBy} a person's name). */
public record Share(UUID id, UUID childId, NewShare.Direction direction, String summary, String documentKind,
                    UUID documentId, UUID fromAgencyId, String fromAgency, String fromPerson, UUID toAgencyId,
                    String toAgency, String toPerson, Instant sharedAt, String method, String methodDetail,
                    String purpose, String article6, boolean specialCategory, String article9, String schedule1,
                    String consent, String consentDetail, String evidence, String thirdParty, String provenance,
                    boolean automatic, String sourceModule, UUID sourceId, String recordedBy, Instant recordedAt) {
}
