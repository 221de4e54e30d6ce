package org.homeward.episode;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports over episodes (alias {@code e}) for the children some authorities are responsible for. The condition is
 * left out for the whole partnership rather than made to match everything, so each form of the query plans alone.
 */
final class Authorities {

    private Authorities() {
    }

    static String condition(Optional<Collection<UUID>> authorities) {
        return authorities.isEmpty() ? "" : """

                       and e.child_id in (select id from child where responsible_authority_id = any(cast(:authorities as uuid[])))""";
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Optional<Collection<UUID>> authorities) {
        return authorities.isEmpty() ? statement : statement.param("authorities",
                authorities.get().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
    }
}
