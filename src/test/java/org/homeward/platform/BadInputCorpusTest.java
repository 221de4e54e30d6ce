package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.support.HomewardTest;
import org.homeward.support.ImageSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form Homeward has, found from the application's own request mappings so that a new form is
 * covered without changing this test, is sent bad input of every kind a browser, a script or an
 * attacker can send. No answer may be a server error, and input that is refused must leave nothing
 * written. Each request runs in a transaction that is rolled back, so the demo data stays as it was.
 */
@HomewardTest
class BadInputCorpusTest {

    /** Tried in turn until one may use the form; the first that is not refused is used for the corpus. */
    static final List<String> ROLES = List.of("socialworker", "manager", "police", "coordinator", "rhiworker", "carer",
            "lead", "admin", "bristol", "analyst", "auditor", "iro");
    /** Written whatever the outcome: the audit trail (views and refusals), sessions, the event registry. */
    static final Set<String> WRITTEN_ANYWAY = Set.of("audit_entry", "spring_session", "spring_session_attributes",
            "event_publication", "event_publication_archive");
    /** Refusals that write on purpose, each with why: none. */
    static final Map<String, String> WRITES_WHEN_REFUSED = Map.of();
    static final String OVERSIZED = "x".repeat(100_000);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Endpoint(String pattern, HandlerMethod handler, Set<String> params, Set<String> files) {
    }

    record Outcome(int status, String body, long rowsWritten, String failure) {
    }

    @Test
    void noFormAnswersBadInputWithAServerErrorOrWritesWhatItRefused() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(50);
        Map<String, String> ids = demoIds();

        List<String> serverErrors = new ArrayList<>();
        List<String> writtenWhenRefused = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        Map<String, Integer> byClass = new TreeMap<>();
        int tried = 0;
        StringBuilder table = new StringBuilder();

        for (Endpoint endpoint : endpoints) {
            String url = url(endpoint.pattern(), ids);
            Set<String> params = new LinkedHashSet<>(endpoint.params());
            String role = null;
            for (String candidate : ROLES) {
                Outcome probe = send(endpoint, url, candidate, Map.of(), null);
                tried++;
                tally(byClass, probe);
                if (probe.status() >= 500) {
                    serverErrors.add(endpoint.pattern() + " [empty, " + candidate + "] " + probe.failure());
                }
                if (probe.status() != 403) {
                    role = candidate;
                    break;
                }
            }
            if (role == null) {
                unreachable.add(endpoint.pattern());
                table.append(String.format("%-60s no role may use it%n", endpoint.pattern()));
                continue;
            }
            params.addAll(pageFieldNames(url, role));
            Map<String, Integer> mine = new TreeMap<>();
            for (Map.Entry<String, Map<String, List<String>>> variant : variants(params).entrySet()) {
                Outcome outcome = send(endpoint, url, role, variant.getValue(), null);
                tried++;
                tally(byClass, outcome);
                tally(mine, outcome);
                check(endpoint, variant.getKey(), role, outcome, serverErrors, writtenWhenRefused);
            }
            for (String file : endpoint.files()) {
                for (Map.Entry<String, byte[]> image : ImageSamples.bad().entrySet()) {
                    Outcome outcome = send(endpoint, url, role, Map.of(),
                            new MockMultipartFile(file, "photo.png", "image/png", image.getValue()));
                    tried++;
                    tally(byClass, outcome);
                    tally(mine, outcome);
                    check(endpoint, "file " + image.getKey(), role, outcome, serverErrors, writtenWhenRefused);
                }
            }
            if (!endpoint.pattern().equals(url)) {
                for (String bad : List.of("not-a-record", "%00", "..%2F..%2Fetc")) {
                    Outcome outcome = send(endpoint, url(endpoint.pattern(), Map.of(), bad), role, Map.of(), null);
                    tried++;
                    tally(byClass, outcome);
                    tally(mine, outcome);
                    check(endpoint, "address " + bad, role, outcome, serverErrors, writtenWhenRefused);
                }
            }
            table.append(String.format("%-60s %-12s %s%n", endpoint.pattern(), role, mine));
        }

