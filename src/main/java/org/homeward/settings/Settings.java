package org.homeward.settings;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The value of each {@link Setting} now: the administrator's, or the deployment default. Read from the
 * database each time (one primary-key read) so that every instance applies a change at once.
 */
@Component
public class Settings {

    private final JdbcClient jdbc;
    private final Environment environment;

    Settings(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    public String value(Setting setting) {
        return jdbc.sql("select value from setting_value where setting = :s").param("s", setting.name())
                .query(String.class).optional().orElseGet(() -> defaultValue(setting));
    }

    public boolean yes(Setting setting) {
        return Boolean.parseBoolean(value(setting));
    }

    public int number(Setting setting) {
        return Integer.parseInt(value(setting).strip());
    }

    public Duration hours(Setting setting) {
        return Duration.ofHours(number(setting));
    }

    /** The deployment's default: its configuration, else the product's. */
    public String defaultValue(Setting setting) {
        return environment.getProperty(setting.property, setting.fallback).strip();
    }

    /** Every setting the administrator has changed, by setting. */
    public Map<Setting, String> changed() {
        return jdbc.sql("select setting, value from setting_value").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().filter(e -> known(e.getKey()))
                .collect(Collectors.toMap(e -> Setting.valueOf(e.getKey()), Map.Entry::getValue));
    }

    private static boolean known(String name) {
        for (Setting s : Setting.values()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
