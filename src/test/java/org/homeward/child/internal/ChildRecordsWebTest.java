package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HomewardTest
class ChildRecordsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    /** A valid form; each "name=value" given replaces that answer. */
    static MockHttpServletRequestBuilder childForm(MockHttpServletRequestBuilder request, String given, String family,
                                                   String... answers) {
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "givenNames", given, "familyName", family, "dobDay", "14", "dobMonth", "2", "dobYear", "2012",
                "sex", "F", "legalStatus", "CIN", "ethnicity", "WBRI", "nhsNumber", "943 476 5919",
                "aliases", "Kiki\nK"));
        // Every test child has the same NHS number: each is confirmed as a different child.
        form.put("differentChild", "yes");
        for (String answer : answers) {
            String[] pair = answer.split("=", 2);
            form.put(pair[0], pair[1]);
        }
        form.forEach(request::param);
        return request.with(csrf());
    }

    UUID create(String given, String family) throws Exception {
        MvcResult result = mvc.perform(childForm(post("/children"), given, family).with(as(users, "socialworker")))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/children/");
        return UUID.fromString(location.substring("/children/".length()));
    }

    long children() {
        return jdbc.sql("select count(*) from child").query(Long.class).single();
    }

    @Test
    void socialWorkerCreatesAChildAndTheCreationIsAudited() throws Exception {
        UUID id = create("Keisha", "Marlowe");
        assertThat(jdbc.sql("select count(*) from audit_entry where child_id = :id and action = 'CREATE' and username = 'socialworker'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/children/" + id).with(as(users, "socialworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Keisha Marlowe")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("943 476 5919")));
    }

    @Test
    void emptyAndOverlongNamesAreRefusedWithMessagesThatSayHowToFixThem() throws Exception {
        long before = children();
        mvc.perform(childForm(post("/children"), "", "   ").with(as(users, "socialworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the child&#39;s first name")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the child&#39;s family name")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#givenNames\"")));
        mvc.perform(childForm(post("/children"), "A".repeat(10_000), "B".repeat(10_000)).with(as(users, "socialworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("First names must be 100 characters or fewer")));
        assertThat(children()).isEqualTo(before);
    }

    @Test
    void impossibleDatesOfBirthAreRefused() throws Exception {
        long before = children();
        mvc.perform(childForm(post("/children"), "Tom", "Future", "dobYear=2999").with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Date of birth must be today or in the past")));
        mvc.perform(childForm(post("/children"), "Tom", "Old", "dobYear=1900").with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Date of birth must be after")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Homeward records children and care leavers up to 25")));
        java.time.LocalDate twentySix = java.time.LocalDate.now(clock.withZone(ClockConfiguration.LONDON))
                .minusYears(26);
        mvc.perform(childForm(post("/children"), "Tom", "Leaver", "dobDay=" + twentySix.getDayOfMonth(),
                        "dobMonth=" + twentySix.getMonthValue(), "dobYear=" + twentySix.getYear()).with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("care leavers up to 25")));
        mvc.perform(childForm(post("/children"), "Tom", "Slip", "dobYear=0001").with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Date of birth must be a real date")));
        mvc.perform(childForm(post("/children"), "Tom", "Feb", "dobDay=30").with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Date of birth must be a real date")));
        mvc.perform(childForm(post("/children"), "Tom", "Blank", "dobDay=", "dobMonth=", "dobYear=").with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the child&#39;s date of birth")));
        assertThat(children()).isEqualTo(before);
    }

    @Test
    void malformedIdentifiersAndUnknownCodesAreRefused() throws Exception {
        long before = children();
        mvc.perform(childForm(post("/children"), "Nia", "Check", "nhsNumber=943 476 5918", "upn=A12345678901X", "ethnicity=XXXX", "legalStatus=MADE_UP", "responsibleAuthorityId=not-a-uuid").with(as(users, "socialworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a valid NHS number")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a valid unique pupil number")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select the child&#39;s ethnicity from the list")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select the child&#39;s legal status")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select the responsible local authority from the list")));
        assertThat(children()).isEqualTo(before);
    }

    @Test
    void markupInTextIsStoredAsTypedAndShownEscaped() throws Exception {
        UUID id = create("<script>alert('x')</script>", "O'Brien <b>bold</b>");
        mvc.perform(get("/children/" + id).with(as(users, "socialworker")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>bold</b>"))));
        assertThat(jdbc.sql("select given_names from child where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("<script>alert('x')</script>");
    }

    static final String[] TEXT_FIELDS = {"givenNames", "familyName", "aliases", "genderIdentity", "firstLanguage",
            "disability", "religion", "sexualOrientation", "councilCaseId", "policeNominalId"};

    @Test
    void everyTextFieldRefusesTenThousandCharactersWithAMessage() throws Exception {
        long before = children();
        for (String field : TEXT_FIELDS) {
            String page = mvc.perform(childForm(post("/children"), "Long", "Answer", field + "=" + "x".repeat(10_000))
                            .with(as(users, "socialworker")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(field).contains("There is a problem").contains("href=\"#" + field + "\"");
        }
        assertThat(children()).isEqualTo(before);
    }

    @Test
    void markupInEveryTextFieldIsShownEscaped() throws Exception {
        String[] answers = new String[TEXT_FIELDS.length - 2];
        for (int i = 2; i < TEXT_FIELDS.length; i++) {
            answers[i - 2] = TEXT_FIELDS[i] + "=<img src=x onerror=alert(" + i + ")>";
        }
        MvcResult created = mvc.perform(childForm(post("/children"), "<i>Ivy</i>", "<u>Markup</u>", answers)
                .with(as(users, "socialworker"))).andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get(created.getResponse().getRedirectedUrl()).with(as(users, "socialworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<img src=x").doesNotContain("<i>Ivy</i>").contains("&lt;img src=x onerror=alert(5)&gt;");
    }

    @Test
    void controlCharactersAreDroppedRatherThanFailingTheSave() throws Exception {
        UUID id = create("Null\u0000Byte", "Bell\u0007Name");
        assertThat(jdbc.sql("select given_names || ' ' || family_name from child where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("NullByte BellName");
    }

    @Test
    void aSecondEditorIsToldTheRecordChangedAndSeesBothVersions() throws Exception {
        UUID id = create("Rosa", "Parkes");
        long version = jdbc.sql("select version from child where id = :id").param("id", id).query(Long.class).single();
        mvc.perform(childForm(post("/children/" + id), "Rosa", "Parks", "version=" + version)
                        .with(as(users, "socialworker")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(childForm(post("/children/" + id), "Rosalind", "Parkes", "version=" + version)
                        .with(as(users, "manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed this record")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"conflicts\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Parks")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Rosalind")));
        assertThat(jdbc.sql("select given_names || ' ' || family_name from child where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Rosa Parks");
    }

    @Test
    void anEditNamesTheFieldsItChangedInTheAuditTrail() throws Exception {
        UUID id = create("Dev", "Singh");
        long version = jdbc.sql("select version from child where id = :id").param("id", id).query(Long.class).single();
        mvc.perform(childForm(post("/children/" + id), "Dev", "Singh", "version=" + version, "legalStatus=CP")
                        .with(as(users, "socialworker")))
                .andExpect(status().is3xxRedirection());
        String fields = jdbc.sql("""
                select array_to_string(fields_changed, ',') from audit_entry
                 where child_id = :id and action = 'CHANGE'""").param("id", id).query(String.class).single();
        assertThat(fields).isEqualTo("Legal status");
    }

    @Test
    void unknownAndMalformedRecordNumbersGiveClearPagesNotErrors() throws Exception {
        mvc.perform(get("/children/" + UUID.randomUUID()).with(as(users, "socialworker")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/not-a-number").with(as(users, "socialworker")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void searchFindsAMisspeltSoundAlikeNameWithoutPuttingItInTheUrl() throws Exception {
        create("Jaydon", "Smithers");
        mvc.perform(post("/children/search").with(csrf()).param("q", "Jaden Smithars").with(as(users, "police")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jaydon Smithers")));
        mvc.perform(post("/children/search").with(csrf()).param("q", " ").with(as(users, "police")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a name, date of birth or identifier")));
    }

    static final String IRO = "3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a01";

    @Test
    void cr01_theSchoolAndTheIroAreRecordedShownAndEditableAndEachChangeOfIroIsKept() throws Exception {
        MvcResult created = mvc.perform(childForm(post("/children"), "Saoirse", "Whitlock", "legalStatus=LAC_CO",
                        "responsibleAuthorityId=6513270e-269e-0d37-f2a7-4de452e6b438", "iroId=" + IRO,
                        "schoolName=Oak Vale Academy", "schoolUrn=137042")
                .with(as(users, "socialworker"))).andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/children/".length()));
        String page = mvc.perform(get("/children/" + id).with(as(users, "socialworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Independent Reviewing Officer").contains("Imogen Rowe").contains("Oak Vale Academy")
                .contains("137042").contains("Changes of Independent Reviewing Officer");
        assertThat(mvc.perform(get("/children/" + id + "/edit").with(as(users, "socialworker")))
                .andReturn().getResponse().getContentAsString())
                .contains("value=\"Oak Vale Academy\"").contains("value=\"137042\"");

        mvc.perform(childForm(post("/children/" + id), "Saoirse", "Whitlock", "legalStatus=LAC_CO",
                        "responsibleAuthorityId=6513270e-269e-0d37-f2a7-4de452e6b438", "iroId=1",
                        "schoolName=Severn Vale School", "schoolUrn=12345", "version=0")
                        .with(as(users, "socialworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#iroId\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the school’s URN as 6 digits")));
        long version = jdbc.sql("select version from child where id = :id").param("id", id).query(Long.class).single();
        mvc.perform(childForm(post("/children/" + id), "Saoirse", "Whitlock", "legalStatus=LAC_CO",
                        "responsibleAuthorityId=6513270e-269e-0d37-f2a7-4de452e6b438", "iroId=",
                        "schoolName=Severn Vale School", "schoolUrn=", "version=" + version)
                        .with(as(users, "socialworker")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select school_name || '/' || coalesce(school_urn, '-') || '/' || coalesce(cast(iro_id as text), '-') from child where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("Severn Vale School/-/-");
        assertThat(jdbc.sql("select coalesce(cast(iro_id as text), 'none') from child_iro_change where child_id = :id order by changed_at")
                .param("id", id).query(String.class).list()).containsExactly(IRO, "none");
        assertThat(jdbc.sql("select array_to_string(fields_changed, ',') from audit_entry where child_id = :id and action = 'CHANGE'")
                .param("id", id).query(String.class).single())
                .isEqualTo("Independent Reviewing Officer,School,School URN");
    }

    @Test
    void cr02_searchByThePncIdOrTheMissingPersonsReferenceReturnsTheChildAndTheSameReferenceIsFlaggedAsADuplicate()
            throws Exception {
        String serial = String.valueOf(100000 + new java.util.Random().nextInt(899999));
        String missingRef = "UKMPU-" + serial;
        MvcResult created = mvc.perform(childForm(post("/children"), "Perpetua", "Ashdown",
                        "pncId=24/" + serial + "K", "missingPersonsRef=" + missingRef)
                .with(as(users, "socialworker"))).andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/children/".length()));
        for (String typed : new String[] {"24/" + serial + "K", "24/0" + serial + "k", "24 / " + serial + " K",
                missingRef.toLowerCase(java.util.Locale.UK)}) {
            assertThat(mvc.perform(post("/children/search").with(csrf()).param("q", typed).with(as(users, "police")))
                    .andReturn().getResponse().getContentAsString()).as(typed).contains("/children/" + id);
        }
        assertThat(mvc.perform(get("/children/" + id).with(as(users, "socialworker"))).andReturn().getResponse()
                .getContentAsString()).contains("PNC ID").contains("24/" + serial + "K").contains(missingRef);

        // Another name, the same PNC ID: the person is shown the record it may duplicate, and nothing is saved.
        long before = children();
        String warning = mvc.perform(post("/children").with(csrf()).with(as(users, "socialworker"))
                        .param("givenNames", "Someone").param("familyName", "Else").param("dobDay", "1")
                        .param("dobMonth", "1").param("dobYear", "2013").param("sex", "M").param("legalStatus", "CIN")
                        .param("pncId", "24/" + serial + "k"))
                .andReturn().getResponse().getContentAsString();
        assertThat(warning).contains("This child may already be recorded").contains("href=\"/children/" + id + "\"");
        assertThat(children()).isEqualTo(before);

        mvc.perform(childForm(post("/children"), "Bad", "Pnc", "pncId=not a pnc").with(as(users, "socialworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#pncId\"")));
    }
}
