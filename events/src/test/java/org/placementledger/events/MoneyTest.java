package org.placementledger.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void givenWeeklyCostsOfMany_whenAdded_thenNoPennyIsLost() {
        Money total = Money.ZERO;
        for (int i = 0; i < 1000; i++) total = total.plus(Money.of("965.10"));
        assertThat(total).isEqualTo(Money.of("965100.00"));
    }

    @Test
    void givenAFractionOfAPenny_whenMadeMoney_thenRefused() {
        assertThatThrownBy(() -> Money.of("965.105")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two decimal places");
    }

    @Test
    void givenTheSameAmountWrittenTwoWays_thenTheyAreEqual() {
        assertThat(Money.of(new BigDecimal("965"))).isEqualTo(Money.of("965.00"));
        assertThat(Money.of("965.000")).isEqualTo(Money.of("965.00"));
    }
}
