package org.homeward.episode.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChildReferenceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The police reference of any of a child's episodes finds the child. */
@Component
class EpisodeReferences implements ChildReferenceSource {

    private final JdbcClient jdbc;

    EpisodeReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> childrenWithReference(String reference) {
        return jdbc.sql("select child_id from episode where upper(police_reference) = :v")
                .param("v", reference).query(UUID.class).list();
    }
}
