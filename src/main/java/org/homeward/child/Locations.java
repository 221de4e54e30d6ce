package org.homeward.child;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places linked to children and episodes (DOMAIN.md CR-05). A place is recorded once and linked
 * as often as it is used, so "the bus station" used in three episodes by two children is one
 * location with a use count of 3.
 */
@Component
public class Locations {

    public static final String FREQUENTED = "frequented";
    public static final String LAST_SEEN = "last_seen";
    public static final String FOUND = "found";
    public static final List<String> KINDS = List.of(FREQUENTED, LAST_SEEN, FOUND);

    /** The shape of a UK postcode (outward code, then a digit and two letters), not whether it exists. */
    private static final Pattern POSTCODE = Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Locations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A typed postcode in its usual form ("bs13xx" becomes "BS1 3XX"), or empty if it is not UK-shaped. */
    public static Optional<String> postcode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (!POSTCODE.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    /**
     * The location with this description and postcode, ignoring case, punctuation and spacing, or a
     * new one.
     *
     * @param postcode a UK postcode, or null when the place has none (a park, a bus route)
     * @throws IllegalArgumentException if the description is blank or longer than 200 characters, or
     *                                  the postcode is not UK-shaped
     */
    @Transactional
    public UUID findOrCreate(String description, String postcode) {
        if (description == null || description.isBlank() || description.strip().length() > 200) {
            throw new IllegalArgumentException("A location needs a description of 1 to 200 characters");
        }
        String code = null;
        if (postcode != null && !postcode.isBlank()) {
            code = postcode(postcode).orElseThrow(() -> new IllegalArgumentException("Not a UK postcode"));
        }
        Timestamp now = Timestamp.from(clock.instant());
        UUID id = UUID.randomUUID();
        Optional<UUID> created = jdbc.sql("""
                insert into location (id, description, postcode, created_at, updated_at, version)
                values (:id, :description, :postcode, :now, :now, 0)
                on conflict (match_key) do nothing returning id""")
                .param("id", id).param("description", description.strip()).param("postcode", code).param("now", now)
                .query(UUID.class).optional();
        if (created.isPresent()) {
            audit.record(AuditAction.CREATE, new AuditTrail.Subject("location", id, null), List.of("Description"), null);
            return id;
        }
        return existing(description, code).orElseThrow();
    }

    /** The location already recorded with this description and postcode, ignoring case, punctuation and spacing. */
    public Optional<UUID> existing(String description, String postcode) {
        return jdbc.sql("select id from location where match_key = location_match_key(:description, :postcode)")
                .param("description", description.strip()).param("postcode", postcode)
                .query(UUID.class).optional();
    }

    /**
     * Records one use of a place by a child. Linking the same use twice changes nothing.
     *
     * @param episodeId the episode the place was used in, or null for a place the child frequents
     * @param kind      {@link #FREQUENTED}, {@link #LAST_SEEN} or {@link #FOUND} ("last seen" is also understood)
     */
    @Transactional
    public void link(UUID locationId, UUID childId, UUID episodeId, String kind) {
        String code = kind == null ? "" : kind.strip().toLowerCase(Locale.UK).replaceAll("[\\s-]+", "_");
        if (!KINDS.contains(code)) {
            throw new IllegalArgumentException("Kind must be one of " + KINDS);
        }
        int added = jdbc.sql("""
                insert into location_link (id, location_id, child_id, episode_id, kind, linked_at)
                values (:id, :location, :child, :episode, :kind, :now) on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("location", locationId).param("child", childId)
                .param("episode", episodeId).param("kind", code).param("now", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("location", locationId, childId),
                    List.of("Locations"), label(code) + (episodeId == null ? "" : " in episode " + episodeId));
        }
    }

    /** The places linked to a child, most used first. */
    public List<LocationSummary> forChild(UUID childId) {
        return jdbc.sql("""
                select l.id, l.description,
                       concat_ws(', ', l.address_line1, l.address_line2, l.town) as address, l.postcode,
                       l.risk_assessed, l.risk_notes,
                       array(select distinct k.kind from location_link k
                              where k.location_id = l.id and k.child_id = :child order by k.kind) as kinds,
                       (select count(*) from location_link u where u.location_id = l.id) as use_count
                  from location l
                 where exists (select 1 from location_link k where k.location_id = l.id and k.child_id = :child)
                 order by use_count desc, lower(l.description), l.id""")
                .param("child", childId)
                .query((rs, n) -> new LocationSummary(rs.getObject("id", UUID.class), rs.getString("description"),
                        rs.getString("address"), rs.getString("postcode"), rs.getBoolean("risk_assessed"),
                        rs.getString("risk_notes"), List.of((String[]) rs.getArray("kinds").getArray()),
                        rs.getInt("use_count")))
                .list();
    }

    /** How a link reads on a page. */
    public static String label(String kind) {
        return switch (kind) {
            case FREQUENTED -> "Frequented";
            case LAST_SEEN -> "Last seen";
            case FOUND -> "Found";
            default -> kind;
        };
    }
}
