package org.homeward.records.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessSection;

/**
 * A child's whole record for a subject access request, as JSON and PDF give it: every module's
 * sections and the audit trail. Sections marked third party hold other people's information, which
 * the reviewer redacts before the record is released.
 */
public record SubjectAccessExport(UUID recordId, String childName, Instant generatedAt, String generatedBy,
                                  SubjectAccessRequests.Request request, String notice,
                                  List<SubjectAccessSection> sections) {

    static final String NOTICE = "Everything Homeward holds about this child, for a subject access request "
            + "(UK GDPR Article 15). Not for release as it stands: sections marked as holding third-party "
            + "information must be reviewed and redacted first, and exemptions considered (Data Protection "
            + "Act 2018, Schedule 2 and 3).";

    public int recordCount() {
        return sections.stream().mapToInt(s -> s.records().size()).sum();
    }
}
