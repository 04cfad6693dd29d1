package org.placementledger.infra.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.placementledger.events.RecordedEvent;
import org.placementledger.infra.security.HmacPseudonyms;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.measures.MembersController;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The children behind a figure at national scale: the drill-down's own code (the members of the cell, pseudonyms,
 * sorting, the JSON answer written out or the CSV file) over the same index the application holds, without the HTTP
 * round trip and the read audit's write. The largest cells are timed at random as-at dates. Prints figures. Run:
 * {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=DrillDownAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (by default {@code -Dbench.scale=57}, about 100,000 children, with costs reviewed monthly).
 */
@Tag("benchmark")
class DrillDownAtScaleBenchmark {

    private static final int RUNS = 60;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

    @Test
    void printDrillDownFigures() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "57"));
        LocalDate today = LocalDate.of(2026, 1, 31);
        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        Map<String, List<RecordedEvent>> byChild = ScaleCouncil.build(today, scale, 12).eventsByChild();
        long events = byChild.values().stream().mapToLong(List::size).sum();
        TimelineIndex index = ScaleCouncil.index(measures, byChild);
        byChild.clear();
        System.out.printf("%nDrill-down at scale: %,d children, %,d events in the index%n", index.size(), events);

        byte[] key = new byte[32];
        new Random(7).nextBytes(key);
        MembersController controller = new MembersController(index, measures, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                child -> List.of(), new HmacPseudonyms(key));
        MeasuresReport report = measures.over(today, index.children(), null, null);
        System.out.printf("the figures at %s: %,d in care, weekly spend £%s%n", today, report.inCare(), report.spend().weeklyTotal());

        Random random = new Random(3);
        time("in care (every child in care), JSON rows, pseudonyms", controller, "inCare", null, false, false, random, today);
        time("in care, CSV file, pseudonyms", controller, "inCare", null, false, true, random, today);
        time("in care, JSON rows, ids (identities grant)", controller, "inCare", null, true, false, random, today);
        time("spend year to date (pence-day money per child)", controller, "spend", "yearToDate", false, false, random, today);
        time("long-term stability, eligible", controller, "longTermStability", "eligible", false, false, random, today);
        time("cost incurred over the 12 months to the date (a flow)", controller, "costIncurred", null, false, false, random, today);
    }

    private static void time(String what, MembersController controller, String measure, String cell, boolean identities, boolean csv,
                             Random random, LocalDate today) {
        for (int i = 0; i < 10; i++) ask(controller, measure, cell, today.minusDays(random.nextInt(1500)), identities, csv);
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            LocalDate at = today.minusDays(random.nextInt(1500));
            long s = System.nanoTime();
            rows = ask(controller, measure, cell, at, identities, csv);
            millis.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%s (warm, %d runs at random dates): median %.1f ms, p95 %.1f ms, max %.1f ms; last: %,d rows%n", what, RUNS,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), rows);
    }

    private static int ask(MembersController controller, String measure, String cell, LocalDate at, boolean identities, boolean csv) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (identities) request.addUserRole("IDENTITIES");
        boolean flow = "costIncurred".equals(measure);
        ResponseEntity<?> answer = controller.members(measure, cell, at.toString(), null,
                flow ? at.minusYears(1).plusDays(1).toString() : null, flow ? at.toString() : null, csv ? "csv" : null, request);
        byte[] file;
        if (answer.getBody() instanceof MembersController.Answer a) {
            // Written as the web layer writes it, so the figure includes making the JSON.
            try {
                JSON.writeValueAsBytes(a);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return a.children();
        }
        file = (byte[]) answer.getBody();
        int lines = 0;
        for (byte b : file) if (b == '\n') lines++;
        return lines - 1;
    }
}
