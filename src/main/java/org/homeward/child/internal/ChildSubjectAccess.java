package org.homeward.child.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessQuery;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child module's part of the subject access export: the record itself, other names, placements,
 * the Philomena profile, the police packs issued, and the associates and places linked to the child.
 * An associate is one person linked to many children: only what is recorded with this child's link
 * and the person's own details go out, never the other children they are linked to. The child's rows are
 * erased last, by {@link ChildRetention}, so this is no {@code ChildRecordTables}.
 */
@Component
class ChildSubjectAccess implements SubjectAccessSource {

    private static final List<SubjectAccessQuery> SECTIONS = List.of(
            SubjectAccessQuery.of("Child record", "child", "select * from child where id = :c"),
            SubjectAccessQuery.rows("Other names", "child_alias", "position"),
            SubjectAccessQuery.rows("Placements", "placement", "start_date, id")
                    .noted("A placement with address_withheld true is a refuge or non-disclosure address: "
                            + "withhold it, and check any other address the person who asked must not learn."),
            SubjectAccessQuery.rows("Changes of Independent Reviewing Officer", "child_iro_change", "changed_at, id"),
            SubjectAccessQuery.rows("Records opened without involvement (break-glass)", "break_glass_access",
                    "opened_at, id"),
            SubjectAccessQuery.of("Philomena profile", "philomena_profile", """
                    select p.*, ph.content_type as photograph_type, octet_length(ph.bytes) as photograph_bytes
                      from philomena_profile p left join philomena_photo ph on ph.profile_id = p.id
                     where p.child_id = :c"""),
            // The photograph inside each issued pack is the one above as it was then: described, not repeated.
            SubjectAccessQuery.of("Police information packs issued", "police_pack_issue", """
                    select id, episode_id, issued_at, issued_by, issued_by_name,
                           (pack #- '{photograph,data}')::text as pack_as_issued
                      from police_pack_issue where child_id = :c order by issued_at, id"""),
            SubjectAccessQuery.of("Associates", "child_associate", """
                    select ca.relationship, ca.linked_at, a.id as associate_id, a.name, a.address, a.phone,
                           a.social_media, a.vehicle, a.last_contacted_on, a.person_of_concern, a.concern_reason
                      from child_associate ca join associate a on a.id = ca.associate_id
                     where ca.child_id = :c order by ca.linked_at, a.id""")
                    .thirdParty("Associates are other people: their names, addresses, phones, vehicles and any "
                            + "concern about them are third-party information."),
            SubjectAccessQuery.of("Places", "location_link", """
                    select ll.kind, ll.episode_id, ll.linked_at, l.id as location_id, l.description,
                           l.address_line1, l.address_line2, l.town, l.postcode, l.latitude, l.longitude,
                           l.risk_assessed, l.risk_notes
                      from location_link ll join location l on l.id = ll.location_id
                     where ll.child_id = :c order by ll.linked_at, ll.id"""));

    private final JdbcClient jdbc;

    ChildSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return SECTIONS.stream().map(section -> section.read(jdbc, childId)).toList();
    }
}
