package org.placementledger.infra.faults;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * A valid 903 return for the year ending 31 March 2024, large enough that an import takes several seconds and can be
 * killed in its middle: chains of one to five episodes a child (the generator of Ssda903ImportBenchmark, which is
 * package-private to the tests one level up). It counts the children whose last episode is open: every one of them is
 * in care today, and no other.
 */
final class SyntheticReturn {

    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] RNE_AFTER = {"P", "P", "P", "P", "P", "P", "T", "L", "L", "B"};
    // Statuses that may last months, for children of any age (DfE rules 358, 361, 364 limit J2 and L1).
    private static final String[] STATUS = {"C1", "C2", "V2", "E1"};
    private static final String[] FOSTER = {"U1", "U3", "U4", "U6"};
    private static final String[] REASON = {"CARPL", "CLOSE", "ALLEG", "STAND", "CREQB", "CHILD", "LAREQ", "OTHER"};
    // Endings open to any child in foster care (adoption needs a placement for adoption first, E17 an 18th birthday).
    private static final String[] ENDS = {"E4A", "E13", "E41", "E45", "E8"};
    private static final String[] SECTORS = {"TQ1 3", "TQ2 5", "TQ3 1", "TQ4 6", "EX1 2", "EX4 4", "PL1 2", "PL4 8", "BS1 4", "B12 9"};
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

    record Written(Path episodes, Path header, int rows, int children, int openAtEnd) {
    }

    private SyntheticReturn() {
    }

    static Written write(Path folder, int targetRows, long seed) throws IOException {
        Random random = new Random(seed);
        Path episodes = folder.resolve("episodes.csv");
        Path header = folder.resolve("header.csv");
        LocalDate yearEnd = LocalDate.of(2024, 3, 31);
        int rows = 0;
        int children = 0;
        int ids = 0;
        int open = 0;
        try (BufferedWriter e = Files.newBufferedWriter(episodes); BufferedWriter h = Files.newBufferedWriter(header)) {
            e.write("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
            h.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
            while (rows < targetRows) {
                String child = Integer.toString(100000 + ids++);
                LocalDate dob = LocalDate.of(2006, 6, 1).plusDays(random.nextInt(13 * 365)); // under 18 on 31 March 2024 (rule 359)
                LocalDate start = dob.plusDays(random.nextInt(Math.max(1, (int) (yearEnd.toEpochDay() - dob.toEpochDay()) - 10)));
                int sex = 1 + random.nextInt(2);
                // MOTHER 0 for every girl: DfE wants the field for a girl looked after (rules 393, 607).
                String headerRow = child + "," + sex + "," + DFE.format(dob) + ",WBRI,A" + (100000000000L + random.nextInt(999999999)) + "," + (sex == 2 ? "0" : "") + ",\n";
                boolean inReturn = false;
                String home = postcode(random);
                String ls = STATUS[random.nextInt(STATUS.length)];
                String cin = "N" + (1 + random.nextInt(8));
                String place = FOSTER[random.nextInt(FOSTER.length)];
                String provider = random.nextBoolean() ? "PR1" : "PR4";
                String plPost = postcode(random);
                while (plPost.equals(home)) plPost = postcode(random); // rule 392d
                String urn = Integer.toString(1000000 + random.nextInt(8999999));
                String rne = "S";
                int episodesOfChild = 1 + random.nextInt(5);
                LocalDate decom = start;
                boolean endedOpen = false;
                for (int i = 0; i < episodesOfChild && rows < targetRows; i++) {
                    LocalDate dec = decom.plusDays(30 + random.nextInt(400));
                    boolean last = i == episodesOfChild - 1 || rows + 1 >= targetRows;
                    String next = RNE_AFTER[random.nextInt(RNE_AFTER.length)];
                    String decText = "";
                    String rec = "";
                    String reason = "";
                    if (!dec.isAfter(yearEnd)) {
                        decText = DFE.format(dec);
                        rec = last ? ENDS[random.nextInt(ENDS.length)] : "X1";
                        if (!last && !next.equals("L")) reason = REASON[random.nextInt(REASON.length)];
                    } else {
                        last = true;
                    }
                    // A return holds the episodes open on some day of its year: one that ended before 1 April is left out.
                    if (decText.isEmpty() || !dec.isBefore(yearEnd.minusYears(1).plusDays(1))) {
                        if (!inReturn) { // a child is in the return when one of its episodes is
                            h.write(headerRow);
                            children++;
                        }
                        inReturn = true;
                        e.write(String.join(",", child, DFE.format(decom), rne, ls, cin, place, provider, decText, rec, reason, home, plPost, urn) + "\n");
                        rows++;
                    }
                    endedOpen = decText.isEmpty();
                    if (last || decText.isEmpty()) break;
                    decom = dec;
                    rne = next;
                    if (!rne.equals("L")) {
                        place = FOSTER[random.nextInt(FOSTER.length)];
                        provider = random.nextBoolean() ? "PR1" : "PR4";
                        do {
                            plPost = postcode(random);
                        } while (plPost.equals(home));
                        urn = Integer.toString(1000000 + random.nextInt(8999999));
                    }
                    if (!rne.equals("P") && !rne.equals("T")) {
                        String was = ls;
                        while (ls.equals(was)) ls = STATUS[random.nextInt(STATUS.length)];
                    }
                }
                if (endedOpen) open++;
            }
        }
        return new Written(episodes, header, rows, children, open);
    }

    private static String postcode(Random random) {
        return SECTORS[random.nextInt(SECTORS.length)] + INWARD.charAt(random.nextInt(INWARD.length())) + INWARD.charAt(random.nextInt(INWARD.length()));
    }
}
