package org.homeward.insight.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name analysts know a child by: the same in every report and every year, so that patterns can be followed,
 * and not reversible without the partnership's key, which never leaves the database. A keyed hash (HMAC-SHA-256)
 * rather than a counter, so that no list of children in order of recording can be rebuilt from pseudonyms.
 */
@Component
public class Pseudonyms {

    /** Crockford's base 32: no I, L, O or U to misread. */
    private static final char[] LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    Pseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "C-7F3K-2Q9M". */
    public String of(UUID child) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] hash = mac.doFinal(ByteBuffer.allocate(16).putLong(child.getMostSignificantBits())
                    .putLong(child.getLeastSignificantBits()).array());
            StringBuilder name = new StringBuilder("C-");
            long bits = ByteBuffer.wrap(hash).getLong();
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    name.append('-');
                }
                name.append(LETTERS[(int) (bits >>> 59)]);
                bits <<= 5;
            }
            return name.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into insight_pseudonym_key (id, key) values (1, :key) on conflict (id) do nothing")
                    .param("key", fresh).update();
            known = new SecretKeySpec(jdbc.sql("select key from insight_pseudonym_key where id = 1")
                    .query(byte[].class).single(), "HmacSHA256");
            key = known;
        }
        return known;
    }
}
