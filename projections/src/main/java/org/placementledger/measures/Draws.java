package org.placementledger.measures;

import java.util.Random;

/** The random draws of the forecast's simulation: gamma and beta for each run's rates, Poisson for each month's entries. */
final class Draws {

    private Draws() {
    }

    /** A gamma variate of the shape and scale 1 (Marsaglia and Tsang's method). */
    static double gamma(double shape, Random random) {
        if (shape < 1) return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
        }
    }

    static double beta(double a, double b, Random random) {
        double x = gamma(a, random);
        return x / (x + gamma(b, random));
    }

    /** Knuth's method: exact, and quick for the few children a month a council's age band sees. */
    static int poisson(double mean, Random random) {
        if (mean <= 0) return 0;
        if (mean > 50) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
