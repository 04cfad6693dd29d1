package org.placementledger.commandside.ssda903.rules;

import java.time.LocalDate;
import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnFile.HEADER;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/** DfE rules that read the header alone, or the header with the UASC file. */
final class HeaderRules {

    private HeaderRules() {
    }

    static final List<Rule> ALL = List.of(
            Rule.error("174", "Mother's child date of birth is recorded but sex shows that the child is a male.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (h.is("SEX", "1", "M") && h.has("MC_DOB")) out.at(h, "SEX " + h.text("SEX") + ", MC_DOB " + h.text("MC_DOB"));
                    })),
            Rule.error("351", "Child was over 25 at the start of the current collection year.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        LocalDate dob = h.date("DOB");
                        if (dob != null && dob.plusYears(25).isBefore(child.collectionStart())) out.at(h, "DOB " + h.text("DOB"));
                    })));
}
