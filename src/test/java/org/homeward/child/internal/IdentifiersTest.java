package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void nhsNumbersMustPassTheModulus11Check() {
        assertThat(Identifiers.validNhsNumber("9434765919")).isTrue();
        assertThat(Identifiers.validNhsNumber("9434765918")).isFalse();
        assertThat(Identifiers.validNhsNumber("943476591")).isFalse();
        assertThat(Identifiers.validNhsNumber("94347659199")).isFalse();
        assertThat(Identifiers.validNhsNumber("943476591X")).isFalse();
        assertThat(Identifiers.validNhsNumber(Identifiers.compact("943 476 5919"))).isTrue();
    }

    @Test
    void aCheckDigitOfTenMeansTheNumberCannotBeValid() {
        // weights 10..2 on 000000006 give 12: 11 - (12 % 11) = 10
        assertThat(Identifiers.validNhsNumber("0000000060")).isFalse();
    }

    @Test
    void uniquePupilNumbersCarryTheirCheckLetter() {
        String body = "80312345678" + "9";
        char letter = Identifiers.upnCheckLetter(body);
        assertThat(Identifiers.validUpn(letter + body)).isTrue();
        char wrong = letter == 'A' ? 'B' : 'A';
        assertThat(Identifiers.validUpn(wrong + body)).isFalse();
        assertThat(Identifiers.validUpn(letter + "8031234")).isFalse();
        assertThat(Identifiers.validUpn("A123456789012")).isTrue();
    }

    @Test
    void aTemporaryUpnEndsWithALetter() {
        String body = "80312345678" + "A";
        assertThat(Identifiers.validUpn(Identifiers.upnCheckLetter(body) + body)).isTrue();
    }
}
