package org.homeward.rhi;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which authority is responsible for a return home interview of a child placed out of area: the
 * placing authority or the host (DOMAIN.md XB-03). The cross-border module records the agreement
 * and sets it here, on the episode's offer once there is one.
 */
@Component
public class InterviewResponsibilities {

    /** An offer's responsibility: {@code responsible} is PLACING or HOST. */
    public record Responsibility(UUID offerId, UUID episodeId, UUID childId, boolean outOfArea, String responsible,
                                 UUID placingAuthorityId, UUID hostAuthorityId, UUID providerAgencyId) {

        public boolean host() {
            return "HOST".equals(responsible);
        }
    }

    private static final String SELECT = """
            select id as offer_id, episode_id, child_id, out_of_area, responsible, placing_authority_id,
                   host_authority_id, provider_agency_id from rhi_offer""";

    private final JdbcClient jdbc;

    InterviewResponsibilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Responsibility> forOffer(UUID offerId) {
        return jdbc.sql(SELECT + " where id = :id").param("id", offerId).query(Responsibility.class).optional();
    }

    public Optional<Responsibility> forEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " where episode_id = :e").param("e", episodeId).query(Responsibility.class).optional();
    }

    /**
     * Sets the agreed responsibility on the episode's offer, if it has been opened (the child has
     * returned); false when there is no offer yet. Joins the caller's transaction.
     */
    public boolean agree(UUID episodeId, String responsible) {
        if (!"PLACING".equals(responsible) && !"HOST".equals(responsible)) {
            throw new IllegalArgumentException("Responsible is PLACING or HOST");
        }
        return jdbc.sql("""
                update rhi_offer set responsible = :r, version = version + 1
                 where episode_id = :e and responsible <> :r""")
                .param("r", responsible).param("e", episodeId).update() == 1
                || forEpisode(episodeId).isPresent();
    }
}
