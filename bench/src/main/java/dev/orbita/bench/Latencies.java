package dev.orbita.bench;

import java.util.Arrays;
import java.util.List;

/** Every recorded latency (nanoseconds) of one worker, merged and sorted to read percentiles. */
final class Latencies {

    private long[] values = new long[1 << 14];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    static Latencies merge(List<Latencies> parts) {
        Latencies all = new Latencies();
        int total = parts.stream().mapToInt(Latencies::size).sum();
        all.values = new long[Math.max(total, 1)];
        for (Latencies p : parts) {
            System.arraycopy(p.values, 0, all.values, all.size, p.size);
            all.size += p.size;
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    /** Nearest-rank percentile in milliseconds of a merged (sorted) instance; NaN when empty. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * size);
        int index = Math.min(Math.max(rank - 1, 0), size - 1);
        return values[index] / 1_000_000.0;
    }

    double maxMillis() {
        return size == 0 ? Double.NaN : values[size - 1] / 1_000_000.0;
    }
}
