package org.homeward.crossborder.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Episodes of children placed out of area: who holds the return home interview, and its findings. */
@Component
class CrossBorderEpisodes {

    public record CrossBorderEpisode(UUID episodeId, UUID childId, String childName, UUID placingAuthorityId,
                                     String placingAuthority, UUID hostAuthorityId, String hostAuthority,
                                     Instant openedAt, String rhiResponsible, String rhiAgreement,
                                     String rhiAgreedByName, Instant rhiAgreedAt, UUID interviewOfferId,
                                     UUID interviewRecordedBy, Instant findingsDueAt, UUID findingsNoticeId,
                                     Instant findingsSentAt) {

        public boolean agreed() {
            return rhiAgreedAt != null;
        }

        public String responsibleAuthority() {
            return rhiResponsible == null ? null : "HOST".equals(rhiResponsible) ? hostAuthority : placingAuthority;
        }

        public boolean findingsOwed() {
            return findingsDueAt != null && findingsNoticeId == null;
        }

        public boolean findingsInTime() {
            return findingsSentAt != null && !findingsSentAt.isAfter(findingsDueAt);
        }
    }

    private static final String SELECT = """
            select x.episode_id, x.child_id, c.given_names || ' ' || c.family_name as child_name,
                   x.placing_authority_id, pa.name as placing_authority, x.host_authority_id, ha.name as host_authority,
                   x.opened_at, x.rhi_responsible, x.rhi_agreement, u.display_name as rhi_agreed_by_name,
                   x.rhi_agreed_at, x.interview_offer_id, x.interview_recorded_by, x.findings_due_at,
                   x.findings_notice_id, n.sent_at as findings_sent_at
              from crossborder_episode x join child c on c.id = x.child_id
              join agency pa on pa.id = x.placing_authority_id join agency ha on ha.id = x.host_authority_id
              left join user_account u on u.id = x.rhi_agreed_by
              left join crossborder_notice n on n.id = x.findings_notice_id
            """;

    private final JdbcClient jdbc;

    CrossBorderEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts tracking an episode, once; true when it is new. */
    boolean open(UUID episodeId, UUID childId, UUID placing, UUID host, Instant now) {
        return jdbc.sql("""
                insert into crossborder_episode (episode_id, child_id, placing_authority_id, host_authority_id, opened_at)
                values (:e, :c, :placing, :host, :now) on conflict (episode_id) do nothing""")
                .param("e", episodeId).param("c", childId).param("placing", placing).param("host", host)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    Optional<CrossBorderEpisode> find(UUID episodeId) {
        return jdbc.sql(SELECT + " where x.episode_id = :e").param("e", episodeId).query(CrossBorderEpisode.class)
                .optional();
    }

    void agree(UUID episodeId, String responsible, String agreement, UUID by, Instant now) {
        jdbc.sql("""
                update crossborder_episode set rhi_responsible = :r, rhi_agreement = :a, rhi_agreed_by = :by,
                       rhi_agreed_at = :now where episode_id = :e""")
                .param("r", responsible).param("a", agreement).param("by", by).param("now", Timestamp.from(now))
                .param("e", episodeId).update();
    }

    void findingsOwed(UUID episodeId, UUID offerId, UUID recordedBy, Instant due) {
        jdbc.sql("""
                update crossborder_episode set interview_offer_id = :o, interview_recorded_by = :by, findings_due_at = :due
                 where episode_id = :e and findings_notice_id is null""")
                .param("o", offerId).param("by", recordedBy).param("due", Timestamp.from(due)).param("e", episodeId)
                .update();
    }

    void findingsReturned(UUID episodeId, UUID noticeId) {
        jdbc.sql("update crossborder_episode set findings_notice_id = :n where episode_id = :e")
                .param("n", noticeId).param("e", episodeId).update();
    }

    /** Episodes still without an agreed interview responsibility; {@code agencyId} null for every authority. */
    List<CrossBorderEpisode> unagreed(UUID agencyId) {
        return jdbc.sql(SELECT + """
                 where x.rhi_agreed_at is null
                   and (cast(:a as uuid) is null or :a in (x.placing_authority_id, x.host_authority_id))
                 order by x.opened_at""").param("a", agencyId).query(CrossBorderEpisode.class).list();
    }

    List<CrossBorderEpisode> findingsNotReturned(UUID agencyId) {
        return jdbc.sql(SELECT + """
                 where x.findings_due_at is not null and x.findings_notice_id is null
                   and (cast(:a as uuid) is null or :a in (x.placing_authority_id, x.host_authority_id))
                 order by x.findings_due_at""").param("a", agencyId).query(CrossBorderEpisode.class).list();
    }
}
