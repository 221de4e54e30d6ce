package org.homeward.sharing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.sharing.NewShare;
import org.homeward.sharing.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code information_share} table: append only, a share from a source recorded once. */
@Component
class ShareRecords {

    /** A Homeward user as a sharer is named: their name and their agency. */
    record Person(UUID id, String name, UUID agencyId, String agency) {
    }

    private static final String SELECT = """
            select s.id, s.child_id, s.direction, s.summary, s.document_kind, s.document_id, s.from_agency_id,
                   s.from_agency, s.from_person, s.to_agency_id, s.to_agency, s.to_person, s.shared_at, s.method,
                   s.method_detail, s.purpose, s.article_6 as article6, s.special_category, s.article_9 as article9,
                   s.schedule_1 as schedule1, s.consent,
                   s.consent_detail, s.evidence, s.third_party, s.provenance, s.automatic, s.source_module,
                   s.source_id, coalesce(u.display_name, 'Homeward') as recorded_by, s.recorded_at
              from information_share s left join user_account u on u.id = s.recorded_by
            """;

    private final JdbcClient jdbc;

    ShareRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the share; empty when a share from the same source is already recorded. */
    Optional<UUID> insert(NewShare s, String fromAgency, String toAgency, Instant now) {
        UUID id = UUID.randomUUID();
        NewShare.LawfulBasis basis = s.lawfulBasis();
        int rows = jdbc.sql("""
                insert into information_share (id, child_id, direction, summary, document_kind, document_id,
                       from_agency_id, from_agency, from_person, to_agency_id, to_agency, to_person, shared_at, method,
                       method_detail, purpose, article_6, special_category, article_9, schedule_1, consent,
                       consent_detail, evidence, third_party, provenance, automatic, source_module, source_id,
                       source_part, recorded_by, recorded_at)
                values (:id, :child, :direction, :summary, :kind, :document, :fromId, :from, :fromPerson, :toId, :to,
                        :toPerson, :at, :method, :methodDetail, :purpose, :a6, :special, :a9, :sch1, :consent,
                        :consentDetail, :evidence, :thirdParty, :provenance, :automatic, :module, :source, :part,
                        :by, :now)
                on conflict (source_module, source_id, source_part) where source_module is not null do nothing""")
                .param("id", id).param("child", s.childId()).param("direction", s.direction().name())
                .param("summary", s.summary()).param("kind", s.documentKind()).param("document", s.documentId())
                .param("fromId", s.from().agencyId()).param("from", fromAgency).param("fromPerson", s.from().person())
                .param("toId", s.to().agencyId()).param("to", toAgency).param("toPerson", s.to().person())
                .param("at", Timestamp.from(s.sharedAt())).param("method", s.method())
                .param("methodDetail", s.methodDetail()).param("purpose", s.purpose())
                .param("a6", basis.article6()).param("special", Boolean.TRUE.equals(basis.specialCategory()))
                .param("a9", basis.article9()).param("sch1", basis.schedule1()).param("consent", s.consent())
                .param("consentDetail", s.consentDetail()).param("evidence", s.evidence())
                .param("thirdParty", s.thirdParty()).param("provenance", s.provenance())
                .param("automatic", s.source() != null)
                .param("module", s.source() == null ? null : s.source().module())
                .param("source", s.source() == null ? null : s.source().id())
                .param("part", s.source() == null ? null : s.source().part())
                .param("by", s.recordedBy()).param("now", Timestamp.from(now))
                .update();
        return rows == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<UUID> bySource(NewShare.Source source) {
        return jdbc.sql("""
                select id from information_share
                 where source_module = :m and source_id = :id and source_part = :part""")
                .param("m", source.module()).param("id", source.id()).param("part", source.part())
                .query(UUID.class).optional();
    }

    /** Newest first. */
    List<Share> forChild(UUID childId) {
        return jdbc.sql(SELECT + " where s.child_id = :c order by s.shared_at desc, s.recorded_at desc")
                .param("c", childId).query(Share.class).list();
    }

    Optional<Share> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(Share.class).optional();
    }

    Optional<Person> person(UUID userId) {
        return jdbc.sql("""
                select u.id, u.display_name as name, a.id as agency_id, a.name as agency
                  from user_account u join agency a on a.id = u.agency_id where u.id = :id""")
                .param("id", userId).query(Person.class).optional();
    }

    /** The local authority responsible for the child, for a share when no social worker is allocated. */
    Optional<UUID> responsibleAuthority(UUID childId) {
        return jdbc.sql("select responsible_authority_id from child where id = :c and responsible_authority_id is not null")
                .param("c", childId).query(UUID.class).optional();
    }

    /** Every agency in Homeward, for the lists a share is recorded from. */
    List<Directory.Option> agencies() {
        return jdbc.sql("select id, name from agency order by name").query(Directory.Option.class).list();
    }
}
