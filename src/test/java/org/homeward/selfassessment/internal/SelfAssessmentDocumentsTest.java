package org.homeward.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Documents as evidence: uploaded with a form that needs no script, refused when too large or of another type with
 * the error summary, kept in the database, downloaded by those who see the cycle (and carried to the next cycle),
 * and every upload and download in the history.
 */
@HomewardTest
class SelfAssessmentDocumentsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    UUID cycle(String key, String previous) throws Exception {
        mvc.perform(post("/admin/self-assessment/load").param("content", QuestionnaireWebTest.threeAreas(key))
                .with(csrf()).with(as(users, "admin")));
        UUID questionnaire = jdbc.sql("select id from selfassessment_questionnaire where key = :k").param("k", key)
                .query(UUID.class).single();
        var request = post("/self-assessment/new").param("name", "Documents " + key)
                .param("questionnaire", questionnaire.toString()).param("separateAnswers", "no");
        if (previous != null) {
            request.param("previous", previous);
        }
        MockHttpServletResponse created = mvc.perform(request.with(csrf()).with(as(users, "lead"))).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        return UUID.fromString(created.getRedirectedUrl().substring("/self-assessment/".length()));
    }

    MockHttpServletResponse upload(String user, UUID cycle, MockMultipartFile file, Map<String, String> fields) throws Exception {
        var request = multipart("/self-assessment/" + cycle + "/areas/governance/documents").file(file);
        fields.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn().getResponse();
    }

    @Test
    void aDocumentIsCheckedKeptDownloadedByThoseWhoSeeTheCycleAndRecorded() throws Exception {
        String key = "docs-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = cycle(key, null);
        mvc.perform(post("/self-assessment/" + id + "/participants").param("agency", SelfAssessmentWebTest.COUNCIL)
                .param("people", SelfAssessmentWebTest.MANAGER).param("wantsCopy", "no").with(csrf()).with(as(users, "lead")));
        Map<String, String> fields = Map.of("question", "gov-1", "label", "Board minutes, June");

        String page = mvc.perform(get("/self-assessment/" + id + "/areas/governance").with(as(users, "lead"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("class=\"govuk-file-upload\"")
                .contains("name=\"file\"");

        byte[] large = new byte[EvidenceDocuments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        String tooLarge = upload("manager", id, new MockMultipartFile("file", "minutes.pdf", "application/pdf", large), fields)
                .getContentAsString();
        assertThat(tooLarge).contains("govuk-error-summary").contains("href=\"#document-file\"")
                .contains("The selected file must be smaller than 8 MB").contains("govuk-file-upload--error");
        String program = upload("manager", id, new MockMultipartFile("file", "minutes.exe", "application/pdf", PDF), fields)
                .getContentAsString();
        assertThat(program).contains("govuk-error-summary").contains(EvidenceDocuments.WRONG_TYPE);
        // Named as a PDF, but not one: the first bytes decide.
        String renamed = upload("manager", id, new MockMultipartFile("file", "minutes.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}), fields).getContentAsString();
        assertThat(renamed).contains(EvidenceDocuments.WRONG_TYPE);
        assertThat(upload("manager", id, new MockMultipartFile("file", "", "application/octet-stream", new byte[0]),
                Map.of("question", "gov-1")).getContentAsString()).contains("Select a file").contains("Enter what the document is");
        assertThat(jdbc.sql("select count(*) from selfassessment_document where cycle_id = :c").param("c", id)
                .query(Long.class).single()).isZero();

        MockHttpServletResponse uploaded = upload("manager", id,
                new MockMultipartFile("file", "C:\\fakepath\\minutes.pdf", "application/x-anything", PDF), fields);
        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(302);
        UUID evidence = jdbc.sql("select id from selfassessment_evidence where cycle_id = :c and kind = 'DOCUMENT'")
                .param("c", id).query(UUID.class).single();
        String area = mvc.perform(get("/self-assessment/" + id + "/areas/governance").with(as(users, "lead"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(area).contains("Board minutes, June").contains("Download minutes.pdf, 1 KB")
                .contains("/self-assessment/" + id + "/evidence/" + evidence + "/document");
        assertThat(mvc.perform(get("/self-assessment/" + id + "/report").with(as(users, "lead"))).andReturn().getResponse()
                .getContentAsString()).contains("Download minutes.pdf, 1 KB");
        assertThat(mvc.perform(get("/self-assessment/" + id + "/report.csv").with(as(users, "lead"))).andReturn().getResponse()
                .getContentAsString()).contains("Board minutes, June: document minutes.pdf, 1 KB");

        MockHttpServletResponse download = mvc.perform(get("/self-assessment/" + id + "/evidence/" + evidence + "/document")
                .with(as(users, "lead"))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("minutes.pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(mvc.perform(get("/self-assessment/" + id + "/evidence/" + evidence + "/document")
                .with(as(users, "socialworker"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/self-assessment/" + id + "/evidence/" + UUID.randomUUID() + "/document")
                .with(as(users, "lead"))).andReturn().getResponse().getStatus()).isEqualTo(404);

        String history = mvc.perform(get("/self-assessment/" + id + "/history").with(as(users, "lead"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(history).contains("Governance " + key + ", question 1: document uploaded")
                .contains("Board minutes, June: minutes.pdf").contains("Morgan Reid")
                .contains("Document downloaded").contains("Lesley Grant");

        // The next cycle carries the document forward; its own participants download it from there.
        UUID next = cycle(key, id.toString());
        UUID carried = jdbc.sql("select id from selfassessment_evidence where cycle_id = :c and kind = 'DOCUMENT'")
                .param("c", next).query(UUID.class).single();
        byte[] again = mvc.perform(get("/self-assessment/" + next + "/evidence/" + carried + "/document")
                .with(as(users, "lead"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(PDF);
        // Another cycle's evidence is not reachable through this one.
        assertThat(mvc.perform(get("/self-assessment/" + next + "/evidence/" + evidence + "/document")
                .with(as(users, "lead"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void eachAllowedKindIsKnownByItsFirstBytesAndTextMustBeText() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "plan.docx", null, zip)).error()).isNull();
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "figures.XLSX", null, zip)).document().contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "plan.docx", null, PDF)).error())
                .isEqualTo(EvidenceDocuments.WRONG_TYPE);
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "notes.txt", null,
                "Minutes of the board – June".getBytes(StandardCharsets.UTF_8))).document().contentType()).isEqualTo("text/plain");
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "notes.txt", null, new byte[] {'a', 0, 'b'})).error())
                .isEqualTo(EvidenceDocuments.WRONG_TYPE);
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "photo.png", null,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).error()).isNull();
        assertThat(EvidenceDocuments.check(new MockMultipartFile("file", "page.html", null, "<html>".getBytes(StandardCharsets.UTF_8)))
                .error()).isEqualTo(EvidenceDocuments.WRONG_TYPE);
        assertThat(EvidenceDocuments.fileName("/home/x/\u0007report.pdf")).isEqualTo("report.pdf");
    }
}
