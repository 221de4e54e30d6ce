package org.homeward.support;

import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh child for each test, added as a social worker would, so that tests never share a record: each is
 * confirmed as a different child when the same name and date of birth are already recorded.
 */
public final class TestChildren {

    private TestChildren() {
    }

    public static UUID add(MockMvc mvc, UserDetailsService users, String given, String family) throws Exception {
        return add(mvc, users, given, family, "");
    }

    /** A child whose allocated social worker (and plan owner) is the given user. */
    public static UUID add(MockMvc mvc, UserDetailsService users, String given, String family, String allocatedWorkerId)
            throws Exception {
        String location = mvc.perform(post("/children").with(csrf()).with(as(users, "socialworker"))
                        .param("allocatedWorkerId", allocatedWorkerId)
                        .param("givenNames", given).param("familyName", family)
                        .param("dobDay", "3").param("dobMonth", "5").param("dobYear", "2011")
                        .param("sex", "F").param("legalStatus", "LAC_CO")
                        .param("responsibleAuthorityId", SOUTH_GLOUCESTERSHIRE)
                        // Tests add many children born the same day, some with the same name: each is a new child.
                        .param("differentChild", "yes"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID child = UUID.fromString(location.substring("/children/".length()));
        placeAtOakfield(mvc, users, child);
        return child;
    }

    public static final String OAKFIELD = "36f675cc-81e7-4ef5-e8e2-5d940ed90475";
    public static final String SOUTH_GLOUCESTERSHIRE = "6513270e-269e-0d37-f2a7-4de452e6b438";

    /** In the demo's children's home since 2020, in area: its carers look after the child and see the record. */
    public static void placeAtOakfield(MockMvc mvc, UserDetailsService users, UUID child) throws Exception {
        String placed = mvc.perform(post("/children/" + child + "/placements").with(csrf()).with(as(users, "socialworker"))
                        .param("placementType", "CHILDRENS_HOME").param("providerName", "Oakfield House")
                        .param("providerAgencyId", OAKFIELD)
                        .param("placingAuthorityId", SOUTH_GLOUCESTERSHIRE).param("hostAuthorityId", SOUTH_GLOUCESTERSHIRE)
                        .param("startDay", "1").param("startMonth", "1").param("startYear", "2020"))
                .andReturn().getResponse().getRedirectedUrl();
        if (placed == null || !placed.endsWith("/placements")) {
            throw new IllegalStateException("The test child could not be placed: " + placed);
        }
    }

    /** Records the standing risk of going missing assessment a looked-after child's placement asks for, today. */
    public static void assessRiskOfGoingMissing(MockMvc mvc, UserDetailsService users, UUID child) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String saved = mvc.perform(post("/children/" + child + "/missing-risk").with(csrf()).with(as(users, "socialworker"))
                        .param("assessedDay", String.valueOf(today.getDayOfMonth()))
                        .param("assessedMonth", String.valueOf(today.getMonthValue()))
                        .param("assessedYear", String.valueOf(today.getYear()))
                        .param("riskLevel", "LOW").param("areaRisk", "LOW").param("areaNotes", "A quiet village")
                        .param("triggers", "None known").param("plan", "Usual care").param("childViews", "Happy here"))
                .andReturn().getResponse().getRedirectedUrl();
        if (saved == null || !saved.endsWith("/missing-risk")) {
            throw new IllegalStateException("The test child's risk of going missing could not be assessed");
        }
    }

    /** Ends the Oakfield House placement the day before {@code day}, so that the test can place the child elsewhere. */
    public static void leaveOakfield(org.springframework.jdbc.core.simple.JdbcClient jdbc, UUID child,
                                     java.time.LocalDate day) {
        jdbc.sql("update placement set end_date = :end where child_id = :child and end_date is null")
                .param("end", day.minusDays(1)).param("child", child).update();
    }

    /** The same placement written directly, for a child a test wrote directly. */
    public static void placeAtOakfield(org.springframework.jdbc.core.simple.JdbcClient jdbc, UUID child) {
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id, host_authority_id,
                                       provider_agency_id, start_date, created_at, version)
                values (gen_random_uuid(), :child, 'CHILDRENS_HOME', 'Oakfield House', cast(:la as uuid), cast(:la as uuid),
                        cast(:oakfield as uuid), date '2020-01-01', now(), 0)""")
                .param("child", child).param("la", SOUTH_GLOUCESTERSHIRE).param("oakfield", OAKFIELD).update();
    }

    /** A real PNG picture, as a camera or phone would save one (smaller). */
    public static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 30; x++) {
                for (int y = 0; y < 40; y++) {
                    image.setRGB(x, y, (x * 8) << 16 | (y * 6) << 8 | 0x80);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
