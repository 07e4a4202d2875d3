package id.go.kemensos.replika.benchmark;

import java.util.Arrays;

/** Median and 95th percentile (nearest rank) of timings in milliseconds, with how many there were. */
record Stats(int n, double median, double p95, double min, double max) {

    static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p95 = sorted[(int) Math.ceil(0.95 * n) - 1];
        return new Stats(n, median, p95, sorted[0], sorted[n - 1]);
    }

    /** Runs {@code action} {@code warmUp} times unmeasured, then {@code n} times measured (wall clock, ms). */
    static Stats time(int warmUp, int n, Runnable action) {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return of(ms);
    }
}
