package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves. */
    static final class Time implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    final Time time = new Time();
    final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(1), time);

    @Test
    void oneUsernameGetsItsAllowanceWhicheverAddressAndCaseItComesFrom() {
        assertThat(throttle.allow("police", "192.0.2.1")).isTrue();
        assertThat(throttle.allow("POLICE ", "192.0.2.2")).isTrue();
        assertThat(throttle.allow("Police", "192.0.2.3")).isTrue();
        assertThat(throttle.allow("police", "192.0.2.4")).isFalse();
        assertThat(throttle.allow("manager", "192.0.2.4")).isTrue();
    }

    @Test
    void oneAddressGetsItsAllowanceWhicheverUsernamesItTries() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.allow("name-" + i, "198.51.100.7")).isTrue();
        }
        assertThat(throttle.allow("name-5", "198.51.100.7")).isFalse();
        assertThat(throttle.allow("name-5", "198.51.100.8")).isTrue();
    }

    @Test
    void theAllowanceComesBackOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            throttle.allow("admin", "192.0.2.1");
        }
        assertThat(throttle.allow("admin", "192.0.2.1")).isFalse();
        time.nanos += Duration.ofSeconds(20).toNanos();
        assertThat(throttle.allow("admin", "192.0.2.1")).isTrue();
        assertThat(throttle.allow("admin", "192.0.2.1")).isFalse();
    }
}
