package org.homeward.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.platform.records.SubjectAccessQuery;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervision module's part of the subject access export: each supervision that discussed the
 * child, with its actions, and the child's trusted workers. A discussion is one text about all the
 * children discussed: the names of the other children are taken out, but what was said about them may
 * remain, so the section is marked for the reviewer, as is the supervisee's practice discussed in it.
 */
@Component
class SupervisionSubjectAccess implements SubjectAccessSource {

    static final String ANOTHER_CHILD = "[another child]";

    private final JdbcClient jdbc;
    private final Children children;

    SupervisionSubjectAccess(JdbcClient jdbc, Children children) {
        this.jdbc = jdbc;
        this.children = children;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        List<Map<String, Object>> supervisions = jdbc.sql("""
                select s.id as supervision_id, s.kind, s.held_on, s.supervisor_id, s.supervisee_id, s.discussion,
                       s.next_on, s.recorded_by, s.recorded_at,
                       (select count(*) from supervision_child o where o.supervision_id = s.id
                                                                   and o.child_id <> :c) as other_children_discussed
                  from supervision_child sc join supervision s on s.id = sc.supervision_id
                 where sc.child_id = :c order by s.held_on, s.id""")
                .param("c", childId).query().listOfRows();
        List<Map<String, Object>> actions = jdbc.sql("""
                select a.supervision_id, a.position, a.action, a.owner_id, a.due_on
                  from supervision_action a join supervision_child sc on sc.supervision_id = a.supervision_id
                 where sc.child_id = :c order by a.supervision_id, a.position""")
                .param("c", childId).query().listOfRows();
        Pattern others = otherChildrensNames(childId);
        return List.of(
                SubjectAccessSection.of("Case supervisions that discussed the child", "supervision_child",
                                redacted(supervisions, "discussion", others))
                        .thirdParty("A supervision is a conversation between two practitioners about their work and "
                                + "may discuss other children (their names are replaced by " + ANOTHER_CHILD + ")."),
                SubjectAccessSection.of("Supervision actions", "supervision_action", redacted(actions, "action", others))
                        .thirdParty("Actions from supervisions that also discussed other children."),
                SubjectAccessQuery.rows("Trusted workers", "trusted_worker", "starts_on, recorded_at, id")
                        .read(jdbc, childId));
    }

    /** The names of the other children discussed in the same supervisions, longest first, as whole words. */
    private Pattern otherChildrensNames(UUID childId) {
        List<UUID> otherIds = jdbc.sql("""
                select distinct o.child_id from supervision_child sc
                  join supervision_child o on o.supervision_id = sc.supervision_id and o.child_id <> :c
                 where sc.child_id = :c""").param("c", childId).query(UUID.class).list();
        if (otherIds.isEmpty()) {
            return null;
        }
        Set<String> own = new HashSet<>();
        children.summary(childId).ifPresent(c -> own.addAll(words(c.name())));
        List<String> names = new ArrayList<>();
        for (ChildSummary other : children.summaries(otherIds)) {
            names.add(other.name());
            words(other.name()).stream().filter(w -> w.length() > 1 && !own.contains(w)).forEach(names::add);
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("\\b(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> words(String name) {
        return List.of(name.toLowerCase(java.util.Locale.UK).split("\\s+"));
    }

    private static List<Map<String, Object>> redacted(List<Map<String, Object>> rows, String column, Pattern names) {
        if (names == null) {
            return rows;
        }
        return rows.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            Object text = copy.get(column);
            if (text instanceof String s) {
                copy.put(column, names.matcher(s).replaceAll(ANOTHER_CHILD));
            }
            return copy;
        }).toList();
    }
}
