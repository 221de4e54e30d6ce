package org.homeward.demo;

import java.nio.charset.StandardCharsets;
import org.homeward.child.ChildRecordChanged;
import org.homeward.platform.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;

/**
 * Loads the demonstration partnership on first start from {@code demo/*.sql}, in file-name order:
 * agencies, teams, one user per role, children and what each module adds. Demo users exist only with demo data, never in a real deployment.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "homeward-demo";
    /** Any fixed number, the same on every instance: the lock instances loading the demo data share. */
    private static final long LOCK = 0x44656d6f44617461L;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final boolean enabled;
    private final SyntheticPartnership synthetic;
    private final TransactionTemplate tx;
    private final int syntheticChildren;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoData(JdbcTemplate jdbc, PasswordEncoder passwords, DatabaseProperties database, SyntheticPartnership synthetic, TransactionTemplate tx,
             @Value("${homeward.demo-data:auto}") String setting,
             @Value("${homeward.demo.synthetic-children:300}") int syntheticChildren,
             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.synthetic = synthetic;
        this.tx = tx;
        this.syntheticChildren = syntheticChildren;
        this.enabled = setting.equalsIgnoreCase("true") || (setting.equalsIgnoreCase("auto") && database.embedded());
    }

    private boolean loaded() {
        return jdbc.queryForObject("select count(*) from agency", Long.class) > 0;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled || loaded()) {
            return;
        }
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        String hash = passwords.encode(DEMO_PASSWORD);
        List<String> statements = new ArrayList<>();
        for (Resource script : scripts) {
            statements.add(StreamUtils.copyToString(script.getInputStream(), StandardCharsets.UTF_8)
                    .replace("{demo-password}", hash));
        }
        // All the named demo records or none; plain statements, as the scripts are ours and hold no parameters.
        // Instances starting together on one empty database queue on the lock: the first loads, the rest find it loaded.
        if (!Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            if (loaded()) {
                return false;
            }
            statements.forEach(jdbc::execute);
            return true;
        }))) {
            return;
        }
        if (syntheticChildren > 0) {
            // A partnership year around the named demo children: repeat missing, placements out of area.
            synthetic.generate(syntheticChildren, 2);
        }
        // The scripts write records directly: the rules that follow every change (meetings required,
        // strategy discussions) are run once over the children with episodes, as if each were just recorded.
        tx.executeWithoutResult(status -> jdbc.queryForList("select distinct child_id from episode", java.util.UUID.class)
                .forEach(child -> events.publishEvent(new ChildRecordChanged(child, "Demo data loaded"))));
        log.info("Demo data loaded: sign in as admin, police, coordinator, carer, socialworker, rhiworker, "
                + "manager, lead, analyst, auditor or bristol");
    }
}
