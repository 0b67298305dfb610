package io.alita.bench.pipeline;

import java.util.Arrays;

/** Latencies in nanoseconds, appended by one thread, merged and read at the end; nearest-rank percentiles. */
final class Latencies {

  private long[] values = new long[1 << 16];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  /** {@code count} updates that shared one latency (a long-polling batch). */
  void add(long nanos, int count) {
    for (int i = 0; i < count; i++) {
      add(nanos);
    }
  }

  int size() {
    return size;
  }

  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies p : parts) {
      for (int i = 0; i < p.size; i++) {
        all.add(p.values[i]);
      }
    }
    Arrays.sort(all.values, 0, all.size);
    return all;
  }

  /** Of a merged (sorted) set; 0 when empty. */
  double percentileMillis(double p) {
    if (size == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * size);
    return values[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
  }

  double maxMillis() {
    return size == 0 ? 0 : values[size - 1] / 1e6;
  }
}
