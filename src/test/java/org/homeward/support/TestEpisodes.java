package org.homeward.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Episodes reported and found through the pages, as a carer and the police would. */
public final class TestEpisodes {

    private TestEpisodes() {
    }

    /** Reported missing by the carer, last seen at {@code lastSeen}; the episode's id. */
    public static UUID report(MockMvc mvc, UserDetailsService users, UUID child, ZonedDateTime lastSeen) throws Exception {
        MockHttpServletRequestBuilder r = post("/children/" + child + "/episodes").with(csrf()).with(as(users, "carer"))
                .param("category", "MISSING_FROM_CARE").param("missingFrom", "PLACEMENT")
                .param("lastSeenPlace", "Oakfield House").param("reported", "yes");
        time(r, "lastSeen", lastSeen);
        time(r, "reported", lastSeen.plusMinutes(45));
        String url = mvc.perform(r).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/episodes/");
        return UUID.fromString(url.substring("/episodes/".length()));
    }

    /** Found by the police at {@code at}. */
    public static void locate(MockMvc mvc, UserDetailsService users, JdbcClient jdbc, UUID episode, ZonedDateTime at)
            throws Exception {
        MockHttpServletRequestBuilder r = post("/episodes/" + episode + "/located").with(csrf()).with(as(users, "police"))
                .param("locatedWhere", "Bristol bus station").param("returnMethod", "FOUND_POLICE")
                .param("version", String.valueOf(jdbc.sql("select version from episode where id = :e")
                        .param("e", episode).query(Long.class).single()));
        time(r, "located", at);
        assertThat(mvc.perform(r).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
    }

    public static UUID reportAndLocate(MockMvc mvc, UserDetailsService users, JdbcClient jdbc, UUID child,
                                       ZonedDateTime lastSeen, int hours) throws Exception {
        UUID episode = report(mvc, users, child, lastSeen);
        locate(mvc, users, jdbc, episode, lastSeen.plusHours(hours));
        return episode;
    }

    public static void time(MockHttpServletRequestBuilder r, String prefix, ZonedDateTime at) {
        r.param(prefix + "Day", String.valueOf(at.getDayOfMonth()))
                .param(prefix + "Month", String.valueOf(at.getMonthValue()))
                .param(prefix + "Year", String.valueOf(at.getYear()))
                .param(prefix + "Time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }

    /** The assessor's rank and one information source, which every police grading must carry. */
    public static Map<String, String> gradingSource() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("assessorRank", "Sergeant");
        answers.put("sources[0].supplier", "Cara Jones, carer at Oakfield House");
        answers.put("sources[0].contact", "0117 496 0000");
        answers.put("sources[0].information", "Left after an argument; took no phone");
        answers.put("sources[0].obtainedDay", "1");
        answers.put("sources[0].obtainedMonth", "1");
        answers.put("sources[0].obtainedYear", "2015");
        answers.put("sources[0].obtainedTime", "09:00");
        return answers;
    }

    /** The answers of the grading form: classification, risk level and why, with a rank and a source. */
    public static Map<String, String> grading(String classification, String riskLevel, String rationale) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("classification", classification);
        answers.put("riskLevel", riskLevel);
        answers.put("rationale", rationale);
        answers.putAll(gradingSource());
        return answers;
    }

    /** {@link #gradingSource()} as request parameters. */
    public static MultiValueMap<String, String> gradingSourceParams() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        gradingSource().forEach(params::add);
        return params;
    }
}
