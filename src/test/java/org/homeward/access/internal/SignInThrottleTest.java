package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class SignInThrottleTest {

    /** A clock the test moves. */
    static final class Time extends Clock {
        Instant now = Instant.parse("2026-12-09T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Autowired JdbcClient jdbc;

    final Time time = new Time();
    /** Names and addresses no other test uses: the allowances are in the database every test shares. */
    final String run = UUID.randomUUID().toString().substring(0, 8);

    SignInThrottle throttle() {
        return new SignInThrottle(jdbc, time, 3, 5, Duration.ofMinutes(1));
    }

    @Test
    void oneUsernameGetsItsAllowanceWhicheverAddressAndCaseItComesFrom() {
        SignInThrottle throttle = throttle();
        assertThat(throttle.allow("police" + run, "192.0.2.1" + run)).isTrue();
        assertThat(throttle.allow("POLICE" + run.toUpperCase() + " ", "192.0.2.2" + run)).isTrue();
        assertThat(throttle.allow("Police" + run, "192.0.2.3" + run)).isTrue();
        assertThat(throttle.allow("police" + run, "192.0.2.4" + run)).isFalse();
        assertThat(throttle.allow("manager" + run, "192.0.2.4" + run)).isTrue();
    }

    @Test
    void oneAddressGetsItsAllowanceWhicheverUsernamesItTries() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.allow("name-" + i + run, "198.51.100.7" + run)).isTrue();
        }
        assertThat(throttle.allow("name-5" + run, "198.51.100.7" + run)).isFalse();
        assertThat(throttle.allow("name-5" + run, "198.51.100.8" + run)).isTrue();
    }

    @Test
    void theAllowanceComesBackOverThePeriod() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 3; i++) {
            throttle.allow("admin" + run, "192.0.2.1" + run);
        }
        assertThat(throttle.allow("admin" + run, "192.0.2.1" + run)).isFalse();
        time.now = time.now.plusSeconds(20);
        assertThat(throttle.allow("admin" + run, "192.0.2.1" + run)).isTrue();
        assertThat(throttle.allow("admin" + run, "192.0.2.1" + run)).isFalse();
    }

    @Test
    void theLimitHoldsAcrossInstancesSharingTheDatabase() {
        SignInThrottle one = throttle();
        SignInThrottle other = throttle();
        assertThat(one.allow("carer" + run, "203.0.113.1" + run)).isTrue();
        assertThat(other.allow("carer" + run, "203.0.113.2" + run)).isTrue();
        assertThat(one.allow("carer" + run, "203.0.113.3" + run)).isTrue();
        assertThat(other.allow("carer" + run, "203.0.113.4" + run)).isFalse();
    }

    @Test
    void neitherTheNameTypedNorTheAddressIsKept() {
        throttle().allow("my-password-typed-as-a-name" + run, "192.0.2.99" + run);
        assertThat(jdbc.sql("select count(*) from sign_in_allowance where encode(key, 'escape') like :p")
                .param("p", "%" + run + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sign_in_allowance where key = sha256(convert_to(:k, 'UTF8'))")
                .param("k", "account my-password-typed-as-a-name" + run).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void allowancesFullAgainAreForgotten() {
        SignInThrottle throttle = throttle();
        throttle.allow("forgotten" + run, "192.0.2.50" + run);
        time.now = time.now.plus(Duration.ofMinutes(2));
        for (int i = 1; i < SignInThrottle.FORGET_EVERY; i++) {
            throttle.allow("recent" + run, "192.0.2.51" + run);
        }
        assertThat(jdbc.sql("select count(*) from sign_in_allowance where key = sha256(convert_to(:k, 'UTF8'))")
                .param("k", "account forgotten" + run).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sign_in_allowance where key = sha256(convert_to(:k, 'UTF8'))")
                .param("k", "account recent" + run).query(Long.class).single()).isEqualTo(1);
    }
}
