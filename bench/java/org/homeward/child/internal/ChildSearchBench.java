package org.homeward.child.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.homeward.HomewardApplication;
import org.homeward.access.ChildScope;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the one search box answers on a partnership-sized register (default 100,000 children,
 * several times a large county's looked-after and child-in-need caseload). Prints medians and 95th
 * percentiles; run with {@code ./mvnw -Pbench verify -Dbench.children=100000}.
 */
public final class ChildSearchBench {

    private static final String[] GIVEN = ("Jaden Jayden Oliver Amelia Olivia Isla Ava Mia Noah Leo Oscar Harry George "
            + "Charlie Jack Freddie Arthur Muhammad Mohammed Ali Yusuf Ibrahim Kacper Jakub Tyler Kai Reece Liam Callum "
            + "Ellie Chloe Leah Grace Ruby Lily Sophie Evie Poppy Maryam Aisha Zara Fatima Amira Shannon Courtney Jade "
            + "Keisha Tia Precious Blessing Deshawn Malachi Tomasz Nikola Siobhan Ciara Aoife Connor Declan Rhys Dylan")
            .split(" ");
    private static final String[] FAMILY = ("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts "
            + "Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood "
            + "Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips "
            + "Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins "
            + "Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Ali Hussain "
            + "Rahman Ahmed Nowak Kowalski Okafor Mensah Murray Campbell O'Brien Kelly Doherty Byrne Walsh Smyth Smithson")
            .split(" ");

    public static void main(String[] args) {
        int children = Integer.getInteger("bench.children", 100_000);
        int runs = Integer.getInteger("bench.runs", 50);
        SpringApplication app = new SpringApplication(HomewardApplication.class);
        // Command-line arguments outrank application.yaml: a fresh temporary database, never ./data.
        try (ConfigurableApplicationContext context = app.run("--homeward.database.embedded-data-dir=",
                "--homeward.demo-data=false", "--server.port=0", "--management.server.port=0",
                "--homeward.database.statement-timeout=0", "--logging.structured.format.console=",
                "--logging.level.root=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ChildSearch search = context.getBean(ChildSearch.class);
            long start = System.nanoTime();
            load(jdbc, children);
            System.out.printf("Loaded %,d children (%,d name words) in %.1f s%n", children,
                    jdbc.sql("select count(*) from child_name_token").query(Long.class).single(),
                    (System.nanoTime() - start) / 1e9);
            System.out.printf("%-36s %10s %10s %8s%n", "query", "median ms", "p95 ms", "found");
            for (String q : List.of("Jaden Smith", "Jayden Smyth", "Jad Smi", "smith", "Maryam Husain",
                    "Siobhan O'Brien", "12/04/2011", "Jaden 12/4/2011", "B" + children / 2, "Zxqv Wplk")) {
                measure(search, q, runs);
            }
        }
    }

    private static void load(JdbcClient jdbc, int n) {
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, council_case_id,
                                   created_at, updated_at, version)
                select gen_random_uuid(), g[1 + floor(random() * array_length(g, 1))::int],
                       f[1 + floor(random() * array_length(f, 1))::int],
                       date '2004-01-01' + floor(random() * 7300)::int, 'U', 'NONE', 'B' || i, now(), now(), 0
                  from generate_series(1, :n) i, (select cast(:given as text[]) g, cast(:family as text[]) f) names""")
                .param("n", n).param("given", GIVEN).param("family", FAMILY).update();
        jdbc.sql("""
                insert into child_name_token (child_id, token, metaphone, family_name, given_names)
                select distinct id, t, coalesce(dmetaphone(t), ''), family_name, given_names
                  from child, regexp_split_to_table(lower(replace(given_names || ' ' || family_name, '''', '')), '[^a-z0-9]+') t
                 where t <> '' on conflict do nothing""").update();
        jdbc.sql("vacuum analyze").update();
        allVisible(jdbc, "child_name_token");
    }

    /**
     * Until vacuum has marked a table's pages all-visible, an index-only scan reads the table too, which
     * on a register in use (autovacuum runs a minute after a bulk load) it does not. Autovacuum's own
     * analyze of the children just loaded can hold the first vacuum back, so vacuum again until it takes.
     */
    private static void allVisible(JdbcClient jdbc, String table) {
        for (int i = 0; i < 30; i++) {
            jdbc.sql("vacuum " + table).update();
            if (jdbc.sql("select relallvisible >= relpages from pg_class where relname = :t").param("t", table)
                    .query(Boolean.class).single()) {
                return;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.println("Warning: " + table + " is not all-visible; index-only scans will read the table");
    }

    private static void measure(ChildSearch search, String text, int runs) {
        ChildSearch.Query query = ChildSearch.parse(text);
        int found = 0;
        for (int i = 0; i < 5; i++) {
            found = search.find(query, ChildScope.everyChild()).size();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            search.find(query, ChildScope.everyChild());
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-36s %10.1f %10.1f %8d%n", '"' + text + '"', ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1), found);
    }

    private ChildSearchBench() {
    }
}
