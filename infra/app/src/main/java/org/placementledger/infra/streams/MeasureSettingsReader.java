package org.placementledger.infra.streams;

import org.placementledger.events.Money;
import org.placementledger.events.codes.Code903;
import org.placementledger.events.codes.Codes;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.measures.AgeBand;
import org.placementledger.measures.CategoryRule;
import org.placementledger.measures.CostBand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the measures' settings into their configuration, refusing at start, with the setting's name, a
 * code or band that cannot be right: figures computed from a wrong mapping would mislead silently.
 */
final class MeasureSettingsReader {

    private static final String PREFIX = "placement-ledger.measures.";

    private MeasureSettingsReader() {
    }

    static List<CategoryRule> categories(List<LedgerProperties.CategorySetting> settings) {
        List<CategoryRule> rules = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            LedgerProperties.CategorySetting s = settings.get(i);
            String where = PREFIX + "categories[" + i + "]";
            if (s.category() == null || s.category().isBlank()) throw new IllegalArgumentException(where + ".category is required");
            rules.add(new CategoryRule(s.category().trim(), codes(s.types(), PlacementType.class, where + ".types"),
                    codes(s.providers(), PlacementProvider.class, where + ".providers"), Boolean.TRUE.equals(s.parentAndChildOnly())));
        }
        return rules;
    }

    static List<AgeBand> ageBands(List<LedgerProperties.AgeBandSetting> settings) {
        List<AgeBand> bands = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            LedgerProperties.AgeBandSetting s = settings.get(i);
            String where = PREFIX + "age-bands[" + i + "]";
            if (s.label() == null || s.minAge() == null) throw new IllegalArgumentException(where + " needs a label and a min-age");
            if (s.maxAge() != null && s.maxAge() < s.minAge()) throw new IllegalArgumentException(where + ": max-age is below min-age");
            bands.add(new AgeBand(s.label(), s.minAge(), s.maxAge()));
        }
        return bands;
    }

    static List<CostBand> costBands(List<LedgerProperties.CostBandSetting> settings) {
        List<CostBand> bands = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            LedgerProperties.CostBandSetting s = settings.get(i);
            String where = PREFIX + "residential-cost-bands[" + i + "]";
            if (s.label() == null || s.from() == null) throw new IllegalArgumentException(where + " needs a label and a from");
            bands.add(new CostBand(s.label(), Money.of(s.from()), s.below() == null ? null : Money.of(s.below())));
        }
        return bands;
    }

    private static <E extends Enum<E> & Code903> Set<E> codes(List<String> given, Class<E> type, String where) {
        Set<E> codes = new HashSet<>();
        if (given == null) return codes;
        for (String code : given) {
            codes.add(Codes.find(type, code).orElseThrow(() -> new IllegalArgumentException(
                    where + ": '" + code + "' is not a " + type.getSimpleName() + " code; one of " + Codes.allowed(type))));
        }
        return codes;
    }
}
