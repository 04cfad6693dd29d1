package org.placementledger.queryside.reports;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The figures that differ between two reports, as JSON paths with the two values. */
final class JsonDifferences {

    private JsonDifferences() {
    }

    static List<ReportCheck.Difference> between(JsonNode saved, JsonNode rerun) {
        List<ReportCheck.Difference> out = new ArrayList<>();
        walk("$", saved, rerun, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<ReportCheck.Difference> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) walk(path + "." + name, a.get(name), b.get(name), out);
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) walk(path + "[" + i + "]", a.get(i), b.get(i), out);
        } else if (!equal(a, b)) {
            out.add(new ReportCheck.Difference(path, text(a), text(b)));
        }
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || a.isNull()) return b == null || b.isNull();
        if (b == null || b.isNull()) return false;
        // 4725.0 and 4725.00 are the same figure.
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        return a.equals(b);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
    }
}
