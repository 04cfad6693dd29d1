package org.placementledger.measures;

import org.junit.jupiter.api.Test;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.Money;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.StoredFact;
import org.placementledger.measures.alerts.Alert;
import org.placementledger.measures.alerts.AlertKind;
import org.placementledger.measures.alerts.AlertRules;
import org.placementledger.measures.alerts.AlertSettings;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.events.codes.PlacementProvider.PR1;
import static org.placementledger.events.codes.PlacementProvider.PR4;
import static org.placementledger.events.codes.PlacementType.K2;
import static org.placementledger.events.codes.PlacementType.U4;
import static org.placementledger.events.codes.PlacementType.U6;
import static org.placementledger.measures.ChildRecord.child;
import static org.placementledger.measures.ChildRecord.placement;

class AlertRulesTest {

    private final AlertRules rules = new AlertRules(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors(), AlertSettings.defaults());

    private List<AlertKind> alertsOfLastFact(ChildRecord record) {
        CareTimeline timeline = record.timeline();
        List<StoredFact> facts = record.history().inRecordedOrder();
        CareFact last = facts.get(facts.size() - 1).fact();
        return rules.raisedBy(last, "e-last", Instant.parse("2024-06-01T09:00:00Z"), timeline).stream().map(Alert::kind).toList();
    }

    @Test
    void givenANineYearOldMovedToAChildrensHomeInBristol_thenYoungResidentialOver20MilesOutOfAreaAndCostAreRaised() {
        var record = child("TQ-1001", LocalDate.of(2015, 1, 10))
                .starts(LocalDate.of(2024, 1, 15), placement(U6, PR4, "TQ1 3AB", "965"))
                .moves(LocalDate.of(2024, 5, 1), placement(K2, PR4, "BS5 6NQ", "7250"));
        assertThat(alertsOfLastFact(record)).containsExactlyInAnyOrder(AlertKind.YOUNG_CHILD_IN_RESIDENTIAL,
                AlertKind.PLACED_OVER_20_MILES, AlertKind.PLACED_OUT_OF_AREA, AlertKind.COST_ABOVE_BAND);
    }

    @Test
    void givenAYoungChildInResidentialCare_thenTheAlertSaysUnderTheLimit_notTheChildsAge() {
        var record = child("TQ-1003", LocalDate.of(2015, 1, 10))
                .starts(LocalDate.of(2024, 1, 15), placement(K2, PR4, "TQ1 3AB", "4000"));
        List<StoredFact> facts = record.history().inRecordedOrder();
        List<Alert> raised = rules.raisedBy(facts.get(facts.size() - 1).fact(), "e-last", Instant.parse("2024-06-01T09:00:00Z"), record.timeline());
        Alert young = raised.stream().filter(a -> a.kind() == AlertKind.YOUNG_CHILD_IN_RESIDENTIAL).findFirst().orElseThrow();
        // Managers read the alerts; a child's exact age is personal data they do not need to act.
        assertThat(young.message()).contains("under 12").doesNotContain(" 9").doesNotContain("aged");
    }

    @Test
    void givenAThirdCarerWithinAYear_thenThatMoveRaisesTheThirdPlacementAlert_butAFosterMoveInTorbayRaisesNothingElse() {
        var record = child("TQ-1002", LocalDate.of(2012, 1, 10))
                .starts(LocalDate.of(2023, 9, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                .moves(LocalDate.of(2024, 1, 10), placement(U4, PR1, "TQ2 7AA", "402"))
                .moves(LocalDate.of(2024, 5, 1), placement(U4, PR1, "TQ4 7EA", "402"));
        assertThat(alertsOfLastFact(record)).containsExactly(AlertKind.THIRD_PLACEMENT_IN_12_MONTHS);
    }

    @Test
    void givenAYoungChildsResidentialPlacementRecordedOnlyAfterItEnded_thenItRaisesNothing_butRecordedWhileItLasts_itDoes() {
        var record = child("TQ-1004", LocalDate.of(2015, 1, 10))
                .starts(LocalDate.of(2023, 1, 15), placement(U6, PR4, "TQ1 3AB", "965"))
                .moves(LocalDate.of(2023, 5, 1), placement(K2, PR4, "BS5 6NQ", "7250"))
                .moves(LocalDate.of(2023, 9, 1), placement(U4, PR1, "TQ2 7AA", "402"));
        CareFact toBristol = record.history().inRecordedOrder().get(1).fact();
        CareTimeline timeline = record.timeline();

        assertThat(rules.raisedBy(toBristol, "e-2", Instant.parse("2024-06-01T09:00:00Z"), timeline)).isEmpty();
        assertThat(rules.raisedBy(toBristol, "e-2", Instant.parse("2023-05-02T09:00:00Z"), timeline)).extracting(Alert::kind)
                .contains(AlertKind.YOUNG_CHILD_IN_RESIDENTIAL, AlertKind.PLACED_OUT_OF_AREA);
    }

    @Test
    void givenFactsThatCannotRaiseAnAlert_thenTheyAreKnownSoWithoutTheChildsTimeline() {
        assertThat(rules.mayRaise(new PlacementCostChanged("TQ-1005", LocalDate.of(2024, 4, 1), "P1", Money.of("6999.99")))).isFalse();
        assertThat(rules.mayRaise(new PlacementCostChanged("TQ-1005", LocalDate.of(2024, 4, 1), "P1", Money.of("7000")))).isTrue();
        assertThat(rules.mayRaise(new CareCeased("TQ-1005", LocalDate.of(2024, 4, 1), ReasonEpisodeCeased.E4A))).isFalse();
    }

    @Test
    void givenAChildStartingInAFosterPlacementNearHome_thenNoAlert() {
        var record = child("TQ-1003", LocalDate.of(2012, 1, 10)).starts(LocalDate.of(2024, 1, 15), placement(U4, PR1, "TQ2 7AA", "402"));
        assertThat(alertsOfLastFact(record)).isEmpty();
    }
}
