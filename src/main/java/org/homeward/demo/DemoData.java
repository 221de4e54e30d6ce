package org.homeward.demo;

import java.nio.charset.StandardCharsets;
import org.homeward.platform.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StreamUtils;

/**
 * Loads the demonstration partnership on first start from {@code demo/*.sql}, in file-name order:
 * agencies, teams, one user per role, children and what each module adds. Demo users exist only with demo data, never in a real deployment.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "homeward-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final boolean enabled;

    DemoData(JdbcTemplate jdbc, PasswordEncoder passwords, DatabaseProperties database,
             @Value("${homeward.demo-data:auto}") String setting) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.enabled = setting.equalsIgnoreCase("true") || (setting.equalsIgnoreCase("auto") && database.embedded());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled || jdbc.queryForObject("select count(*) from agency", Long.class) > 0) {
            return;
        }
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        String hash = passwords.encode(DEMO_PASSWORD);
        for (Resource script : scripts) {
            String sql = StreamUtils.copyToString(script.getInputStream(), StandardCharsets.UTF_8);
            // A plain statement: the scripts are ours and hold no parameters.
            jdbc.execute(sql.replace("{demo-password}", hash));
        }
        log.info("Demo data loaded: sign in as admin, police, coordinator, carer, socialworker, rhiworker, "
                + "manager, lead, analyst or auditor");
    }
}
