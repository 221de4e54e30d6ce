package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.DemoUsers.as;
import static org.homeward.support.FormAnswers.date;
import static org.homeward.support.FormAnswers.time;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The police information pack issued when a child is reported missing, and kept as it was issued. */
@HomewardTest
class IssuedPolicePackWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Clock clock;
    @Autowired Dates dates;

    UUID child;
    final ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(2).withHour(21).withMinute(15)
            .truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void aChildWithAProfile() throws Exception {
        child = TestChildren.add(mvc, users, "Paloma", "Issuedpack");
        mvc.perform(profile(TestChildren.png(), "hair=Brown, shoulder length").with(as(users, "carer")))
                .andExpect(status().is3xxRedirection());
    }

    /** Part 1 of the Philomena profile, as a carer completes it; each "name=value" replaces an answer. */
    MockMultipartHttpServletRequestBuilder profile(byte[] photo, String... answers) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("medication", "Sertraline 50 mg");
        form.put("completedBy", "Cara Jones, Oakfield");
        date(form, "completedOn", today);
        date(form, "reviewDue", today.plusMonths(3));
        date(form, "photoTaken", today.minusWeeks(1));
        for (String answer : answers) {
            String[] pair = answer.split("=", 2);
            form.put(pair[0], pair[1]);
        }
        var request = multipart("/children/" + child + "/philomena");
        if (photo != null) {
            request.file(new MockMultipartFile("photo", "photo.png", "image/png", photo));
        }
        form.forEach(request::param);
        return request.with(csrf());
    }

    Map<String, String> missing(String clothing) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "MISSING_FROM_CARE");
        f.put("missingFrom", "PLACEMENT");
        time(f, "lastSeen", lastSeen);
        f.put("lastSeenPlace", "Oakfield House, back gate");
        f.put("clothing", clothing);
        f.put("withWhom", "An older male in a silver car");
        f.put("circumstances", "Left after an argument about phone time");
        f.put("reported", "yes");
        time(f, "reported", lastSeen.plusMinutes(40));
        f.put("reportedBy", "Cara Jones");
        f.put("policeReference", "LOG-" + UUID.randomUUID().toString().substring(0, 8));
        return f;
    }

    UUID report(Map<String, String> answers) throws Exception {
        var request = post("/children/" + child + "/episodes").with(csrf()).with(as(users, "carer"));
        answers.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/episodes/");
        return UUID.fromString(response.getRedirectedUrl().substring("/episodes/".length()));
    }

    MockHttpServletResponse download(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, username))).andExpect(status().isOk()).andReturn().getResponse();
    }

    JsonNode pack(String username, String path) throws Exception {
        return json.readTree(download(username, path).getContentAsString());
    }

    long audited(String action, String detail) {
        return jdbc.sql("""
                select count(*) from audit_entry
                 where child_id = :c and record_type = 'police-pack' and action = :a and detail like :d""")
                .param("c", child).param("a", action).param("d", detail).query(Long.class).single();
    }

    static byte[] anotherPng() throws Exception {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void reportingAChildMissingIssuesOnePackWithPart2AndAuditsIt() throws Exception {
        UUID episode = report(missing("Grey hoodie, black joggers"));

        var issued = jdbc.sql("select issued_at, issued_by_name from police_pack_issue where episode_id = :e")
                .param("e", episode).query((rs, n) -> Map.entry(rs.getTimestamp(1).toInstant(), rs.getString(2))).list();
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).getValue()).isEqualTo("Cara Jones, Oakfield Children's Homes");
        assertThat(audited("CREATE", "Police information pack issued when reported missing, episode " + episode))
                .isEqualTo(1);

        JsonNode pack = pack("police", "/episodes/" + episode + "/police-pack.json");
        assertThat(Instant.parse(pack.get("generatedAt").asString())).isEqualTo(issued.get(0).getKey());
        assertThat(pack.get("episodeId").asString()).isEqualTo(episode.toString());
        assertThat(pack.get("child").get("name").asString()).isEqualTo("Paloma Issuedpack");
        assertThat(pack.get("child").get("dateOfBirth").asString()).isEqualTo("2011-05-03");
        JsonNode part2 = pack.get("part2");
        assertThat(part2.get("category").asString()).isEqualTo("Missing from care");
        assertThat(Instant.parse(part2.get("lastSeenAt").asString())).isEqualTo(lastSeen.toInstant());
        assertThat(Instant.parse(part2.get("reportedToPoliceAt").asString()))
                .isEqualTo(lastSeen.plusMinutes(40).toInstant());
        assertThat(part2.get("lastSeenPlace").asString()).isEqualTo("Oakfield House, back gate");
        assertThat(part2.get("clothing").asString()).isEqualTo("Grey hoodie, black joggers");
        assertThat(part2.get("withWhom").asString()).isEqualTo("An older male in a silver car");
        assertThat(part2.get("reportedBy").asString()).isEqualTo("Cara Jones");
        assertThat(pack.get("locations").toString()).contains("Oakfield House, back gate");
        assertThat(audited("EXPORT", "Police information pack as issued (JSON)")).isEqualTo(1);

        assertThat(json.readTree(download("police", "/children/" + child + "/police-pack.json").getContentAsString())
                .has("part2")).as("the current pack is not about an episode").isFalse();
    }

    @Test
    void theIssuedPackStaysAsIssuedWhenTheProfileAndTheEpisodeChange() throws Exception {
        Map<String, String> answers = missing("Grey hoodie, black joggers");
        UUID episode = report(answers);
        String before = download("police", "/episodes/" + episode + "/police-pack.json").getContentAsString();

        long profileVersion = jdbc.sql("select version from philomena_profile where child_id = :c").param("c", child)
                .query(Long.class).single();
        mvc.perform(profile(anotherPng(), "hair=Dyed red, cropped").param("version", String.valueOf(profileVersion))
                .with(as(users, "carer"))).andExpect(status().is3xxRedirection());
        answers.put("clothing", "Red puffer jacket");
        answers.put("version", jdbc.sql("select version::text from episode where id = :e").param("e", episode)
                .query(String.class).single());
        var edit = post("/episodes/" + episode).with(csrf()).with(as(users, "socialworker"));
        answers.forEach(edit::param);
        assertThat(mvc.perform(edit).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);

        String after = download("police", "/episodes/" + episode + "/police-pack.json").getContentAsString();
        assertThat(json.readTree(after)).isEqualTo(json.readTree(before));
        JsonNode issued = json.readTree(after);
        assertThat(issued.get("philomena").get("hair").asString()).isEqualTo("Brown, shoulder length");
        assertThat(issued.get("photograph").get("data").asString())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(TestChildren.png()));
        assertThat(issued.get("part2").get("clothing").asString()).isEqualTo("Grey hoodie, black joggers");

        JsonNode current = pack("police", "/children/" + child + "/police-pack.json");
        assertThat(current.get("philomena").get("hair").asString()).isEqualTo("Dyed red, cropped");
        assertThat(current.get("photograph").get("data").asString())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(anotherPng()));

        assertThatThrownBy(() -> jdbc.sql("update police_pack_issue set issued_by_name = 'x' where episode_id = :e")
                .param("e", episode).update()).hasMessageContaining("cannot be changed");
    }

    @Test
    void theIssuedPdfSaysWhenAndByWhomItWasIssuedAndCarriesPart2() throws Exception {
        UUID episode = report(missing("Grey hoodie, black joggers"));
        Instant issuedAt = jdbc.sql("select issued_at from police_pack_issue where episode_id = :e").param("e", episode)
                .query(Instant.class).single();
        MockHttpServletResponse response = download("coordinator", "/episodes/" + episode + "/police-pack.pdf");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"police-pack-issued-" + episode.toString().substring(0, 8) + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Paloma Issuedpack")
                    .contains("Issued when reported missing at " + dates.dateTime(issuedAt)
                            + " by Cara Jones, Oakfield Children's Homes")
                    .contains("Part 2: this episode").contains("Grey hoodie, black joggers")
                    .contains("An older male in a silver car").contains("Sertraline 50 mg");
        }
        assertThat(audited("EXPORT", "Police information pack as issued (PDF)")).isEqualTo(1);
    }

    @Test
    void onlyThoseWhoMayExportThePackMayDownloadTheIssuedOne() throws Exception {
        UUID episode = report(missing("Grey hoodie"));
        for (String username : new String[] {"analyst", "rhiworker", "auditor", "admin"}) {
            mvc.perform(get("/episodes/" + episode + "/police-pack.pdf").with(as(users, username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/episodes/" + episode + "/police-pack.json").with(as(users, username)))
                    .andExpect(status().isForbidden());
        }
        assertThat(audited("EXPORT", "Police information pack as issued%")).isZero();
        mvc.perform(get("/episodes/" + UUID.randomUUID() + "/police-pack.pdf").with(as(users, "police")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEpisodePageShowsThePackAsIssuedAndTheCurrentOne() throws Exception {
        UUID episode = report(missing("Grey hoodie"));
        String page = download("carer", "/episodes/" + episode).getContentAsString();
        assertThat(page).contains("Police information pack").contains("Issued when reported")
                .contains("by Cara Jones, Oakfield Children&#39;s Homes")
                .contains("href=\"/episodes/" + episode + "/police-pack.pdf\"")
                .contains("href=\"/episodes/" + episode + "/police-pack.json\"")
                .contains("href=\"/children/" + child + "/police-pack.pdf\"");
        assertThat(download("auditor", "/episodes/" + episode).getContentAsString())
                .contains("Issued when reported").doesNotContain("police-pack.pdf");
    }

    @Test
    void anEpisodeRecordedBeforePacksWereIssuedSaysSoAndLinksTheCurrentPack() throws Exception {
        UUID older = UUID.randomUUID();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                     located_where, return_method, created_at, updated_at, version)
                values (:id, :c, 'MISSING_FROM_CARE', 'PLACEMENT', now() - interval '30 days', 'Park',
                        now() - interval '29 days', 'Home', 'RETURNED', now(), now(), 0)""")
                .param("id", older).param("c", child).update();
        assertThat(download("carer", "/episodes/" + older).getContentAsString())
                .contains("No pack was issued when this episode was reported")
                .doesNotContain("/episodes/" + older + "/police-pack.pdf")
                .contains("href=\"/children/" + child + "/police-pack.pdf\"");
        mvc.perform(get("/episodes/" + older + "/police-pack.json").with(as(users, "police")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEpisodeRecordedAfterTheChildReturnedIssuesNoPack() throws Exception {
        Map<String, String> late = missing("Grey hoodie");
        late.put("retrospective", "true");
        time(late, "located", lastSeen.plusHours(5));
        late.put("locatedWhere", "Home");
        late.put("returnMethod", "RETURNED");
        UUID episode = report(late);
        assertThat(jdbc.sql("select count(*) from police_pack_issue where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isZero();
        assertThat(download("carer", "/episodes/" + episode).getContentAsString())
                .contains("No pack was issued: this episode was recorded after the child returned");
    }
}
