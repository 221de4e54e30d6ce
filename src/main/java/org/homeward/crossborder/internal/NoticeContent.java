package org.homeward.crossborder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.child.PlacementSummary;
import org.homeward.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a notice says, written once when it is sent and kept as sent: one "label, tab, value" line
 * per answer. The child's name, date of birth and legal status are read here, at sending.
 */
@Component
class NoticeContent {

    record Child(String name, LocalDate dateOfBirth, String legalStatus) {
    }

    /** A notice's text, built line by line. */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();

        Lines add(String label, String value) {
            lines.add(label + "\t" + (value == null || value.isBlank() ? "Not given" : value.replace('\t', ' ').strip()));
            return this;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private final JdbcClient jdbc;
    private final Dates dates;

    NoticeContent(JdbcClient jdbc, Dates dates) {
        this.jdbc = jdbc;
        this.dates = dates;
    }

    Child child(UUID childId) {
        return jdbc.sql("""
                select c.given_names || ' ' || c.family_name as name, c.date_of_birth,
                       coalesce(v.label, c.legal_status, 'Not recorded') as legal_status
                  from child c left join lateral (select label from vocabulary_term t
                        where t.vocabulary = 'legal-status' and t.code = c.legal_status
                        order by t.effective_from desc nulls last limit 1) v on true
                 where c.id = :id""").param("id", childId).query(Child.class).single();
    }

    /** Who the child is and where they are placed: the start of every notice (XB-01). */
    Lines about(UUID childId, PlacementSummary placement) {
        Child child = child(childId);
        Lines lines = new Lines().add("Child", child.name()).add("Date of birth", dates.date(child.dateOfBirth()))
                .add("Legal status", child.legalStatus());
        if (placement != null) {
            String where = placement.providerName() + (placement.addressToShare() == null ? "" : ", " + placement.addressToShare());
            lines.add("Placed by", placement.placingAuthority())
                    .add("Placement", placement.type() + ": " + where)
                    .add("Host authority", placement.hostAuthority())
                    .add("Host police force", placement.hostPoliceForce())
                    .add("Placement started", dates.date(placement.startDate()));
        }
        return lines;
    }

    /** The placing authority's contacts and the child's education, health and care plan. */
    void contacts(Lines lines, PlacementNotices.PlacedIn details) {
        lines.add("Placing authority contact", details == null ? null : details.placingContact())
                .add("Independent reviewing officer (IRO)", details == null ? null : details.iroContact())
                .add("Education, health and care plan", details == null ? null : ehc(details));
    }

    static String ehc(PlacementNotices.PlacedIn details) {
        if (details.ehcPlan() == null) {
            return null;
        }
        return switch (details.ehcPlan()) {
            case "YES" -> "Yes, maintained by " + details.maintainingAuthority();
            case "NO" -> "No";
            default -> "Not known";
        };
    }

    /** The lines of a stored notice, for its page. */
    static List<String[]> rows(String content) {
        if (content == null) {
            return List.of();
        }
        return content.lines().map(l -> {
            int tab = l.indexOf('\t');
            return tab < 0 ? new String[] {"", l} : new String[] {l.substring(0, tab), l.substring(tab + 1)};
        }).toList();
    }
}
