package org.homeward.sharing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's information sharing agreements and the agencies party to each. */
@Repository
class Agreements {

    record Agreement(UUID id, String title, String purpose, String lawfulBasis, LocalDate startsOn, LocalDate reviewOn,
                     LocalDate endsOn, String documentReference, String recordedByName, Instant recordedAt,
                     String parties) {

        public boolean reviewOverdue(LocalDate today) {
            return endsOn == null && today.isAfter(reviewOn);
        }
    }

    static final int PAGE = 50;

    private static final String SELECT = """
            select a.id, a.title, a.purpose, a.lawful_basis, a.starts_on, a.review_on, a.ends_on, a.document_reference,
                   a.recorded_by_name, a.recorded_at,
                   (select string_agg(g.name, ', ' order by g.name) from sharing_agreement_party p
                      join agency g on g.id = p.agency_id where p.agreement_id = a.id) as parties
              from sharing_agreement a
            """;

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the register at {@code keyset}'s position, latest begun first, ties by id. */
    Keyset.Page<Agreement> page(Keyset keyset) {
        String sql = SELECT + " where true" + keyset.condition("a.starts_on", "a.id", true)
                + keyset.orderBy("a.starts_on", "a.id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).query(Agreement.class).list(),
                a -> new Keyset.Position(a.startsOn(), a.id()));
    }

    long count() {
        return jdbc.sql("select count(*) from sharing_agreement").query(Long.class).single();
    }

    Optional<Agreement> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Agreement.class).optional();
    }

    /** The agreement both agencies were party to on the day, the latest begun first; empty when none was in force. */
    Optional<Agreement> inForce(UUID fromAgency, UUID toAgency, LocalDate on) {
        if (fromAgency == null || toAgency == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + """
                 where a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)
                   and exists (select 1 from sharing_agreement_party p where p.agreement_id = a.id and p.agency_id = :from)
                   and exists (select 1 from sharing_agreement_party p where p.agreement_id = a.id and p.agency_id = :to)
                 order by a.starts_on desc, a.id limit 1""")
                .param("on", on).param("from", fromAgency).param("to", toAgency).query(Agreement.class).optional();
    }

    @Transactional
    UUID create(String title, String purpose, String lawfulBasis, LocalDate startsOn, LocalDate reviewOn,
                LocalDate endsOn, String documentReference, List<UUID> parties, CurrentUser by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into sharing_agreement (id, title, purpose, lawful_basis, starts_on, review_on, ends_on,
                                               document_reference, recorded_by, recorded_by_name, recorded_at)
                values (:id, :title, :purpose, :basis, :starts, :review, :ends, :doc, :by, :name, :at)""")
                .param("id", id).param("title", title).param("purpose", purpose).param("basis", lawfulBasis)
                .param("starts", startsOn).param("review", reviewOn).param("ends", endsOn).param("doc", documentReference)
                .param("by", by.id()).param("name", by.displayName()).param("at", Timestamp.from(now)).update();
        for (UUID agency : parties) {
            jdbc.sql("insert into sharing_agreement_party (agreement_id, agency_id) values (:a, :g)")
                    .param("a", id).param("g", agency).update();
        }
        return id;
    }
}
