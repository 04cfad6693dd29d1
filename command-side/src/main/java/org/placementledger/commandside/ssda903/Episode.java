package org.placementledger.commandside.ssda903;

import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonNewEpisode;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.ssda903.EpisodeRow;

import java.time.LocalDate;
import java.util.Objects;

/** An episodes row read into codes and dates; only rows whose every field reads become one. */
public record Episode(
        EpisodeRow row,
        LocalDate start,
        ReasonNewEpisode rne,
        LegalStatus legalStatus,
        CategoryOfNeed categoryOfNeed,
        PlacementType place,
        PlacementProvider provider,
        LocalDate end,
        ReasonEpisodeCeased ceased,
        ReasonPlaceChange reasonPlaceChange,
        Postcode homePostcode,
        Postcode placementPostcode,
        String urn) {

    public long line() {
        return row.line();
    }

    public boolean continuesCare() {
        return ceased == ReasonEpisodeCeased.X1;
    }

    /** Same placement: DfE compares PLACE, PLACE_PROVIDER, PL_POST and URN (rules 434-436). */
    public boolean samePlacementAs(Episode other) {
        return place == other.place && provider == other.provider && Objects.equals(placementPostcode, other.placementPostcode)
                && Objects.equals(urn, other.urn);
    }
}
