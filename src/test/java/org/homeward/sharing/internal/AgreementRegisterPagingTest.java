package org.homeward.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class AgreementRegisterPagingTest {

    @Autowired Agreements agreements;
    @Autowired JdbcClient jdbc;

    @Test
    void pagingForwardThenBackReturnsTheSameAgreementsOnceEachWhenTheyBeginTheSameDay() {
        UUID admin = jdbc.sql("select id from user_account where username = 'admin'").query(UUID.class).single();
        List<UUID> added = new ArrayList<>();
        try {
            for (int n = 0; n < 13; n++) {
                UUID id = UUID.randomUUID();
                added.add(id);
                jdbc.sql("""
                        insert into sharing_agreement (id, title, purpose, lawful_basis, starts_on, review_on,
                                                       recorded_by, recorded_by_name, recorded_at)
                        values (:id, 'Paging', 'Paging', 'Paging', date '2090-01-01' + :n / 3, date '2095-01-01',
                                :by, 'Paging', now())""")
                        .param("id", id).param("n", n).param("by", admin).update();
            }
            List<Agreements.Agreement> whole = agreements.page(Keyset.of(null, null, 100_000)).rows();
            assertThat(whole.subList(0, 13)).extracting(Agreements.Agreement::id).containsExactlyInAnyOrderElementsOf(added);

            PageLinks.Walk<Agreements.Agreement> walked = PageLinks.walk((after, before) ->
                    agreements.page(Keyset.of(after, before, 4)));
            assertThat(walked.all()).containsExactlyElementsOf(whole).doesNotHaveDuplicates();
            assertThat(walked.back()).isEqualTo(walked.forward());
        } finally {
            jdbc.sql("delete from sharing_agreement where id = any(:ids)").param("ids", added.toArray(UUID[]::new)).update();
        }
    }
}
