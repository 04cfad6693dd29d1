package org.placementledger.measures.geography;

import org.placementledger.events.Postcode;

import java.util.Optional;

/** Where a postcode is. A postcode it does not know is "not known": never a crash, never 0 miles. */
public interface Geography {

    Optional<GridReference> locate(Postcode postcode);

    /** A geography that knows no postcode, for when none is configured. */
    static Geography none() {
        return postcode -> Optional.empty();
    }
}
