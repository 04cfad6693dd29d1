package org.placementledger.events;

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
}
