package org.homeward.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.support.FormAnswers;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Referrals to the front door with their threshold; police protection, accommodation and disruption. */
@HomewardTest
class ProtectionWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    static void at(Map<String, String> f, String prefix, ZonedDateTime t) {
        f.put(prefix + "Day", String.valueOf(t.getDayOfMonth()));
        f.put(prefix + "Month", String.valueOf(t.getMonthValue()));
        f.put(prefix + "Year", String.valueOf(t.getYear()));
        f.put(prefix + "Time", String.format("%02d:%02d", t.getHour(), t.getMinute()));
    }

    @Test
    void aReferralAndAMeasureEachAskOnlyForTheirOwnAnswers() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Quinn", "Protection");
        String referral = send("socialworker", post("/children/" + child + "/referrals"), new LinkedHashMap<>())
                .getResponse().getContentAsString();
        assertThat(referral).contains("Enter where the child was referred").contains("Enter why")
                .doesNotContain("Enter who authorised it");
        String measure = send("socialworker", post("/children/" + child + "/protective-measures"), new LinkedHashMap<>())
                .getResponse().getContentAsString();
        assertThat(measure).contains("Enter who authorised it").doesNotContain("Enter where the child was referred");
    }

    @Test
    void aReferralNeedsItsLevelOfHelpAndPoliceProtectionLastsAtMost72Hours() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Piper", "Protection");
        Map<String, String> r = new LinkedHashMap<>();
        at(r, "at", now.minusHours(5));
        r.put("referredTo", "Access and Response Team");
        r.put("reason", "Third episode in a month; older associates");
        assertThat(send("socialworker", post("/children/" + child + "/referrals"), r).getResponse().getContentAsString())
                .contains("Select the level of help");
        r.put("levelOfHelp", "SPECIALIST");
        r.put("assessmentType", "Single assessment");
        assertThat(send("carer", post("/children/" + child + "/referrals"), r).getResponse().getStatus()).isEqualTo(403);
        assertThat(send("socialworker", post("/children/" + child + "/referrals"), r).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child + "/protection");

        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", "POLICE_PROTECTION");
        at(m, "at", now.minusDays(4));
        at(m, "end", now.minusDays(4).plusHours(73));
        m.put("authorisedBy", "Insp. Rowe");
        String refused = send("police", post("/children/" + child + "/protective-measures"), m).getResponse()
                .getContentAsString();
        assertThat(refused).contains("Police protection lasts at most 72 hours")
                .contains("Enter where the child was kept safe");
        assertThat(jdbc.sql("select count(*) from protective_measure where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
        at(m, "end", now.minusDays(4).plusHours(72));
        m.put("place", "Police station, then foster carers in Yate");
        assertThat(send("police", post("/children/" + child + "/protective-measures"), m).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child + "/protection");

        Map<String, String> cawn = new LinkedHashMap<>();
        cawn.put("kind", "CAWN");
        at(cawn, "at", now.minusDays(1));
        cawn.put("authorisedBy", "PC Parry");
        assertThat(send("police", post("/children/" + child + "/protective-measures"), cawn).getResponse()
                .getContentAsString()).contains("Enter who the notice or disruption was against");
        cawn.put("subject", "Darren Example, 34");
        send("police", post("/children/" + child + "/protective-measures"), cawn);

        String page = mvc.perform(get("/children/" + child + "/protection").with(as(users, "manager"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Level 4: specialist or statutory").contains("Single assessment")
                .contains("Police protection (Children Act 1989 section 46)").contains("Insp. Rowe")
                .contains("Child Abduction Warning Notice").contains("Darren Example, 34");
        assertThat(mvc.perform(get("/children/" + child + "/chronology").with(as(users, "socialworker"))).andReturn()
                .getResponse().getContentAsString()).contains("Police protection (section 46)")
                .contains("Referred to Access and Response Team").contains("Child Abduction Warning Notice served");
    }

    @Test
    void anOutcomeCannotComeBeforeTheReferralNorAMeasureEndBeforeItStarts() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Perry", "Sequence");
        Map<String, String> r = new LinkedHashMap<>();
        at(r, "at", now.minusDays(2));
        r.put("referredTo", "Access and Response Team");
        r.put("reason", "Third episode in a month");
        r.put("levelOfHelp", "SPECIALIST");
        r.put("outcome", "Single assessment");
        FormAnswers.date(r, "decided", now.minusDays(5).toLocalDate());
        assertThat(send("socialworker", post("/children/" + child + "/referrals"), r).getResponse().getContentAsString())
                .contains("The outcome must be on or after the referral ("
                        + Dates.ofDay(now.minusDays(2).toLocalDate()) + ")");
        assertThat(jdbc.sql("select count(*) from front_door_referral where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();

        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", "CAWN");
        at(m, "at", now.minusDays(1));
        at(m, "end", now.minusDays(3));
        m.put("authorisedBy", "PC Parry");
        m.put("subject", "Darren Example, 34");
        assertThat(send("police", post("/children/" + child + "/protective-measures"), m).getResponse()
                .getContentAsString()).contains("The end must be on or after the start ("
                        + Dates.ofInstant(now.minusDays(1).toInstant()) + ")");
        assertThat(jdbc.sql("select count(*) from protective_measure where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
    }
}
