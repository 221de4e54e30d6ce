package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The time an offer's interview was held, copied onto the offer so that open offers are read by a partial
 * index, always equals the interview's (rhi_offer_met), including for offers another interview covers.
 */
@HomewardTest
class OfferInterviewHeldTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theOffersCopyOfTheInterviewTimeFollowsInterviewsAndCovers() {
        assertThat(differing()).isZero();
        UUID child = TestOffers.child(jdbc, "Held", "Copy");
        UUID first = TestOffers.offer(jdbc, child, "now() - interval '2 days'");
        UUID second = TestOffers.offer(jdbc, child, "now() - interval '1 day'");
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                       independent, harm, exploitation, staying_safe_given, helpline_given, child_words,
                       consent_to_share, support_decision, recorded_by, recorded_at)
                select :o, now() - interval '3 hours', 'A Worker', 'INDEPENDENT', 'Safe Return', true, 'None', false,
                       true, true, 'I went to a friend''s', false, 'NONE', id, now() from user_account where username = 'rhiworker'""")
                .param("o", first).update();
        assertThat(heldAt(first)).isNotNull();
        assertThat(heldAt(second)).isNull();
        jdbc.sql("update rhi_offer set covered_by = :o where id = :s").param("o", first).param("s", second).update();
        assertThat(heldAt(second)).isEqualTo(heldAt(first));
        jdbc.sql("update rhi_interview set held_at = held_at - interval '1 hour' where offer_id = :o").param("o", first)
                .update();
        assertThat(differing()).isZero();
        jdbc.sql("update rhi_offer set covered_by = null where id = :s").param("s", second).update();
        assertThat(heldAt(second)).isNull();
        jdbc.sql("delete from rhi_interview where offer_id = :o").param("o", first).update();
        assertThat(heldAt(first)).isNull();
        assertThat(differing()).isZero();
        TestOffers.remove(jdbc, child);
    }

    private Object heldAt(UUID offer) {
        return jdbc.sql("select interview_held_at from rhi_offer where id = :o").param("o", offer)
                .query((rs, n) -> rs.getTimestamp(1)).optional().orElse(null);
    }

    private long differing() {
        return jdbc.sql("""
                select count(*) from rhi_offer o join rhi_offer_met m on m.offer_id = o.id
                 where o.interview_held_at is distinct from m.held_at""").query(Long.class).single();
    }
}
