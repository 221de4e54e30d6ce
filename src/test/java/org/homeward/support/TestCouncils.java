package org.homeward.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.access.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A council of a test's own, so that its figures are exactly what the test arranged. */
public final class TestCouncils {

    private TestCouncils() {
    }

    /**
     * Adds a local authority named {@code name} and a few random letters. DfE codes are unique and real councils'
     * are digits: letters are tried until a free code is found. The directory's cache is told, as the admin pages do.
     */
    public static UUID add(JdbcClient jdbc, Directory directory, String name) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        UUID id = UUID.randomUUID();
        while (jdbc.sql("""
                insert into agency (id, name, kind, ons_code, dfe_code) values (:id, :name, 'LOCAL_AUTHORITY', 'E0699999', :code)
                on conflict do nothing""")
                .param("id", id).param("name", name + " " + id.toString().substring(0, 8))
                .param("code", "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)))
                .update() == 0) {
            id = UUID.randomUUID();
        }
        directory.agenciesChanged();
        return id;
    }
}
