package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class PolicePackWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    /** Jaden Smith in the demo data: a profile with an old photograph, associates and locations. */
    static final UUID JADEN = UUID.fromString("4cdd2055-930d-6eaf-14f4-733f3e7d1bfb");

    long exports(UUID child, String detail) {
        return jdbc.sql("select count(*) from audit_entry where child_id = :c and action = 'EXPORT' and detail = :d")
                .param("c", child).param("d", detail).query(Long.class).single();
    }

    @Test
    void thePdfPackNamesTheChildWarnsOfAnOldPhotographAndIsAudited() throws Exception {
        long before = exports(JADEN, "Police information pack (PDF)");
        MockHttpServletResponse response = mvc.perform(get("/children/" + JADEN + "/police-pack.pdf")
                        .with(as(users, "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse();
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"police-pack-4cdd2055.pdf\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Jaden Smith").contains("Photograph is out of date")
                    .contains("Dean Marsh").contains("PERSON OF CONCERN").contains("Bristol Bus Station")
                    .contains("Emergency Duty Team 01454 615165").contains("Salbutamol")
                    .contains("Council missing risk screening (latest, ").contains("Exploitation screening (latest, ");
            assertThat(text.indexOf("Dean Marsh")).isLessThan(text.indexOf("Marcia Smith"));
        }
        assertThat(exports(JADEN, "Police information pack (PDF)")).isEqualTo(before + 1);
    }

    @Test
    void theJsonPackCarriesTheAssociatesPersonsOfConcernFirst() throws Exception {
        long before = exports(JADEN, "Police information pack (JSON)");
        MockHttpServletResponse response = mvc.perform(get("/children/" + JADEN + "/police-pack.json")
                        .with(as(users, "carer")))
                .andExpect(status().isOk()).andReturn().getResponse();
        String json = response.getContentAsString();
        assertThat(response.getHeader("Content-Disposition")).doesNotContain("Jaden").doesNotContain("Smith");
        assertThat(json).contains("\"associates\":[{").contains("\"name\":\"Dean Marsh\"")
                .contains("\"personOfConcern\":true").contains("\"outOfHoursContact\":\"Emergency Duty Team 01454 615165\"")
                .contains("\"dateOfBirth\":\"2011-04-12\"").contains("\"data\":\"data:image/png;base64,");
        assertThat(json.indexOf("Dean Marsh")).isLessThan(json.indexOf("Marcia Smith"));
        assertThat(exports(JADEN, "Police information pack (JSON)")).isEqualTo(before + 1);
    }

    @Test
    void aChildWithNothingRecordedYetStillHasAPackThatSaysSo() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Zoë", "Łukasiewicz-O'Brien");
        byte[] pdf = mvc.perform(get("/children/" + child + "/police-pack.pdf").with(as(users, "police")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Zoë Łukasiewicz-O'Brien").contains("No Philomena profile has been completed")
                    .contains("No photograph is recorded").contains("No associates are recorded");
        }
    }

    @Test
    void onlyThoseWhoReportOrReceiveAMissingChildMayExportThePack() throws Exception {
        for (String username : new String[] {"analyst", "rhiworker", "auditor", "admin"}) {
            mvc.perform(get("/children/" + JADEN + "/police-pack.pdf").with(as(users, username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/children/" + JADEN + "/police-pack.json").with(as(users, username)))
                    .andExpect(status().isForbidden());
        }
        String record = mvc.perform(get("/children/" + JADEN).with(as(users, "carer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(record).contains("Police information pack (PDF)").contains("/children/" + JADEN + "/philomena");
        String rhi = mvc.perform(get("/children/" + JADEN).with(as(users, "rhiworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(rhi).contains("Safety alerts").doesNotContain("Police information pack (PDF)");
    }
}
