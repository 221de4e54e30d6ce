package org.homeward.child.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.homeward.platform.records.RetainedRecord;
import org.homeward.platform.records.RetentionSource;
import org.homeward.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's whole record is kept from their date of birth: longer for a child who has been looked after
 * (legal status, or any placement recorded). Disposing of it erases it across every module, each
 * erasing its own rows in order, then this module's: the child, other names, placements, the Philomena
 * profile, issued police packs, and the links to associates and places. An associate recorded for this
 * child alone goes too; places are kept (a place is not personal data) without the link.
 */
@Component
class ChildRetention implements RetentionSource {

    static final String LOOKED_AFTER = "looked-after-child-record";
    static final String OTHER = "child-record";

    private static final String SELECT = """
            select c.id, c.given_names || ' ' || c.family_name as name, c.date_of_birth, c.council_case_id,
                   (c.legal_status like 'LAC\\_%' or exists (select 1 from placement p where p.child_id = c.id)) as looked_after
              from child c""";

    private final JdbcClient jdbc;
    private final List<ChildRecordEraser> erasers;
    private final Dates dates;

    ChildRetention(JdbcClient jdbc, List<ChildRecordEraser> erasers, Dates dates) {
        this.jdbc = jdbc;
        this.erasers = erasers;
        this.dates = dates;
    }

    private record Row(UUID id, String name, LocalDate dateOfBirth, String councilCaseId, boolean lookedAfter) {
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(LOOKED_AFTER, OTHER);
    }

    @Override
    public List<RetainedRecord> anchoredBy(String recordType, LocalDate anchoredBy) {
        if (!recordTypes().contains(recordType)) {
            return List.of();
        }
        return jdbc.sql("select * from (" + SELECT + ") r where r.date_of_birth <= :by and r.looked_after = :lac"
                        + " order by r.date_of_birth, r.id")
                .param("by", anchoredBy).param("lac", LOOKED_AFTER.equals(recordType))
                .query(Row.class).list().stream().map(this::retained).toList();
    }

    @Override
    public Optional<RetainedRecord> find(String recordType, UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Row.class).optional()
                .map(this::retained).filter(r -> r.recordType().equals(recordType));
    }

    @Override
    public void dispose(String recordType, UUID childId) {
        if (find(recordType, childId).isEmpty()) {
            throw new IllegalArgumentException("No " + recordType + " " + childId);
        }
        erasers.forEach(eraser -> eraser.erase(childId));
        List<UUID> associates = jdbc.sql("select associate_id from child_associate where child_id = :c")
                .param("c", childId).query(UUID.class).list();
        ChildRecordEraser.run(jdbc, childId,
                "delete from location_link where child_id = :c",
                "delete from child_associate where child_id = :c",
                "delete from police_pack_issue where child_id = :c",
                "delete from philomena_profile where child_id = :c",
                "delete from child_alias where child_id = :c",
                "delete from child_name_token where child_id = :c",
                "delete from placement where child_id = :c",
                "delete from break_glass_access where child_id = :c",
                "delete from child_iro_change where child_id = :c",
                "delete from child where id = :c");
        if (!associates.isEmpty()) {
            jdbc.sql("""
                    delete from associate a where a.id = any(:ids)
                       and not exists (select 1 from child_associate ca where ca.associate_id = a.id)""")
                    .param("ids", associates.toArray(UUID[]::new)).update();
        }
    }

    private RetainedRecord retained(Row r) {
        return new RetainedRecord(r.lookedAfter() ? LOOKED_AFTER : OTHER, r.id(), r.name() + ", born "
                + dates.date(r.dateOfBirth()) + (r.councilCaseId() == null ? "" : " (" + r.councilCaseId() + ")"),
                r.dateOfBirth(), r.id());
    }
}
