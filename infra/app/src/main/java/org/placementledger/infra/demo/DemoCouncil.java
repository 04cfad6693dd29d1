package org.placementledger.infra.demo;

import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacement;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.NewPlacement;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.Money;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.placementledger.events.codes.PlacementType.*;
import static org.placementledger.events.codes.ReasonEpisodeCeased.*;

/**
 * A synthetic council of Torbay's size and shape: eight years of children coming into care, moving, going
 * into hospital and coming back, having their costs uplifted each April, changing legal status, leaving
 * and sometimes coming back, sized so that on the as-at date it holds about the Torbay January 2020 table
 * (the council paper's table of placements by category). The same seed gives the same council. Everything it makes is an ordinary command.
 * <p>
 * Longer than 300 lines because a council's life is one simulation, day by day, whose steps share its state.
 */
public final class DemoCouncil {

    /** Torbay's residential cost bands in January 2020: how many children paid within each £1k band. */
    private static final double[][] RESIDENTIAL_BANDS = {{3000, 4000, 11}, {4000, 5000, 15}, {5000, 6000, 4}, {6000, 7000, 5}, {7000, 8500, 2}};

    static final List<DemoTrack> TRACKS = List.of(
            new DemoTrack("In-house fostering", 129, 2.5, List.of(U6, U4, U3), PlacementProvider.PR1, false, 402, 0.20,
                    DemoPlaces.TORBAY, 0.22, List.of(E4A, E41, E45, E46, E17), 0, 16),
            new DemoTrack("IFA fostering", 96, 2.5, List.of(U6, U4), PlacementProvider.PR4, false, 965, 0.12,
                    concat(DemoPlaces.TORBAY, concat(DemoPlaces.NEARBY, DemoPlaces.FURTHER)), 0.28, List.of(E4A, E41, E47, E17), 2, 16),
            new DemoTrack("IFA parent and child", 5, 0.4, List.of(U6), PlacementProvider.PR4, true, 1371, 0.08,
                    DemoPlaces.NEARBY, 0.0, List.of(E4A, E4A, E8), 0, 0),
            new DemoTrack("Residential", 37, 1.5, List.of(K2), PlacementProvider.PR4, false, 0, 0,
                    concat(DemoPlaces.FURTHER, DemoPlaces.FURTHER), 0.45, List.of(E17, E5, E4A), 11, 17),
            new DemoTrack("Residential parent and child", 2, 0.33, List.of(R3), PlacementProvider.PR4, false, 3830, 0.08,
                    DemoPlaces.FURTHER, 0.0, List.of(E4A), 0, 0),
            new DemoTrack("Placed with parents", 14, 1.0, List.of(P1), PlacementProvider.PR0, false, 0, 0,
                    DemoPlaces.TORBAY, 0.0, List.of(E4A, E41), 1, 15),
            new DemoTrack("Placed for adoption", 10, 0.6, List.of(A4, A6), PlacementProvider.PR1, false, 0, 0,
                    DemoPlaces.TORBAY, 0.0, List.of(E11, E12), 0, 4),
            new DemoTrack("Supported accommodation", 9, 0.8, List.of(H5), PlacementProvider.PR4, false, 1800, 0.15,
                    concat(DemoPlaces.TORBAY, DemoPlaces.NEARBY), 0.2, List.of(E5, E6, E17), 16, 17));

    /**
     * Stays end early at 18, so a track started at stock / mean years falls about a fifth short of its stock;
     * measured on the generated council, not derived.
     */
    private static final double STAY_SHORTENING = 1.22;
    /** Some children move again and again before they settle: the national 10% with three or more placements in a year. */
    private static final double UNSETTLED_SHARE = 0.16;
    private static final double UNSETTLED_MOVES_PER_YEAR = 2.6;

    private final LocalDate asAt;
    private final Random random;
    private final double scale;
    private final int costReviewsPerYear;
    private int children;

