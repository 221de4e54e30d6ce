package org.homeward.crossborder;

import java.util.UUID;

/**
 * A cross-border notice has gone to another agency (in Homeward, or marked sent by hand), for the
 * record of information shared. {@code kind} is PLACEMENT, DISCHARGE, MISSING, RETURNED or
 * RHI_FINDINGS; {@code summary} never names the child; {@code sentBy} is null when Homeward sent it.
 */
public record CrossBorderNoticeSent(UUID noticeId, UUID childId, String kind, UUID fromAgencyId, UUID toAgencyId,
                                    String toAgencyName, String summary, java.time.Instant sentAt, UUID sentBy) {
}
