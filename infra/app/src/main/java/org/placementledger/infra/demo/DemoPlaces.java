package org.placementledger.infra.demo;

import org.placementledger.events.Postcode;

import java.util.List;
import java.util.Random;

/**
 * Real postcode sectors around Torbay, for a demo council's homes and placements: the children's homes in
 * Torbay itself, foster carers mostly there and in South Devon, children's homes further afield too.
 */
final class DemoPlaces {

    /** Torbay's own sectors (local authority E06000027). */
    static final List<String> TORBAY = List.of("TQ1 1", "TQ1 2", "TQ1 3", "TQ1 4", "TQ2 5", "TQ2 6", "TQ2 7", "TQ2 8",
            "TQ3 1", "TQ3 2", "TQ3 3", "TQ4 5", "TQ4 6", "TQ4 7", "TQ5 0", "TQ5 8", "TQ5 9");
    /** South Devon, a short drive away. */
    static final List<String> NEARBY = List.of("TQ12 1", "TQ12 2", "TQ12 4", "TQ13 7", "TQ14 8", "EX2 5", "EX2 7", "EX4 3", "EX4 4");
    /** Further away: Plymouth, Exeter's far side, Taunton, Bristol. */
    static final List<String> FURTHER = List.of("PL4 6", "PL4 7", "PL6 5", "EX1 3", "TA1 1", "TA1 3", "BS5 6", "BS5 7");

    /** The letters an inward code may end in: never C, I, K, M, O or V. */
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

    private DemoPlaces() {
    }

    static Postcode postcodeIn(List<String> sectors, Random random) {
        String sector = sectors.get(random.nextInt(sectors.size()));
        return Postcode.of(sector + INWARD.charAt(random.nextInt(INWARD.length())) + INWARD.charAt(random.nextInt(INWARD.length())));
    }
}