    private DemoCouncil(LocalDate asAt, long seed, double scale, int costReviewsPerYear) {
        if (costReviewsPerYear < 1 || 12 % costReviewsPerYear != 0 && costReviewsPerYear != 24) {
            throw new IllegalArgumentException("cost reviews a year must divide 12, or be 24 (the 1st and the 15th): " + costReviewsPerYear);
        }
        this.costReviewsPerYear = costReviewsPerYear;
        this.asAt = asAt;
        this.random = new Random(seed);
        this.scale = scale;
    }

    /** The council's commands, each child's in order, all children interleaved by date. */
    public static List<ChildCommand> generate(LocalDate asAt, long seed) {
        return new DemoCouncil(asAt, seed, 1.0, 1).generate();
    }

    /** A council {@code scale} times Torbay's size, the same in shape: for benchmarks at national scale. */
    public static List<ChildCommand> generate(LocalDate asAt, long seed, double scale) {
        return new DemoCouncil(asAt, seed, scale, 1).generate();
    }

    /**
     * As {@link #generate(LocalDate, long, double)}, with placement costs reviewed {@code costReviewsPerYear}
     * times a year (the April uplift and small reviews between, on the 1st of the month): longer histories
     * per child, for benchmarks at a given number of events.
     */
    public static List<ChildCommand> generate(LocalDate asAt, long seed, double scale, int costReviewsPerYear) {
        return new DemoCouncil(asAt, seed, scale, costReviewsPerYear).generate();
    }

    private List<ChildCommand> generate() {
        List<Dated> all = new ArrayList<>();
        LocalDate first = asAt.minusYears(8);
        for (DemoTrack track : TRACKS) {
            // Starts arrive at random over the years, at the track's rate.
            double perDay = track.startsPerYear() * STAY_SHORTENING * scale / 365.25;
            for (LocalDate day = first; !day.isAfter(asAt); day = day.plusDays(1)) {
                int starts = poisson(perDay);
                for (int i = 0; i < starts; i++) all.addAll(child(track, day));
            }
        }
        all.sort(Comparator.comparing(Dated::date).thenComparing(Dated::childOrder));
        return all.stream().map(Dated::command).toList();
    }

    private record Dated(LocalDate date, long childOrder, ChildCommand command) {
    }

    private List<Dated> child(DemoTrack track, LocalDate start) {
        String id = "DEMO-" + String.format("%06d", ++children);
        int age = track.minAge() + random.nextInt(track.maxAge() - track.minAge() + 1);
        LocalDate born = start.minusYears(age).minusDays(random.nextInt(360));
        if (born.isAfter(start)) born = start;
        List<Dated> out = new ArrayList<>();
        Journey journey = new Journey(id, track, born, out);
        journey.period(start, DemoPlaces.postcodeIn(DemoPlaces.TORBAY, random));
        return out;
    }

    /** One child's way through care, written as commands. */
    private final class Journey {
        final String id;
        final DemoTrack track;
        final LocalDate born;
        final List<Dated> out;
        final boolean girl = random.nextBoolean();
        long order;
        int placements;

        Journey(String id, DemoTrack track, LocalDate born, List<Dated> out) {
            this.id = id;
            this.track = track;
            this.born = born;
            this.out = out;
        }

        void add(LocalDate date, ChildCommand command) {
            if (!date.isAfter(asAt)) out.add(new Dated(date, order++, command));
        }

