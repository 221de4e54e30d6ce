package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void ageTurnsOnTheBirthdayItself() {
        LocalDate dob = LocalDate.of(2012, 2, 29);
        assertThat(AgeBand.age(dob, LocalDate.of(2023, 2, 28))).isEqualTo(10);
        assertThat(AgeBand.age(dob, LocalDate.of(2023, 3, 1))).isEqualTo(11);
    }

    @Test
    void bandsAreTenAndUnderElevenToFourteenAndFifteenToSeventeen() {
        assertThat(AgeBand.of(10)).isEqualTo(AgeBand.TEN_AND_UNDER);
        assertThat(AgeBand.of(11)).isEqualTo(AgeBand.ELEVEN_TO_FOURTEEN);
        assertThat(AgeBand.of(14)).isEqualTo(AgeBand.ELEVEN_TO_FOURTEEN);
        assertThat(AgeBand.of(15)).isEqualTo(AgeBand.FIFTEEN_TO_SEVENTEEN);
        assertThat(AgeBand.of(17)).isEqualTo(AgeBand.FIFTEEN_TO_SEVENTEEN);
        assertThat(AgeBand.of(18)).isEqualTo(AgeBand.EIGHTEEN_AND_OVER);
    }
}
