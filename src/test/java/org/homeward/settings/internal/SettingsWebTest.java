package org.homeward.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The partnership's thresholds and timescales, changed by an administrator on a page, each change kept. */
@HomewardTest
class SettingsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Settings settings;
    @Autowired Directory directory;

    @AfterEach
    void backToDefaults() {
        jdbc.sql("delete from setting_value").update();
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    long changes(Setting s) {
        return jdbc.sql("select count(*) from setting_change where setting = :s").param("s", s.name())
                .query(Long.class).single();
    }

    @Test
    void cfg02_anAdministratorChangesATimescaleWithAReasonItAppliesAtOnceAndItsHistoryIsKept() throws Exception {
        String path = "/admin/settings/strategy-discussion";
        assertThat(mvc.perform(get("/admin/settings").with(as(users, "manager"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send("manager", post(path), Map.of("value", "5", "reason", "Board decision")).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(page("admin", "/admin/settings")).contains("Hold a strategy discussion within")
                .contains("3 working days").contains("Put a police trigger plan on file and share it within");
        long before = changes(Setting.STRATEGY_DISCUSSION);
        for (Map<String, String> bad : java.util.List.of(Map.of("value", "0", "reason", "x"),
                Map.of("value", "three", "reason", "x"), Map.of("value", "99999999999", "reason", "x"),
                Map.of("value", "5", "reason", " "))) {
            String answer = send("admin", post(path), bad).getResponse().getContentAsString();
            assertThat(answer).contains("govuk-error-summary");
        }
        assertThat(changes(Setting.STRATEGY_DISCUSSION)).isEqualTo(before);
        assertThat(settings.number(Setting.STRATEGY_DISCUSSION)).isEqualTo(3);

        assertThat(send("admin", post(path), Map.of("value", "5", "reason", "Board decision 1 December"))
                .getResponse().getRedirectedUrl()).isEqualTo("/admin/settings");
        assertThat(settings.number(Setting.STRATEGY_DISCUSSION)).isEqualTo(5);
        assertThat(page("admin", path)).contains("3 working days to 5 working days").contains("Board decision 1 December");

        // Applies at once: the next discussion raised is due in 5 working days.
        UUID child = TestChildren.add(mvc, users, "Settings", "Child");
        send("socialworker", post("/children/" + child + "/strategy-discussions"), Map.of("reason", "Exploitation concerns"));
        LocalDate due = jdbc.sql("select due_on from strategy_discussion where child_id = :c").param("c", child)
                .query(LocalDate.class).single();
        assertThat(due).isEqualTo(WorkingDays.plus(LocalDate.now(ClockConfiguration.LONDON), 5));
    }

    @Test
    void cfg04_thePartnershipsOwnWordForALookedAfterChildIsUsedOnItsPages() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Words", "Child");
        assertThat(page("socialworker", "/children/" + child)).contains("Looked after");
        assertThat(send("admin", post("/admin/settings/looked-after-term"), Map.of("value", "SOMETHING", "reason", "x"))
                .getResponse().getContentAsString()).contains("Select one");
        assertThat(send("admin", post("/admin/settings/looked-after-term"),
                Map.of("value", "IN_CARE", "reason", "The children in care council asked for it")).getResponse()
                .getRedirectedUrl()).isEqualTo("/admin/settings");
        assertThat(page("admin", "/admin/settings")).contains("Child in care");
        String record = page("socialworker", "/children/" + child);
        assertThat(record).contains(">In care<").doesNotContain(">Looked after<");
        assertThat(page("manager", "/risk/standing-assessments/exceptions")).contains(">Children in care<");
        assertThat(page("socialworker", "/children/" + child + "/edit")).contains("Required for a child in care");
    }

    @Test
    void cfg03_eachLocalAuthorityCommissionsItsOwnReturnInterviewProvider() throws Exception {
        String southGlos = TestChildren.SOUTH_GLOUCESTERSHIRE;
        MvcResult added = send("admin", post("/admin/agencies"), Map.of("name", "Second Chance " + UUID.randomUUID(),
                "kind", "RHI_PROVIDER"));
        UUID provider = UUID.fromString(added.getResponse().getRedirectedUrl().substring("/admin/agencies/".length()));
        Map<String, Object> la = jdbc.sql("select name, ons_code, dfe_code, version from agency where id = cast(:a as uuid)")
                .param("a", southGlos).query().singleRow();
        try {
            Map<String, String> form = new java.util.HashMap<>(Map.of("name", (String) la.get("name"),
                    "kind", "LOCAL_AUTHORITY", "onsCode", (String) la.get("ons_code"), "dfeCode", (String) la.get("dfe_code"),
                    "version", String.valueOf(la.get("version")), "rhiProviderId", southGlos));
            assertThat(send("admin", post("/admin/agencies/" + southGlos), form).getResponse().getContentAsString())
                    .contains("Select a return home interview provider from the list");
            form.put("rhiProviderId", provider.toString());
            assertThat(send("admin", post("/admin/agencies/" + southGlos), form).getResponse().getRedirectedUrl())
                    .isEqualTo("/admin/agencies/" + southGlos);
            assertThat(page("admin", "/admin/agencies/" + southGlos)).contains("Second Chance");

            UUID child = TestChildren.add(mvc, users, "Commissioned", "Provider");
            UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child,
                    java.time.ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(8), 3);
            assertThat(jdbc.sql("select provider_agency_id from rhi_offer where episode_id = :e").param("e", episode)
                    .query(UUID.class).single()).isEqualTo(provider);
        } finally {
            jdbc.sql("update agency set rhi_provider_id = null where id = cast(:a as uuid)").param("a", southGlos).update();
            jdbc.sql("update rhi_offer set provider_agency_id = cast(:p as uuid) where provider_agency_id = :n")
                    .param("p", TestOffers.SAFE_RETURN.toString()).param("n", provider).update();
            jdbc.sql("delete from agency where id = :n").param("n", provider).update();
            // The directory holds agency lists for a minute: later tests must see one provider again at once.
            directory.agenciesChanged();
        }
    }
}
