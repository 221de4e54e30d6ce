package org.homeward.episode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.FormAnswers;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An episode linked to child protection plans, exploitation panels, the youth offending service and NRM referrals. */
@HomewardTest
class EpisodeLinkWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    MvcResult link(String user, UUID episode, Map<String, String> answers) throws Exception {
        var request = post("/episodes/" + episode + "/links").with(csrf()).with(as(users, user));
        answers.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    long links(UUID episode) {
        return jdbc.sql("select count(*) from episode_link where episode_id = :e").param("e", episode)
                .query(Long.class).single();
    }

    @Test
    void mp07_anEpisodeLinkedToAnNrmReferralAndAProtectionPlanShowsThemOnTheEpisodeAndInTheChronology() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Lina", "Linked");
        UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(2), 30);
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Linked plans, panels and referrals")
                .contains("None linked.").contains("/episodes/" + episode + "/links/new");

        assertThat(mvc.perform(get("/episodes/" + episode + "/links/new").with(as(users, "carer"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(link("carer", episode, Map.of("kind", "NRM_REFERRAL", "reference", "X")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page("carer", "/episodes/" + episode)).doesNotContain("/links/new");

        String refused = link("socialworker", episode, Map.of()).getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Select what the episode is linked to")
                .contains("Enter the reference of the plan, panel or referral")
                .contains("Enter the date of the plan, panel or referral");
        Map<String, String> future = new LinkedHashMap<>(Map.of("kind", "NRM_REFERRAL", "reference", "NRM-1"));
        FormAnswers.date(future, "dated", now.toLocalDate().plusDays(2));
        assertThat(link("socialworker", episode, future).getResponse().getContentAsString())
                .contains("The date cannot be in the future");
        assertThat(links(episode)).isZero();

        Map<String, String> nrm = new LinkedHashMap<>();
        nrm.put("kind", "NRM_REFERRAL");
        nrm.put("reference", "NRM-2026-0042");
        LocalDate referred = now.toLocalDate().minusDays(1);
        FormAnswers.date(nrm, "dated", referred);
        nrm.put("note", "Found in a cannabis grow in Bristol; referred as a first responder");
        MvcResult saved = link("socialworker", episode, nrm);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode + "#linked-processes");
        Map<String, String> plan = new LinkedHashMap<>(Map.of("kind", "CHILD_PROTECTION_PLAN", "reference", "CP-SG-311"));
        FormAnswers.date(plan, "dated", now.toLocalDate().minusMonths(2));
        link("manager", episode, plan);

        assertThat(jdbc.sql("""
                select string_agg(l.kind || '|' || l.reference || '|' || u.username, ',' order by l.dated_on)
                  from episode_link l join user_account u on u.id = l.recorded_by where l.episode_id = :e""")
                .param("e", episode).query(String.class).single())
                .isEqualTo("CHILD_PROTECTION_PLAN|CP-SG-311|manager,NRM_REFERRAL|NRM-2026-0042|socialworker");
        assertThat(page("police", "/episodes/" + episode)).contains("National Referral Mechanism referral")
                .contains("NRM-2026-0042").contains("Found in a cannabis grow in Bristol").contains("Linked by Sam Okafor")
                .contains("Child protection plan").contains("CP-SG-311").doesNotContain("None linked.");
        assertThat(page("socialworker", "/children/" + child + "/chronology"))
                .contains("Linked to National Referral Mechanism referral (suspected trafficking or modern slavery) NRM-2026-0042")
                .contains("Linked to Child protection plan CP-SG-311");
    }
}
