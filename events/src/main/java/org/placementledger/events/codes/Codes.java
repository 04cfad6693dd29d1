package org.placementledger.events.codes;

import java.util.Arrays;
import java.util.Optional;

/** Looks codes up by the text DfE uses, for the HTTP and file adapters. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E> & Code903> Optional<E> find(Class<E> type, String code) {
        if (code == null) return Optional.empty();
        String wanted = code.trim();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.code().equalsIgnoreCase(wanted)).findFirst();
    }

    public static <E extends Enum<E> & Code903> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Code903::code).toList());
    }
}
