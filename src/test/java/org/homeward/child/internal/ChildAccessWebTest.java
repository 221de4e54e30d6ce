package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Role × action: who may do what to a child's record, answered by the access policy. */
@HomewardTest
class ChildAccessWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    /** Jaden Smith: the demo's return interview offers for him are assigned to the Safe Return Project. */
    static final UUID REFERRED = UUID.fromString("4cdd2055-930d-6eaf-14f4-733f3e7d1bfb");

    UUID child;

    /** A child of South Gloucestershire, placed at Oakfield House, never referred for a return interview. */
    @BeforeEach
    void aChild() throws Exception {
        child = org.homeward.support.TestChildren.add(mvc, users, "Ava", "Matrix");
    }

    Map<String, MockHttpServletRequestBuilder> actions() {
        Map<String, MockHttpServletRequestBuilder> a = new LinkedHashMap<>();
        a.put("find", get("/children"));
        a.put("search", post("/children/search").with(csrf()).param("q", "Smith"));
        a.put("view", get("/children/" + child));
        a.put("referred", get("/children/" + REFERRED));
        a.put("add", get("/children/new"));
        a.put("edit", get("/children/" + child + "/edit"));
        a.put("audit", get("/audit"));
        return a;
    }

    /** 200 allowed, 403 refused. */
    static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        // RHI workers open only the children referred to their agency (DOMAIN.md RHI-08).
        //                           find search view referred add edit audit
        EXPECTED.put("police",       List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("coordinator",  List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("carer",        List.of(200, 200, 200, 200, 403, 403, 403));
        EXPECTED.put("socialworker", List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("rhiworker",    List.of(200, 200, 403, 200, 403, 403, 403));
        EXPECTED.put("manager",      List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("lead",         List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("analyst",      List.of(403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("auditor",      List.of(200, 200, 200, 200, 403, 403, 200));
        EXPECTED.put("admin",        List.of(403, 403, 403, 403, 403, 403, 403));
    }

    @Test
    void eachRoleMayDoExactlyWhatItsJobNeeds() throws Exception {
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (String username : EXPECTED.keySet()) {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (MockHttpServletRequestBuilder action : actions().values()) {
                statuses.add(mvc.perform(action.with(as(users, username))).andReturn().getResponse().getStatus());
            }
            actual.put(username, statuses);
        }
        assertThat(actual).isEqualTo(EXPECTED);
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        assertThat(mvc.perform(get("/children/" + child)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }

    @Test
    void aPoliceOfficersViewIsSeenByTheAuditor() throws Exception {
        mvc.perform(get("/children/" + child).with(as(users, "police")));
        String trail = mvc.perform(get("/audit").param("child", child.toString()).with(as(users, "auditor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(trail).contains("police").contains("Avon and Somerset Police").contains("Viewed");
    }

    @Test
    void specialCategoryFieldsAreHiddenFromReturnInterviewWorkers() throws Exception {
        String rhi = mvc.perform(get("/children/" + REFERRED).with(as(users, "rhiworker"))).andReturn().getResponse()
                .getContentAsString();
        String social = mvc.perform(get("/children/" + REFERRED).with(as(users, "socialworker"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(rhi).contains("Jaden Smith");
        for (String field : List.of("Ethnicity", "Religion", "Sexual orientation", "Gender identity", "Disability")) {
            assertThat(rhi).doesNotContain(field);
            assertThat(social).contains(field);
        }
    }
}
