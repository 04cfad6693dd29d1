package org.placementledger.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeTest {

    @ParameterizedTest(name = "{0} -> {1}, well formed: {2}")
    @CsvSource({
            "tq13ab, TQ1 3AB, true",
            "'  TQ1   3AB ', TQ1 3AB, true",
            "EC1A1BB, EC1A 1BB, true",
            "M11AE, M1 1AE, true",
            "W11 2OA, W11 2OA, false",
            "NOT A POSTCODE, NOT A POSTCODE, false",
            "TQ1, TQ1, false"})
    void givenAPostcodeAsTyped_thenItIsKeptInItsWrittenForm(String typed, String kept, boolean wellFormed) {
        Postcode postcode = Postcode.of(typed);
        assertThat(postcode.value()).isEqualTo(kept);
        assertThat(postcode.isWellFormed()).isEqualTo(wellFormed);
    }

    /** Royal Mail's form, as a pattern: what {@link Postcode#isWellFormed()} is written out from. */
    private static final java.util.regex.Pattern WELL_FORMED =
            java.util.regex.Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$");

    @Test
    void givenAnyShortTextOfLettersDigitsAndSpaces_thenItIsWellFormedExactlyWhenRoyalMailsPatternSaysSo() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ABCIKMOVZ019 ";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            Postcode postcode = Postcode.of(text.toString());
            assertThat(postcode.isWellFormed()).as("'%s' read as '%s'", text, postcode.value())
                    .isEqualTo(WELL_FORMED.matcher(postcode.value()).matches());
        }
    }
}
