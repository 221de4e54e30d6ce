package org.homeward.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.platform.records.ChildRecordEraser;
import org.homeward.child.Children;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a child's record: their trusted workers go, and so does each supervision that discussed only
 * them. A supervision that also discussed other children stays for them, without the link to this
 * child and with this child's names taken out of what was written.
 */
@Component
@Order(10)
class SupervisionErasure implements ChildRecordEraser {

    static final String ERASED_CHILD = "[a child whose record was disposed of]";

    private final JdbcClient jdbc;
    private final Children children;

    SupervisionErasure(JdbcClient jdbc, Children children) {
        this.jdbc = jdbc;
        this.children = children;
    }

    @Override
    public void erase(UUID childId) {
        jdbc.sql("delete from trusted_worker where child_id = :c").param("c", childId).update();
        List<UUID> onlyThisChild = jdbc.sql("""
                select sc.supervision_id from supervision_child sc where sc.child_id = :c
                   and not exists (select 1 from supervision_child o where o.supervision_id = sc.supervision_id
                                                                         and o.child_id <> :c)""")
                .param("c", childId).query(UUID.class).list();
        List<UUID> shared = jdbc.sql("""
                select sc.supervision_id from supervision_child sc where sc.child_id = :c
                   and exists (select 1 from supervision_child o where o.supervision_id = sc.supervision_id
                                                                     and o.child_id <> :c)""")
                .param("c", childId).query(UUID.class).list();
        Pattern names = names(childId);
        for (UUID id : shared) {
            String discussion = jdbc.sql("select discussion from supervision where id = :id").param("id", id)
                    .query(String.class).single();
            jdbc.sql("update supervision set discussion = :d where id = :id")
                    .param("d", names.matcher(discussion).replaceAll(ERASED_CHILD)).param("id", id).update();
            for (var action : jdbc.sql("select position, action from supervision_action where supervision_id = :id")
                    .param("id", id).query().listOfRows()) {
                jdbc.sql("update supervision_action set action = :a where supervision_id = :id and position = :p")
                        .param("a", names.matcher((String) action.get("action")).replaceAll(ERASED_CHILD))
                        .param("id", id).param("p", action.get("position")).update();
            }
        }
        jdbc.sql("delete from supervision_child where child_id = :c").param("c", childId).update();
        for (UUID id : onlyThisChild) {
            jdbc.sql("delete from supervision_action where supervision_id = :id").param("id", id).update();
            jdbc.sql("delete from supervision where id = :id").param("id", id).update();
        }
    }

    /** The child's full name and each of its words, longest first, as whole words. */
    private Pattern names(UUID childId) {
        List<String> names = new ArrayList<>();
        children.summary(childId).ifPresent(c -> {
            names.add(c.name());
            for (String word : c.name().split("\\s+")) {
                if (word.length() > 1) {
                    names.add(word);
                }
            }
        });
        names.addAll(children.otherNames(childId));
        if (names.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("\\b(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
