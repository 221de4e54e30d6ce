package org.homeward.records.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.HomewardApplication;
import org.homeward.access.CurrentUser;
import org.homeward.platform.records.RecordSubjects;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * How long a subject access PDF takes for the demo's Jaden Smith (episodes, interviews, screenings,
 * supervision and a long audit trail), as a manager downloads it, and where the time goes: reading the
 * record, writing the page, laying out the PDF. Prints medians; run with
 * {@code ./mvnw -Pbench verify -Dbench.main=org.homeward.records.internal.SubjectAccessPdfBench}.
 */
public final class SubjectAccessPdfBench {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final UUID JADEN = UUID.fromString("4cdd2055-930d-6eaf-14f4-733f3e7d1bfb");

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        SpringApplication app = new SpringApplication(HomewardApplication.class);
        try (ConfigurableApplicationContext context = app.run("--homeward.database.embedded-data-dir=",
                "--homeward.demo-data=true", "--server.port=0", "--logging.structured.format.console=",
                "--logging.level.root=WARN")) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            CurrentUser manager = (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername("manager");
            mvc.perform(post("/children/" + JADEN + "/subject-access").with(csrf()).with(user(manager))
                    .param("requesterKind", "CHILD").param("requesterName", "Jaden Smith")
                    .param("receivedDay", "1").param("receivedMonth", "12").param("receivedYear", "2026")
                    .param("identityChecked", "yes"));

            SubjectAccessExports exports = context.getBean(SubjectAccessExports.class);
            ITemplateEngine templates = context.getBean(ITemplateEngine.class);
            PdfRenderer pdf = context.getBean(PdfRenderer.class);
            var child = context.getBean(RecordSubjects.class).subject(JADEN).orElseThrow();
            var request = exports.latestRequest(JADEN).orElseThrow();

            List<Double> json = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            List<Double> page = new ArrayList<>();
            List<Double> layout = new ArrayList<>();
            List<Double> wholeCpu = new ArrayList<>();
            List<Double> layoutCpu = new ArrayList<>();
            int bytes = 0;
            int characters = 0;
            for (int i = 0; i < runs + 1; i++) {
                long t = System.nanoTime();
                mvc.perform(get("/children/" + JADEN + "/subject-access.json").with(user(manager)));
                double jsonMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                bytes = mvc.perform(get("/children/" + JADEN + "/subject-access.pdf").with(user(manager)))
                        .andReturn().getResponse().getContentAsByteArray().length;
                double wholeMs = (System.nanoTime() - t) / 1e6;
                double wholeCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                t = System.nanoTime();
                Context c = new Context(Locale.UK);
                c.setVariable("export", exports.export(child, request, manager, "PDF"));
                c.setVariable("dates", context.getBean(Dates.class));
                String html = templates.process("records/subject-access-pdf", c);
                double pageMs = (System.nanoTime() - t) / 1e6;
                characters = html.length();
                t = System.nanoTime();
                cpu = THREADS.getCurrentThreadCpuTime();
                pdf.render(html);
                double layoutMs = (System.nanoTime() - t) / 1e6;
                double layoutCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                if (i == 0) {
                    System.out.printf("First PDF after starting: %.0f ms (%.0f ms cpu)%n", wholeMs, wholeCpuMs);
                } else { // the first run warms up
                    json.add(jsonMs);
                    whole.add(wholeMs);
                    page.add(pageMs);
                    layout.add(layoutMs);
                    wholeCpu.add(wholeCpuMs);
                    layoutCpu.add(layoutCpuMs);
                }
            }
            System.out.printf("Subject access export for Jaden Smith: HTML %,d characters, PDF %,d bytes, %d runs%n",
                    characters, bytes, runs);
            // CPU time of the request's thread: steadier than elapsed time on a machine that is doing other work.
            System.out.printf("%-40s %10s %10s%n", "step", "median ms", "cpu ms");
            System.out.printf("%-40s %10.0f%n", "JSON download (whole request)", median(json));
            System.out.printf("%-40s %10.0f %10.0f%n", "PDF download (whole request)", median(whole), median(wholeCpu));
            System.out.printf("%-40s %10.0f%n", "  record read and page written", median(page));
            System.out.printf("%-40s %10.0f %10.0f%n", "  PDF laid out and drawn", median(layout), median(layoutCpu));
        }
    }

    private static double median(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private SubjectAccessPdfBench() {
    }
}
