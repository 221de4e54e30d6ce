package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The evidence attached to a cycle's questions: figures as they were, links, and uploaded documents. */
@Component
class CycleEvidence {

    record Evidence(UUID id, String questionKey, String kind, String label, String value, String attachedByName,
                    Instant attachedAt, boolean carried, UUID documentId, String fileName, Integer sizeBytes) {

        /** "policy.pdf, 2.4 MB" for a document; null otherwise. */
        public String document() {
            return documentId == null ? null : fileName + ", " + EvidenceDocuments.size(sizeBytes);
        }

        /** The evidence as one line of text (CSV, email). */
        public String text() {
            return documentId == null ? label + ": " + value : label + ": document " + document();
        }
    }

    record StoredDocument(String fileName, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final CycleHistory history;
    private final Clock clock;

    CycleEvidence(JdbcClient jdbc, CycleHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    List<Evidence> evidence(UUID cycle) {
        return jdbc.sql("""
                select e.id, e.question_key, e.kind, e.label, e.value, e.attached_by_name, e.attached_at,
                       e.carried_from is not null as carried, e.document_id, d.file_name, d.size_bytes
                  from selfassessment_evidence e left join selfassessment_document d on d.id = e.document_id
                 where e.cycle_id = :c order by e.attached_at, e.id""")
                .param("c", cycle).query(Evidence.class).list();
    }

    void attach(UUID cycle, String question, String kind, String label, String value, String questionLabel, String byName) {
        jdbc.sql("""
                insert into selfassessment_evidence (id, cycle_id, question_key, kind, label, value, attached_by_name, attached_at)
                values (:id, :c, :q, :kind, :label, :value, :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", cycle).param("q", question).param("kind", kind)
                .param("label", label).param("value", value).param("by", byName)
                .param("at", Timestamp.from(clock.instant())).update();
        history.change(cycle, questionLabel + ": evidence attached", null, label + ": " + value, byName);
    }

    /** Keeps the document and attaches it to the question, with the upload in the history. */
    void attachDocument(UUID cycle, String question, String label, EvidenceDocuments.Document document,
                        String questionLabel, String byName) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into selfassessment_document (id, cycle_id, file_name, content_type, size_bytes, sha256, content,
                                                     uploaded_by_name, uploaded_at)
                values (:id, :c, :name, :type, :size, :sha, :content, :by, :at)""")
                .param("id", id).param("c", cycle).param("name", document.fileName())
                .param("type", document.contentType()).param("size", document.content().length)
                .param("sha", document.sha256()).param("content", document.content()).param("by", byName)
                .param("at", now).update();
        jdbc.sql("""
                insert into selfassessment_evidence (id, cycle_id, question_key, kind, label, value, attached_by_name,
                                                     attached_at, document_id)
                values (:id, :c, :q, 'DOCUMENT', :label, :value, :by, :at, :doc)""")
                .param("id", UUID.randomUUID()).param("c", cycle).param("q", question).param("label", label)
                .param("value", document.fileName()).param("by", byName).param("at", now).param("doc", id).update();
        history.change(cycle, questionLabel + ": document uploaded", null, label + ": " + document.fileName() + " ("
                + EvidenceDocuments.size(document.content().length) + ", SHA-256 " + document.sha256() + ")", byName);
    }

    /** A document attached to this cycle's evidence (also one carried forward), with the download in the history. */
    Optional<StoredDocument> download(UUID cycle, UUID evidence, String byName) {
        Optional<StoredDocument> document = jdbc.sql("""
                select d.file_name, d.content_type, d.content
                  from selfassessment_evidence e join selfassessment_document d on d.id = e.document_id
                 where e.cycle_id = :c and e.id = :e""").param("c", cycle).param("e", evidence)
                .query(StoredDocument.class).optional();
        document.ifPresent(d -> history.change(cycle, "Document downloaded", null, d.fileName(), byName));
        return document;
    }
}