        System.out.println("Bad-input corpus: " + endpoints.size() + " endpoints, " + tried + " inputs tried, by status "
                + byClass + ", no role may use " + unreachable);
        System.out.print(table);
        serverErrors.forEach(e -> System.out.println("5xx: " + e));
        writtenWhenRefused.forEach(e -> System.out.println("written though refused: " + e));

        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(writtenWhenRefused).as("rows written for refused input").isEmpty();
        assertThat(unreachable.size()).as("endpoints no demo role may use").isLessThan(endpoints.size() / 10);
    }

    private static void check(Endpoint endpoint, String variant, String role, Outcome outcome, List<String> serverErrors,
                              List<String> writtenWhenRefused) {
        if (outcome.status() >= 500) {
            serverErrors.add(endpoint.pattern() + " [" + variant + ", " + role + "] " + outcome.failure());
        } else if (refused(outcome) && outcome.rowsWritten() > 0
                && !WRITES_WHEN_REFUSED.containsKey(endpoint.pattern())) {
            writtenWhenRefused.add(endpoint.pattern() + " [" + variant + ", " + role + "] " + outcome.rowsWritten()
                    + " rows");
        }
    }

    private static boolean refused(Outcome outcome) {
        return outcome.status() >= 400
                || outcome.status() == 200 && outcome.body() != null && outcome.body().contains("govuk-error-summary");
    }

    private static void tally(Map<String, Integer> counts, Outcome outcome) {
        counts.merge(outcome.status() / 100 + "xx", 1, Integer::sum);
    }

    /** The request in a transaction rolled back after it, with the rows it wrote counted before that. */
    private Outcome send(Endpoint endpoint, String url, String role, Map<String, List<String>> params,
                         MockMultipartFile file) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            AbstractMockHttpServletRequestBuilder<?> request;
            if (!endpoint.files().isEmpty()) {
                var multipart = multipart(url);
                if (file != null) {
                    multipart.file(file);
                }
                request = multipart;
            } else {
                request = post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
            params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            request.with(csrf()).with(as(users, role));
            long before = rowsWritten();
            try {
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String body = response.getContentType() != null && response.getContentType().startsWith("text/html")
                        ? response.getContentAsString(StandardCharsets.UTF_8) : null;
                return new Outcome(response.getStatus(), body, rowsWritten() - before, null);
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return new Outcome(500, null, 0, root.getClass().getSimpleName() + ": " + abbreviate(root.getMessage()));
            }
        });
    }

    /** Rows this transaction wrote so far (read before and after a request: the counts include others' not yet reported). */
    private long rowsWritten() {
        return jdbc.sql("""
                        select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_xact_user_tables
                         where relname not in (:anyway)""")
                .param("anyway", WRITTEN_ANYWAY).query(Long.class).single();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Each kind of bad input, given to every answer at once. */
    static Map<String, Map<String, List<String>>> variants(Set<String> params) {
        Map<String, Map<String, List<String>>> variants = new LinkedHashMap<>();
        variants.put("empty", Map.of());
        variants.put("blank", every(params, n -> ""));
        variants.put("oversized", every(params, n -> OVERSIZED));
        variants.put("junk", every(params, n -> "banana"));
        variants.put("numbers", every(params, n -> "-99999999999999999999"));
        variants.put("year 0001", every(params, n -> n.endsWith("Year") ? "0001" : n.endsWith("Day") ? "29"
                : n.endsWith("Month") ? "2" : n.endsWith("Time") ? "00:00" : "1"));
        variants.put("year 1900", every(params, n -> n.endsWith("Year") ? "1900" : n.endsWith("Day") ? "1"
                : n.endsWith("Month") ? "1" : n.endsWith("Time") ? "12:00" : "1"));
        variants.put("year 9999", every(params, n -> n.endsWith("Year") ? "9999" : n.endsWith("Day") ? "31"
                : n.endsWith("Month") ? "12" : n.endsWith("Time") ? "23:59" : "9999"));
        variants.put("encoding", every(params, n -> "caf\u00c3\u00a9 \u0000 %00 \ud800 \uffff \u202e\u00ff\u00fe"));
        variants.put("script", every(params, n -> "<script>alert(1)</script>"));
        variants.put("sql", every(params, n -> "' or 1=1--"));
        variants.put("formula", every(params, n -> "=HYPERLINK(\"http://evil.example\",\"Click\")"));
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        params.forEach(n -> repeated.put(n, List.of("yes", "banana", "")));
        variants.put("repeated", repeated);
        return variants;
    }

    private static Map<String, List<String>> every(Set<String> params, java.util.function.Function<String, String> value) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        params.forEach(n -> answers.put(n, List.of(value.apply(n))));
        return answers;
    }

    /** Every POST handler, with the names of the answers its form object and request parameters take. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.contains(RequestMethod.POST) && !methods.contains(RequestMethod.PUT)
                    && !methods.contains(RequestMethod.PATCH)) {
                continue;
            }
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.homeward")) {
                continue;
            }
            Set<String> params = new LinkedHashSet<>();
            Set<String> files = new LinkedHashSet<>();
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                p.initParameterNameDiscovery(names);
                Class<?> type = p.getParameterType();
                RequestParam requestParam = p.getParameterAnnotation(RequestParam.class);
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    throw new IllegalStateException("JSON bodies are not yet in the corpus: " + e.getValue());
                }
                if (requestParam != null) {
                    String name = !requestParam.name().isEmpty() ? requestParam.name() : p.getParameterName();
                    (MultipartFile.class.isAssignableFrom(type) ? files : params).add(name);
                } else if (p.hasParameterAnnotation(ModelAttribute.class)
                        || !p.hasParameterAnnotation(PathVariable.class) && formObject(type)) {
                    fields(type, "", params, files, 0);
                }
            }
            for (String pattern : e.getKey().getPatternValues()) {
                endpoints.add(new Endpoint(pattern, e.getValue(), params, files));
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::pattern));
        return endpoints;
    }

    private static boolean formObject(Class<?> type) {
        return type.getPackageName().startsWith("org.homeward") && !type.isInterface() && !type.isEnum()
                && !BeanUtils.isSimpleProperty(type) && !BindingResult.class.isAssignableFrom(type)
                && !type.getSimpleName().equals("CurrentUser");
    }

    /** A form's answer names: its fields, the fields of any rows it holds as name[0].field. */
    private static void fields(Class<?> type, String prefix, Set<String> params, Set<String> files, int depth) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                String name = prefix + f.getName();
                Class<?> fieldType = f.getType();
                if (MultipartFile.class.isAssignableFrom(fieldType)) {
                    files.add(name);
                } else if (Collection.class.isAssignableFrom(fieldType) && depth < 2) {
                    Class<?> element = elementType(f.getGenericType());
                    if (element != null && formObject(element)) {
                        fields(element, name + "[0].", params, files, depth + 1);
                    } else {
                        params.add(name);
                    }
                } else if (Map.class.isAssignableFrom(fieldType)) {
                    params.add(name + "[key]");
                } else if (formObject(fieldType) && depth < 2) {
                    fields(fieldType, name + ".", params, files, depth + 1);
                } else {
                    params.add(name);
                }
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

    /** The answer names on the form's own page, where it has one at the same address or its edit page. */
    private Set<String> pageFieldNames(String url, String role) {
        Set<String> found = new LinkedHashSet<>();
        for (String page : List.of(url, url + "/edit", url + "/new")) {
            try {
                MockHttpServletResponse response = tx.execute(status -> {
                    status.setRollbackOnly();
                    try {
                        return mvc.perform(get(page).with(as(users, role))).andReturn().getResponse();
                    } catch (Exception e) {
                        return null;
                    }
                });
                if (response == null || response.getStatus() != 200) {
                    continue;
                }
                Matcher m = NAME.matcher(response.getContentAsString(StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals("_csrf")) {
                        found.add(m.group(1));
                    }
                }
            } catch (Exception ignored) {
                // A page that cannot be read adds no names.
            }
        }
        return found;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    /** The pattern with each variable replaced by a real demo record of the kind the address names. */
    private static String url(String pattern, Map<String, String> ids) {
        return url(pattern, ids, null);
    }

    /** With {@code every} given, each variable is that instead. */
    private static String url(String pattern, Map<String, String> ids, String every) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String[] segments = before.split("/");
            String kind = segments.length == 0 ? "" : segments[segments.length - 1];
            String key = before.startsWith("/cross-border/") ? "cross-border/" + kind : kind;
            String value = every != null ? every : m.group(1).equals("type") ? "child"
                    : ids.getOrDefault(key, ids.getOrDefault(kind, UUID.randomUUID().toString()));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A demo record for each kind of address, where the demo data has one. */
    private Map<String, String> demoIds() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("children", "select child_id from rhi_offer order by returned_at desc");
        queries.put("episodes", "select episode_id from rhi_offer order by returned_at desc");
        queries.put("return-interviews", "select id from rhi_offer order by returned_at desc");
        queries.put("actions", "select id from rhi_action");
        queries.put("associates", "select id from associate");
        queries.put("locations", "select id from location");
        queries.put("placements", "select id from placement");
        queries.put("interventions", "select id from intervention");
        queries.put("notifications", "select id from notification");
        queries.put("disposals", "select id from record_disposal");
        queries.put("sign-offs", "select id from sign_off");
        queries.put("strategy-discussions", "select id from strategy_discussion");
        queries.put("tasks", "select id from task");
        queries.put("users", "select id from user_account where username = 'auditor'");
        queries.put("agencies", "select id from agency");
        queries.put("teams", "select id from team");
        queries.put("break-glass", "select id from break_glass_access");
        queries.put("subject-access", "select id from subject_access_request");
        queries.put("cross-border/episodes", "select episode_id from crossborder_episode");
        queries.put("cross-border/placements", "select placement_id from crossborder_placement");
        queries.put("cross-border/notices", "select id from crossborder_notice");
        queries.put("cross-border/areas", "select authority_id from crossborder_area_agency");
        queries.put("case-audits", "select id from case_audit order by created_at");
        queries.put("case-audit-cases", "select id from case_audit_case order by position");
        queries.put("case-audit-parts", "select id from case_audit_part order by id");
        queries.put("case-audit-templates", "select id from case_audit_template order by code, version");
        queries.put("self-assessment", "select id from selfassessment_cycle where name = 'Missing children response 2026'");
        queries.put("areas", "select 'leadership'");
        queries.put("checklists", "select 'exploitation'");
        Map<String, String> ids = new LinkedHashMap<>();
        queries.forEach((kind, sql) -> jdbc.sql(sql + " limit 1").query((rs, n) -> rs.getString(1)).optional()
                .ifPresent(id -> ids.put(kind, id)));
        return ids;
    }
}
