package org.homeward.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An administrator publishes a new version of the risk screening tool from the pages, without SQL. */
@HomewardTest
class InstrumentPublishWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Instruments instruments;
    @Autowired InstrumentPublisher publisher;

    LocalDate today = LocalDate.now(ClockConfiguration.LONDON);

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    /** The form as the page fills it from the latest version, with the changes given. */
    Map<String, String> form(Instrument latest, LocalDate effective) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("basedOn", latest.id().toString());
        f.put("title", latest.title());
        f.put("effectiveDay", String.valueOf(effective.getDayOfMonth()));
        f.put("effectiveMonth", String.valueOf(effective.getMonthValue()));
        f.put("effectiveYear", String.valueOf(effective.getYear()));
        f.put("mediumFrom", String.valueOf(latest.mediumFrom()));
        f.put("highFrom", String.valueOf(latest.highFrom()));
        f.put("changeNote", "Bullying weighs more; gang links added");
        List<Instrument.Factor> factors = latest.factors();
        for (int i = 0; i < factors.size(); i++) {
            Instrument.Factor x = factors.get(i);
            String p = "factors[" + i + "].";
            f.put(p + "code", x.code());
            f.put(p + "label", x.label());
            f.put(p + "section", x.section());
            f.put(p + "guidance", x.guidance());
            f.put(p + "weight", String.valueOf(x.weight()));
            if (x.critical()) {
                f.put(p + "critical", "true");
            }
        }
        return f;
    }

    int index(Instrument latest, String code) {
        for (int i = 0; i < latest.factors().size(); i++) {
            if (latest.factors().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    long versions() {
        return jdbc.sql("select count(*) from risk_instrument_version").query(Long.class).single();
    }

    @Test
    void anAdministratorPublishesAVersionThatTakesEffectLaterAndChangesNoEarlierVersion() throws Exception {
        assertThat(status("socialworker", "/risk-screening/instrument/new")).isEqualTo(403);
        assertThat(status("admin", "/risk-screening/instrument/new")).isEqualTo(200);
        Instrument latest = publisher.latest();
        long before = versions();
        int bullying = index(latest, "BULLYING");

        Map<String, String> bad = form(latest, today.minusDays(1));
        bad.put("highFrom", bad.get("mediumFrom"));
        bad.put("factors[" + bullying + "].weight", "7");
        bad.put("changeNote", " ");
        bad.put("added.label", "Links to a gang");
        String refused = send("admin", post("/risk-screening/instrument"), bad).getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem")
                .contains("A new version takes effect today or later")
                .contains("The score that suggests high must be more than the score that suggests medium")
                .contains("Enter a weight for Bullying or harassment (a whole number from 0 to 5)")
                .contains("Say what changed and why")
                .contains("Enter a code for the new factor");
        assertThat(send("socialworker", post("/risk-screening/instrument"), form(latest, today.plusDays(30)))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(versions()).isEqualTo(before);

        LocalDate from = today.plusDays(30);
        Map<String, String> good = form(latest, from);
        good.put("factors[" + bullying + "].weight", "3");
        good.put("factors[" + index(latest, "FINANCES") + "].remove", "true");
        good.put("added.code", "GANG_LINKS");
        good.put("added.label", "Links to a gang");
        good.put("added.section", "Harm and exploitation");
        good.put("added.guidance", "Known to associate with a group involved in crime or county lines.");
        good.put("added.weight", "3");
        good.put("added.critical", "true");
        assertThat(send("admin", post("/risk-screening/instrument"), good).getResponse().getRedirectedUrl())
                .isEqualTo("/risk-screening/instrument");
        assertThat(versions()).isEqualTo(before + 1);

        Instrument published = publisher.latest();
        assertThat(published.version()).isEqualTo(latest.version() + 1);
        assertThat(published.effectiveFrom()).isEqualTo(from);
        assertThat(published.factor("BULLYING").orElseThrow().weight()).isEqualTo(3);
        assertThat(published.factor("FINANCES")).isEmpty();
        assertThat(published.factor("GANG_LINKS").orElseThrow().critical()).isTrue();
        assertThat(instruments.inForce(today).orElseThrow().id()).isNotEqualTo(published.id());
        assertThat(instruments.inForce(from).orElseThrow().id()).isEqualTo(published.id());
        assertThat(instruments.byId(latest.id()).factors()).isEqualTo(latest.factors());
        assertThat(mvc.perform(get("/risk-screening/instrument").with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString()).contains("Not yet in force").contains("Bullying weighs more; gang links added");

        // Publishing from a version no longer the latest is refused: someone else published meanwhile.
        assertThat(send("admin", post("/risk-screening/instrument"), form(latest, from)).getResponse()
                .getContentAsString()).contains("was published while you were editing");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'risk-instrument' and record_id = :v")
                .param("v", published.id()).query(Long.class).single()).isEqualTo(1);
    }
}
