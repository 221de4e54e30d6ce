package org.homeward.child.internal;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of the partnership's reports. */
enum AgeBand {
    TEN_AND_UNDER("10 and under"),
    ELEVEN_TO_FOURTEEN("11 to 14"),
    FIFTEEN_TO_SEVENTEEN("15 to 17"),
    EIGHTEEN_AND_OVER("18 and over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    static AgeBand of(int age) {
        if (age <= 10) {
            return TEN_AND_UNDER;
        }
        if (age <= 14) {
            return ELEVEN_TO_FOURTEEN;
        }
        return age <= 17 ? FIFTEEN_TO_SEVENTEEN : EIGHTEEN_AND_OVER;
    }
}
