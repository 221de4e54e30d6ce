package org.homeward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void pastADayLengthsAreDaysAndHours() {
        assertThat(Durations.of(Duration.ofHours(25916))).isEqualTo("1079 days 20 hours");
        assertThat(Durations.of(Duration.ofDays(18).plusHours(4).plusMinutes(59))).isEqualTo("18 days 4 hours");
        assertThat(Durations.of(Duration.ofDays(1))).isEqualTo("1 day");
    }

    @Test
    void underADayLengthsAreHoursAndMinutes() {
        assertThat(Durations.of(Duration.ofHours(5).plusMinutes(20))).isEqualTo("5 hours 20 minutes");
        assertThat(Durations.of(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(Durations.of(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(Durations.of(Duration.ZERO)).isEqualTo("0 minutes");
    }

    @Test
    void aLengthBackwardsReadsAsItsSize() {
        assertThat(Durations.of(Duration.ofHours(-75))).isEqualTo("3 days 3 hours");
    }
}
