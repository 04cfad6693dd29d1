package org.placementledger.infra.streams;

import org.junit.jupiter.api.Test;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.infra.config.LedgerProperties.CategorySetting;
import org.placementledger.measures.CategoryRule;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureSettingsReaderTest {

    @Test
    void givenACouncilThatSplitsParentAndChildByProvider_thenItsMappingIsUsedInOrder() {
        List<CategoryRule> rules = MeasureSettingsReader.categories(List.of(
                new CategorySetting("IFA parent and child", List.of("U6"), List.of("PR4"), true),
                new CategorySetting("IFA fostering", List.of("U1", "U2", "U3", "U4", "U5", "U6"), List.of("pr4", "PR5"), false)));
        Placement parentAndChild = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, null, Postcode.of("TQ1 3AB"), Money.of("1371"), true);
        assertThat(rules.stream().filter(r -> r.matches(parentAndChild)).findFirst().orElseThrow().category()).isEqualTo("IFA parent and child");
    }

    @Test
    void givenACodeThatDoesNotExist_thenStartIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> MeasureSettingsReader.categories(List.of(new CategorySetting("Fostering", List.of("U9"), List.of(), false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("placement-ledger.measures.categories[0].types").hasMessageContaining("'U9'");
    }
}
