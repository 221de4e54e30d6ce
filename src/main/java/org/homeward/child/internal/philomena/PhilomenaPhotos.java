package org.homeward.child.internal.philomena;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Photographs in PostgreSQL (bytea): backed up, access-controlled and audited with the rest of the record. */
@Component
class PhilomenaPhotos {

    private final JdbcClient jdbc;

    PhilomenaPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID profileId, Photo photo) {
        jdbc.sql("""
                insert into philomena_photo (profile_id, content_type, bytes) values (:profile, :type, :bytes)
                on conflict (profile_id) do update set content_type = excluded.content_type, bytes = excluded.bytes""")
                .param("profile", profileId).param("type", photo.contentType()).param("bytes", photo.bytes())
                .update();
    }

    Optional<Photo> find(UUID profileId) {
        return jdbc.sql("select content_type, bytes from philomena_photo where profile_id = :profile")
                .param("profile", profileId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }
}
