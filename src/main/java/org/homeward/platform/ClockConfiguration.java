package org.homeward.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock. Everything that needs "now" takes this bean, so tests can move time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Instants are stored in UTC and shown in the time of England and Wales. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