        void period(LocalDate start, Postcode home) {
            LocalDate eighteen = born.plusYears(18);
            LocalDate planned = start.plusDays(Math.max(7, (long) (-Math.log(1 - random.nextDouble()) * track.meanYears() * 365.25)));
            boolean ageOut = planned.isAfter(eighteen.minusDays(1));
            LocalDate end = ageOut ? eighteen : planned;
            LegalStatus status = track.name().startsWith("Supported") || random.nextDouble() < 0.25 ? LegalStatus.V2 : LegalStatus.C1;
            NewPlacement placement = placement(start);
            add(start, new StartCare(id, start, born, sex(start, girl), home, status, need(), placement));

            // Interim care orders become full care orders after about three months.
            LocalDate fullOrder = start.plusDays(60 + random.nextInt(60));
            if (status == LegalStatus.C1 && fullOrder.isBefore(end)) add(fullOrder, new ChangeLegalStatus(id, fullOrder, LegalStatus.C2));
            if (random.nextDouble() < 0.05) {
                LocalDate moved = start.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(start, end))));
                add(moved, new ChangeHomePostcode(id, moved, DemoPlaces.postcodeIn(DemoPlaces.TORBAY, random)));
            }

            LocalDate current = start;
            NewPlacement here = placement;
            long days = ChronoUnit.DAYS.between(start, end);
            double rate = track.movesPerYear() > 0 && random.nextDouble() < UNSETTLED_SHARE ? UNSETTLED_MOVES_PER_YEAR : track.movesPerYear();
            int moves = poisson(rate * Math.min(days, 540) / 365.25 + track.movesPerYear() * Math.max(0, days - 540) / 365.25);
            List<LocalDate> moveDays = new ArrayList<>();
            for (int i = 0; i < moves; i++) moveDays.add(start.plusDays(1 + random.nextInt((int) Math.max(1, days - 1))));
            moveDays.sort(null);
            for (LocalDate move : moveDays) {
                if (!move.isAfter(current.plusDays(14))) continue;
                current = uplifts(here, current, move);
                current = maybeTemporary(here, current, move);
                here = placement(move);
                add(move, new ChangePlacement(id, move, here, reason(), true));
                current = move;
            }
            current = uplifts(here, current, end);
            maybeTemporary(here, current, end);
            ReasonEpisodeCeased reason = ageOut ? (track.name().startsWith("Residential") || track.name().startsWith("Supported") ? E5 : E17)
                    : track.leaving().get(random.nextInt(track.leaving().size()));
            if (track.name().equals("Placed for adoption")) reason = random.nextDouble() < 0.9 ? E11 : E12;
            add(end, new CeaseCare(id, end, reason));

            // Some children come back into care within a year of going home.
            if (reason == E4A && random.nextDouble() < 0.08 && end.plusDays(200).isBefore(eighteen.minusYears(1))) {
                period(end.plusDays(120 + random.nextInt(240)), home);
            }
        }

        /** Each 1 April while the child stays, the carer's fee rises; with more reviews a year, a little at each. */
        LocalDate uplifts(NewPlacement placement, LocalDate from, LocalDate until) {
            if (placement.weeklyCost() == null || placement.weeklyCost().pounds().signum() == 0) return from;
            BigDecimal cost = placement.weeklyCost().pounds();
            for (LocalDate review = firstReviewAfter(from); review.isBefore(until); review = nextReview(review)) {
                BigDecimal rise = review.getMonth() == Month.APRIL ? new BigDecimal("1.025") : new BigDecimal("1.005");
                cost = cost.multiply(rise).setScale(2, RoundingMode.HALF_UP);
                add(review, new ChangePlacementCost(id, placement.id(), review, Money.of(cost)));
            }
            return from;
        }

        /** The first day of review strictly after a day: 1 April, and with more reviews a year, the 1st of the months between. */
        LocalDate firstReviewAfter(LocalDate day) {
            LocalDate review = LocalDate.of(day.getYear() - 1, Month.APRIL, 1);
            while (!review.isAfter(day)) review = nextReview(review);
            return review;
        }

        /** The review after one: every 12/n months on the 1st, or twice a month (the 1st and the 15th) at 24 a year. */
        LocalDate nextReview(LocalDate review) {
            if (costReviewsPerYear != 24) return review.plusMonths(12 / costReviewsPerYear);
            return review.getDayOfMonth() == 1 ? review.withDayOfMonth(15) : review.plusMonths(1).withDayOfMonth(1);
        }

        /** Now and then a hospital stay or a holiday, a few days away, then back to the same carer. */
        LocalDate maybeTemporary(NewPlacement placement, LocalDate from, LocalDate until) {
            long days = ChronoUnit.DAYS.between(from, until);
            if (days < 30 || random.nextDouble() > 0.12) return from;
            LocalDate away = from.plusDays(10 + random.nextInt((int) days - 20));
            LocalDate back = away.plusDays(2 + random.nextInt(6));
            // A fee review falls on set days; keep the child at home then so it lands inside their placement.
            if (!firstReviewAfter(away.minusDays(1)).isAfter(back)) return from;
            // A return is recorded with the placement's own type, which must still be a valid code then (H5 retired in 2025).
            if (!placement.type().validOn(back)) return from;
            PlacementType type = random.nextBoolean() ? T1 : T2;
            NewPlacement temporary = new NewPlacement("P" + (++placements), type, null, null,
                    DemoPlaces.postcodeIn(DemoPlaces.NEARBY, random), null, false);
            add(away, new ChangePlacement(id, away, temporary, ReasonPlaceChange.OTHER, false));
            // The return names the placement returned to; its cost carries on as it was.
            NewPlacement home = new NewPlacement(placement.id(), placement.type(), placement.provider(), placement.urn(),
                    placement.postcode(), null, placement.parentAndChild());
            add(back, new ChangePlacement(id, back, home, ReasonPlaceChange.OTHER, false));
            return back;
        }

        NewPlacement placement(LocalDate from) {
            PlacementType type = track.types().get(random.nextInt(track.types().size()));
            if (type == H5 && !H5.validOn(from)) type = K3;
            return new NewPlacement("P" + (++placements), type, track.provider(), urn(), DemoPlaces.postcodeIn(track.places(), random),
                    cost(), track.parentAndChild());
        }

        Money cost() {
            if (track.name().equals("Residential")) {
                double[] band = pick(RESIDENTIAL_BANDS);
                return money(band[0] + random.nextDouble() * (band[1] - band[0]));
            }
            if (track.weeklyCost() == 0) return Money.ZERO;
            return money(track.weeklyCost() * (1 + track.spread() * (random.nextDouble() * 2 - 1)));
        }
    }

    private double[] pick(double[][] weighted) {
        double total = 0;
        for (double[] w : weighted) total += w[2];
        double r = random.nextDouble() * total;
        for (double[] w : weighted) {
            r -= w[2];
            if (r < 0) return w;
        }
        return weighted[weighted.length - 1];
    }

    private static Money money(double pounds) {
        return Money.of(BigDecimal.valueOf(pounds).setScale(2, RoundingMode.HALF_UP));
    }

    private String urn() {
        return "SC" + (100000 + random.nextInt(900000));
    }

    private static Sex sex(LocalDate start, boolean girl) {
        return girl ? Sex.F : Sex.M;
    }

    private CategoryOfNeed need() {
        double r = random.nextDouble();
        if (r < 0.62) return CategoryOfNeed.N1;
        if (r < 0.72) return CategoryOfNeed.N4;
        if (r < 0.82) return CategoryOfNeed.N5;
        if (r < 0.88) return CategoryOfNeed.N2;
        if (r < 0.93) return CategoryOfNeed.N3;
        return CategoryOfNeed.N8;
    }

    private ReasonPlaceChange reason() {
        ReasonPlaceChange[] reasons = {ReasonPlaceChange.CARPL, ReasonPlaceChange.CARPL, ReasonPlaceChange.CREQB,
                ReasonPlaceChange.CREQO, ReasonPlaceChange.LAREQ, ReasonPlaceChange.CHILD, ReasonPlaceChange.STAND};
        return reasons[random.nextInt(reasons.length)];
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
