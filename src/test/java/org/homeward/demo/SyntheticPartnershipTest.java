package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small synthetic partnership has what insight reads, in the proportions the generator promises. Written in
 * the test's transaction and rolled back after, so that no other test counts its children.
 */
@HomewardTest
@Transactional
class SyntheticPartnershipTest {

    @Autowired SyntheticPartnership generator;
    @Autowired JdbcClient jdbc;

    double share(String sql) {
        return jdbc.sql(sql).query(Double.class).single();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void twoThousandChildrenComeWithFindingsPlansNetworksAndPopulations() {
        // Generation writes thousands of rows a statement, beyond the timeout a page's query is held to.
        jdbc.sql("set local statement_timeout = 0").update();
        SyntheticPartnership.Result result = generator.generate(2000, 3);
        assertThat(result.children()).isEqualTo(2000);
        assertThat(result.episodes()).isGreaterThan(5000);

        String held = """
                from rhi_interview i join rhi_offer o on o.id = i.offer_id join child c on c.id = o.child_id
                 where c.council_case_id like 'SYN%'""";
        long interviews = count("select count(*) " + held);
        assertThat(interviews).isGreaterThan(1000);
        assertThat(share("select avg((exists (select 1 from rhi_factor f where f.offer_id = i.offer_id"
                + " and f.code = 'HOME_PROBLEMS'))::int) " + held)).isBetween(0.25, 0.55);
        assertThat(share("select avg((exists (select 1 from rhi_factor f where f.offer_id = i.offer_id"
                + " and f.code in ('FRIENDS_FAMILY', 'PEER_PRESSURE', 'PARTNER')))::int) " + held)).isBetween(0.28, 0.42);
        assertThat(share("select avg(i.exploitation::int) " + held)).isBetween(0.04, 0.12);
        assertThat(share("select avg((exists (select 1 from rhi_factor f where f.offer_id = i.offer_id"
                + " and f.vocabulary = 'rhi-harm' and f.code <> 'NO_HARM'))::int) " + held)).isBetween(0.15, 0.25);
        // Every held interview has its harm coded, "no harm disclosed" included.
        assertThat(count("select count(*) " + held + " and not exists (select 1 from rhi_factor f"
                + " where f.offer_id = i.offer_id and f.vocabulary = 'rhi-harm')")).isZero();

        assertThat(share("""
                select avg((g.classification = 'ABSENT')::int) from episode_grading g join episode e on e.id = g.episode_id
                  join child c on c.id = e.child_id where c.council_case_id like 'SYN%'""")).isBetween(0.06, 0.14);
        assertThat(count("""
                select count(*) from episode e join child c on c.id = e.child_id
                 where c.council_case_id like 'SYN%' and e.category = 'AWAY_FROM_PLACEMENT'""")).isPositive();

        long plans = count("select count(*) from intervention i join child c on c.id = i.child_id where c.council_case_id like 'SYN%'");
        assertThat(plans).isPositive();
        assertThat(count("""
                select count(*) from intervention_review r join intervention i on i.id = r.intervention_id
                  join child c on c.id = i.child_id where c.council_case_id like 'SYN%'""")).isPositive();
        // Only children with four or more episodes have a plan, begun after their third.
        assertThat(count("""
                select count(*) from intervention i join child c on c.id = i.child_id
                 where c.council_case_id like 'SYN%' and (select count(*) from episode e where e.child_id = i.child_id) < 4""")).isZero();
        assertThat(count("""
                select count(*) from intervention_review r join intervention i on i.id = r.intervention_id
                  join child c on c.id = i.child_id
                 where c.council_case_id like 'SYN%' and (r.reviewed_on >= current_date or r.reviewed_on <= i.started_on)""")).isZero();

        assertThat(count("""
                select max(n) from (select count(*) n from child_associate ca join child c on c.id = ca.child_id
                                     where c.council_case_id like 'SYN%' group by ca.associate_id) x""")).isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select max(n) from (select count(distinct l.child_id) n from location_link l join child c on c.id = l.child_id
                                     where c.council_case_id like 'SYN%' group by l.location_id) x""")).isGreaterThanOrEqualTo(2);
        assertThat(count("""
                select count(*) from agency a where a.kind = 'LOCAL_AUTHORITY' and not exists (
                    select 1 from insight_population p join insight_population_group g on g.population_id = p.id
                     where p.authority_id = a.id and p.year = extract(year from current_date) and g.characteristic = 'ALL')"""))
                .isZero();
    }
}
