package org.placementledger.infra;

/** Request bodies for realistic children, as a recorder would send them. */
final class ChildRequests {

    private ChildRequests() {
    }

    /** A nine-year-old entering care under a full care order, into an agency foster placement in Torquay. */
    static String startCare(String startDate) {
        return """
                {"startDate": "%s", "dateOfBirth": "2015-06-02", "sex": "F", "homePostcode": "TQ2 5QE",
                 "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"type": "U6", "provider": "PR4", "urn": "SC484322", "postcode": "TQ1 3AB", "weeklyCost": 965.00}}
                """.formatted(startDate);
    }

    static String moveToChildrensHome(String date) {
        return """
                {"date": "%s", "reason": "CREQB", "carerChanged": true,
                 "placement": {"type": "K2", "provider": "PR4", "urn": "SC041255", "postcode": "EX4 3PL", "weeklyCost": 4725.00}}
                """.formatted(date);
    }

    static String costFrom(String date, String weeklyCost) {
        return """
                {"from": "%s", "weeklyCost": %s}
                """.formatted(date, weeklyCost);
    }

    static String ceaseCare(String date, String reason) {
        return """
                {"date": "%s", "reason": "%s"}
                """.formatted(date, reason);
    }
}
