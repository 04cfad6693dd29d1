package org.placementledger.queryside.exports;

import org.placementledger.events.Postcode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A 903 file for someone who may not see children's identities: each child id replaced by its pseudonym (the
 * same child, the same pseudonym, in every file and every export, so files still join and years still link),
 * the pupil number left out, and postcodes cut to their sector, which is all the distances were made from.
 * Dates of birth stay: every age in the return is counted from them.
 */
final class Pseudonymised {

    private Pseudonymised() {
    }

    static List<List<String>> rows(List<String> columns, List<List<String>> rows, UnaryOperator<String> pseudonyms) {
        int child = columns.indexOf("CHILD");
        int upn = columns.indexOf("UPN");
        int home = columns.indexOf("HOME_POST");
        int placed = columns.indexOf("PL_POST");
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>(row);
            if (child >= 0) copy.set(child, pseudonyms.apply(row.get(child)));
            if (upn >= 0) copy.set(upn, "");
            if (home >= 0) copy.set(home, sector(row.get(home)));
            if (placed >= 0) copy.set(placed, sector(row.get(placed)));
            out.add(copy);
        }
        // In the order of the pseudonyms: rows in the order of the children's own ids would let anyone who knows
        // the ids match them to pseudonyms by position. The sort is stable, so a child's episodes keep their order.
        if (child >= 0) out.sort(java.util.Comparator.comparing(row -> row.get(child)));
        return out;
    }

    private static String sector(String postcode) {
        if (postcode == null || postcode.isBlank()) return postcode;
        Postcode p = Postcode.of(postcode);
        return p.isWellFormed() ? p.sector() : "";
    }
}
