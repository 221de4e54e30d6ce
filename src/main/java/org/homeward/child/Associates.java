package org.homeward.child;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask about a child's associates (DOMAIN.md CR-04). */
@Component
public class Associates {

    private final JdbcClient jdbc;

    Associates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The child's associates, persons of concern first, then by name, as they may be shared: a refuge or
     * non-disclosure address is withheld (DOMAIN.md IS-07).
     */
    public List<AssociateSummary> forChild(UUID childId) {
        return jdbc.sql("""
                select a.id, a.name, ca.relationship,
                       case when a.address_withheld then 'Withheld: a refuge or non-disclosure address' else a.address end
                           as address, a.phone, a.social_media, a.vehicle,
                       a.last_contacted_on, a.person_of_concern, a.concern_reason
                  from child_associate ca join associate a on a.id = ca.associate_id
                 where ca.child_id = :child
                 order by a.person_of_concern desc, lower(a.name), a.id""")
                .param("child", childId)
                .query(AssociateSummary.class).list();
    }
}
