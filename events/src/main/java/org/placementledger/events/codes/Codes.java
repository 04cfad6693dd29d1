package org.placementledger.events.codes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Looks codes up by the text DfE uses, for the HTTP and file adapters. */
public final class Codes {

    /** Each code list by its codes in capitals, made once per list: imports look up several codes a row. */
    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object c : type.getEnumConstants()) byCode.putIfAbsent(((Code903) c).code().toUpperCase(Locale.ROOT), c);
            for (Object c : type.getEnumConstants()) {
                for (String other : ((Code903) c).otherCodes()) byCode.putIfAbsent(other.toUpperCase(Locale.ROOT), c);
            }
            return Map.copyOf(byCode);
        }
    };

    private Codes() {
    }

    public static <E extends Enum<E> & Code903> Optional<E> find(Class<E> type, String code) {
        if (code == null) return Optional.empty();
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code.trim().toUpperCase(Locale.ROOT))));
    }

    public static <E extends Enum<E> & Code903> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Code903::code).toList());
    }
}
