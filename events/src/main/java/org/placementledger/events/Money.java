package org.placementledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in pounds and pence. Never a double: weekly costs are summed over thousands of children. */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(pounds, "pounds");
        if (pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in pounds has at most two decimal places: " + pounds.toPlainString());
        }
        pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(BigDecimal pounds) {
        return new Money(pounds);
    }

    public static Money of(String pounds) {
        return new Money(new BigDecimal(pounds));
    }

    @JsonValue
    public BigDecimal pounds() {
        return pounds;
    }

    /** The amount in pence, for sums over many placements without allocating. */
    public long pence() {
        return pounds.unscaledValue().longValueExact();
    }

    public static Money ofPence(long pence) {
        return new Money(BigDecimal.valueOf(pence, 2));
    }

    public Money plus(Money other) {
        return new Money(pounds.add(other.pounds));
    }

    public Money minus(Money other) {
        return new Money(pounds.subtract(other.pounds));
    }

    public boolean isNegative() {
        return pounds.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return pounds.compareTo(other.pounds);
    }

    @Override
    public String toString() {
        return "£" + pounds.toPlainString();
    }
}
