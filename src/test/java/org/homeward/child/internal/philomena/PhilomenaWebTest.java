package org.homeward.child.internal.philomena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@HomewardTest
class PhilomenaWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    UUID child;
    LocalDate today;

    @BeforeEach
    void aChild() throws Exception {
        child = TestChildren.add(mvc, users, "Philippa", "Grabpack");
        today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /** A complete, valid profile; each "name=value" given replaces that answer. */
    MockMultipartHttpServletRequestBuilder profile(MockMultipartFile photo, String... answers) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("height", "5 feet 2 inches");
        form.put("hair", "Brown, shoulder length");
        form.put("medicalNeeds", "Epilepsy");
        form.put("medication", "Lamotrigine 50 mg twice a day");
        form.put("completedBy", "Cara Jones, Oakfield");
        form.put("completedOnDay", String.valueOf(today.getDayOfMonth()));
        form.put("completedOnMonth", String.valueOf(today.getMonthValue()));
        form.put("completedOnYear", String.valueOf(today.getYear()));
        LocalDate review = today.plusMonths(3);
        form.put("reviewDueDay", String.valueOf(review.getDayOfMonth()));
        form.put("reviewDueMonth", String.valueOf(review.getMonthValue()));
        form.put("reviewDueYear", String.valueOf(review.getYear()));
        if (photo != null) {
            LocalDate taken = today.minusWeeks(1);
            form.put("photoTakenDay", String.valueOf(taken.getDayOfMonth()));
            form.put("photoTakenMonth", String.valueOf(taken.getMonthValue()));
            form.put("photoTakenYear", String.valueOf(taken.getYear()));
        }
        for (String answer : answers) {
            String[] pair = answer.split("=", 2);
            form.put(pair[0], pair[1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/children/" + child + "/philomena");
        if (photo != null) {
            request.file(photo);
        }
        form.forEach(request::param);
        request.with(csrf());
        return request;
    }

    static MockMultipartFile photo(byte[] bytes) {
        return new MockMultipartFile("photo", "photo.png", "image/png", bytes);
    }

    static String[] photoTaken(LocalDate date) {
        return new String[] {"photoTakenDay=" + date.getDayOfMonth(), "photoTakenMonth=" + date.getMonthValue(),
                "photoTakenYear=" + date.getYear()};
    }

    String page(String username) throws Exception {
        return mvc.perform(get("/children/" + child + "/philomena").with(as(users, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long profiles() {
        return jdbc.sql("select count(*) from philomena_profile where child_id = :c").param("c", child)
                .query(Long.class).single();
    }

    long photos() {
        return jdbc.sql("select count(*) from philomena_photo").query(Long.class).single();
    }

    @Test
    void aCareWorkerCompletesTheProfileWithAPhotographThatIsServedUncachedAndAudited() throws Exception {
        mvc.perform(profile(photo(TestChildren.png())).with(as(users, "carer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/children/" + child + "/philomena"));
        assertThat(page("carer")).contains("5 feet 2 inches").contains("Lamotrigine").contains("Cara Jones, Oakfield")
                .doesNotContain("Photograph is out of date");
        byte[] served = mvc.perform(get("/children/" + child + "/philomena/photo").with(as(users, "police")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.equals(served, TestChildren.png())).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where child_id = :c and username = 'police' and action = 'VIEW'
                   and record_type = 'philomena' and detail = 'Photograph'""")
                .param("c", child).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where child_id = :c and username = 'carer' and action = 'CREATE'
                   and record_type = 'philomena' and 'Medication' = any(fields_changed)""")
                .param("c", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPhotographOlderThanSixMonthsIsOutOfDateButFiveMonthsIsNot() throws Exception {
        mvc.perform(profile(photo(TestChildren.png()), photoTaken(today.minusMonths(5))).with(as(users, "carer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("police")).doesNotContain("Photograph is out of date");

        Long version = jdbc.sql("select version from philomena_profile where child_id = :c").param("c", child)
                .query(Long.class).single();
        mvc.perform(profile(null, photoTaken(today.minusMonths(7)))
                        .param("version", String.valueOf(version)).with(as(users, "carer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("police")).contains("Photograph is out of date");
    }

    @Test
    void aReviewDatePassedShowsReviewOverdue() throws Exception {
        mvc.perform(profile(null, "completedOnYear=" + (today.getYear() - 1), "reviewDueYear=" + (today.getYear() - 1),
                        "reviewDueMonth=" + today.getMonthValue(), "reviewDueDay=" + today.getDayOfMonth(),
                        "completedOnMonth=" + today.minusMonths(1).getMonthValue(), "completedOnDay=1")
                        .with(as(users, "socialworker")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("socialworker")).contains("Review overdue");
    }

    @Test
    void aPhotographNeedsItsDateAndMustBeARealSmallEnoughPictureOrNothingIsStored() throws Exception {
        long photosBefore = photos();
        String missingDate = mvc.perform(profile(photo(TestChildren.png()), "photoTakenDay=", "photoTakenMonth=",
                        "photoTakenYear=").with(as(users, "carer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missingDate).contains("There is a problem").contains("Enter the date the photograph was taken")
                .contains("href=\"#photoTakenDay\"").contains("Choose it again before you save");

        String future = mvc.perform(profile(photo(TestChildren.png()), photoTaken(today.plusDays(1)))
                        .with(as(users, "carer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("Date the photograph was taken must be today or in the past");

        String notImage = mvc.perform(profile(new MockMultipartFile("photo", "photo.png", "image/png",
                        "<html>not a picture</html>".getBytes())).with(as(users, "carer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notImage).contains("The selected file must be a JPG or PNG photograph").contains("href=\"#photo\"");

        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(TestChildren.png(), 0, big, 0, 8);
        String tooBig = mvc.perform(profile(photo(big)).with(as(users, "carer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooBig).contains("The selected file must be smaller than 5 MB");

        assertThat(profiles()).isZero();
        assertThat(photos()).isEqualTo(photosBefore);
    }

    @Test
    void requiredAnswersAndOverlongTextAreRefusedWithMessages() throws Exception {
        String page = mvc.perform(profile(null, "completedBy=", "completedOnDay=", "completedOnMonth=",
                        "completedOnYear=", "vulnerabilities=" + "x".repeat(5000), "reviewDueDay=31",
                        "reviewDueMonth=2").with(as(users, "carer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter the name of the person who completed the profile")
                .contains("Enter the date the profile was completed")
                .contains("Vulnerabilities must be 4000 characters or fewer")
                .contains("Review date must be a real date");
        assertThat(profiles()).isZero();
    }

    @Test
    void returnInterviewWorkersCannotOpenOrChangeTheProfile() throws Exception {
        mvc.perform(profile(photo(TestChildren.png())).with(as(users, "carer"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/philomena").with(as(users, "rhiworker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/philomena/photo").with(as(users, "rhiworker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/philomena/edit").with(as(users, "rhiworker")))
                .andExpect(status().isForbidden());
        mvc.perform(profile(null).with(as(users, "rhiworker"))).andExpect(status().isForbidden());
    }

    @Test
    void analystsCannotOpenTheProfileOrThePhotograph() throws Exception {
        mvc.perform(profile(photo(TestChildren.png())).with(as(users, "carer"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/philomena").with(as(users, "analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/philomena/photo").with(as(users, "analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/philomena/edit").with(as(users, "analyst"))).andExpect(status().isForbidden());
    }

    @Test
    void aSecondEditorIsToldTheProfileChangedAndNothingIsOverwritten() throws Exception {
        mvc.perform(profile(null).with(as(users, "carer"))).andExpect(status().is3xxRedirection());
        Long opened = jdbc.sql("select version from philomena_profile where child_id = :c").param("c", child)
                .query(Long.class).single();
        mvc.perform(profile(null, "hair=Dyed blue").param("version", String.valueOf(opened)).with(as(users, "carer")))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(profile(null, "hair=Shaved").param("version", String.valueOf(opened))
                        .with(as(users, "socialworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Someone else changed this profile while you were editing it")
                .contains("Dyed blue").contains("Shaved");
        assertThat(jdbc.sql("select hair from philomena_profile where child_id = :c").param("c", child)
                .query(String.class).single()).isEqualTo("Dyed blue");

        // Creating a profile that someone else has just created is the same conflict.
        mvc.perform(profile(null, "hair=Red").with(as(users, "socialworker")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select hair from philomena_profile where child_id = :c").param("c", child)
                .query(String.class).single()).isEqualTo("Dyed blue");
    }
}
