package org.placementledger.events.history;

import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

/** Who the child is, as far as the measures need: age, sex, and the home distances are measured from. */
public record ChildDetails(@PersonalData LocalDate dateOfBirth, Sex sex, @PersonalData Postcode homePostcode) {

    public ChildDetails withHomePostcode(Postcode postcode) {
        return new ChildDetails(dateOfBirth, sex, postcode);
    }
}
