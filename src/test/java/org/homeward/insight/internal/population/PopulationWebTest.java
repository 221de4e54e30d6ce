package org.homeward.insight.internal.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrator's child population: who may reach it, the form's checks, and the import's. */
@HomewardTest
class PopulationWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    MvcResult importing(String csv) throws Exception {
        return mvc.perform(multipart("/insight/population/import")
                        .file(new MockMultipartFile("file", "population.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(users, "admin")))
                .andReturn();
    }

    static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    long groups(int year) {
        return jdbc.sql("""
                select count(*) from insight_population_group g join insight_population p on p.id = g.population_id
                 where p.year = :y""").param("y", year).query(Long.class).single();
    }

    @Test
    void onlyAnAdministratorReachesThePopulation() throws Exception {
        for (String user : new String[] {"analyst", "board", "lead", "socialworker"}) {
            assertThat(mvc.perform(get("/insight/population").with(as(users, user))).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
            assertThat(mvc.perform(post("/insight/population").with(csrf()).with(as(users, user)).param("year", "2040")
                    .param("numbers[ALL_ALL]", "5")).andReturn().getResponse().getStatus()).as(user).isEqualTo(403);
        }
        assertThat(importingAs("analyst").getStatus()).isEqualTo(403);
        assertThat(groups(2040)).isZero();
        MockHttpServletResponse page = mvc.perform(get("/insight/population").with(as(users, "admin"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Child population").contains("Import a file");
        assertThat(mvc.perform(get("/insight/population/example.csv").with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString()).startsWith("year,council,characteristic,group,children\r\n");
    }

    MockHttpServletResponse importingAs(String user) throws Exception {
        return mvc.perform(multipart("/insight/population/import")
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", "year\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(users, user)))
                .andReturn().getResponse();
    }

    @Test
    void theFormSaysHowToPutEachNumberRight() throws Exception {
        String page = mvc.perform(post("/insight/population").with(csrf()).with(as(users, "admin"))
                        .param("year", "20x5").param("authority", "not-a-council").param("numbers[ALL_ALL]", "")
                        .param("numbers[SEX_F]", "many"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("Enter the year as 4 digits between 1990 and 2100, for example 2025")
                .contains("Choose one of the partnership&#39;s councils, or the whole partnership")
                .contains("Enter the number of all children under 18")
                .contains("Enter the number of children for Female as a whole number, for example 12500")
                .contains("href=\"#SEX_F\"");
        String over = mvc.perform(post("/insight/population").with(csrf()).with(as(users, "admin"))
                        .param("year", "2041").param("numbers[ALL_ALL]", "100").param("numbers[SEX_F]", "60")
                        .param("numbers[SEX_M]", "60"))
                .andReturn().getResponse().getContentAsString();
        assertThat(over).contains("The numbers by sex add up to more than all children");
        assertThat(groups(2041)).isZero();
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWholeWithEachProblemByRow() throws Exception {
        String csv = """
                year,council,characteristic,group,children
                2042,South Gloucestershire,all,,52000
                20x2,South Gloucestershire,sex,F,25000
                2042,Atlantis,sex,M,26000
                2042,,age,=HYPERLINK("http://example.com"),100
                2042,E06000025,ethnicity,WHITE,lots
                2042,South Gloucestershire,colour,BLUE,5
                2042,South Gloucestershire,all,ALL,51000
                """;
        MvcResult refused = importing(csv);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(refused)).contains("There is a problem")
                .contains("Row 3: enter the year as 4 digits, for example 2025")
                .contains("Row 4: the council is not one of the partnership&#39;s councils")
                .contains("Row 5: the group starts with =, +, -, @ or a tab")
                .contains("Row 6: enter the number of children as a whole number")
                .contains("Row 7: the characteristic must be all, sex, age or ethnicity")
                .contains("Row 8 gives a second number for 2042, South Gloucestershire Council, All children (row 2 gave 52000)")
                .contains("The file was not imported: nothing in it has been saved")
                .doesNotContain("HYPERLINK");
        // Row 2 was right, but nothing of the file is kept.
        assertThat(groups(2042)).isZero();
        assertThat(page(importing("name,number\nx,1\n")))
                .contains("The first row must name the columns year, council, characteristic, group, children");
        assertThat(page(importing(""))).contains("Choose a CSV file to import");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String csv = "year,council,characteristic,group,children\r\n"
                + "2043,South Gloucestershire,all,,52000\r\n"
                + "2043,South Gloucestershire,sex,F,25000\r\n"
                + "2043,south gloucestershire,sex,Male,26000\r\n"
                + "2043,,\"age\",13_15,\"7,500\"\r\n"
                + "\r\n";
        MvcResult first = importing(csv);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/insight/population");
        assertThat(first.getFlashMap().get("success").toString())
                .isEqualTo("File imported, 4 rows: 4 added, 0 changed, 0 unchanged");
        assertThat(groups(2043)).isEqualTo(4);
        Instant entered = jdbc.sql("select max(entered_at) from insight_population where year = 2043")
                .query(Instant.class).single();

        MvcResult second = importing(csv);
        assertThat(second.getFlashMap().get("success").toString())
                .isEqualTo("File imported, 4 rows: no change, every number was already held");
        assertThat(groups(2043)).isEqualTo(4);
        assertThat(jdbc.sql("select max(entered_at) from insight_population where year = 2043").query(Instant.class)
                .single()).isEqualTo(entered);
        assertThat(jdbc.sql("""
                select g.children from insight_population_group g join insight_population p on p.id = g.population_id
                 where p.year = 2043 and p.authority_id is null and g.characteristic = 'AGE' and g.group_code = '13_15'""")
                .query(Integer.class).single()).isEqualTo(7500);

        // A file that changes one number changes that one, and one that breaks a total is refused.
        MvcResult changed = importing("year,council,characteristic,group,children\n"
                + "2043,South Gloucestershire,sex,F,25500\n");
        assertThat(changed.getFlashMap().get("success").toString())
                .isEqualTo("File imported, 1 rows: 0 added, 1 changed, 0 unchanged");
        assertThat(importing("year,council,characteristic,group,children\n2043,South Gloucestershire,sex,F,40000\n")
                .getResponse().getContentAsString()).contains("The numbers by sex for 2043, South Gloucestershire Council add up to more than all children");
        String list = mvc.perform(get("/insight/population").with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("2043").contains("52,000").contains("The whole partnership");
    }

    @Test
    void aPopulationEnteredInErrorIsDeletedAfterTheAdministratorConfirms() throws Exception {
        mvc.perform(post("/insight/population").with(csrf()).with(as(users, "admin")).param("year", "2042")
                .param("authority", "").param("numbers[ALL_ALL]", "1000")).andReturn();
        UUID id = jdbc.sql("select id from insight_population where year = 2042 and authority_id is null")
                .query(UUID.class).single();
        assertThat(page(mvc.perform(get("/insight/population/" + id).with(as(users, "admin"))).andReturn()))
                .contains("/insight/population/" + id + "/delete");
        assertThat(page(mvc.perform(get("/insight/population/" + id + "/delete").with(as(users, "admin"))).andReturn()))
                .contains("Delete the child population for 2042, the whole partnership?");
        for (String user : List.of("analyst", "lead")) {
            assertThat(mvc.perform(post("/insight/population/" + id + "/delete").with(csrf()).with(as(users, user)))
                    .andReturn().getResponse().getStatus()).as(user).isEqualTo(403);
        }
        MvcResult deleted = mvc.perform(post("/insight/population/" + id + "/delete").with(csrf())
                .with(as(users, "admin"))).andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/insight/population");
        assertThat(deleted.getFlashMap().get("success")).isEqualTo(
                "The child population for 2042, the whole partnership was deleted");
        assertThat(groups(2042)).isZero();
        assertThat(jdbc.sql("select count(*) from insight_population where id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_type = 'insight-population' and record_id = :id
                   and detail like 'Child population deleted%'""").param("id", id).query(Long.class).single()).isOne();
        assertThat(mvc.perform(post("/insight/population/" + id + "/delete").with(csrf()).with(as(users, "admin")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
