package io.alita.web.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A count that only goes up, one series per combination of label values. Cheap and safe from any thread: counting is
 * a {@link LongAdder} increment once the series exists.
 */
public final class Counter {

  private final String name;
  private final List<String> labelNames;
  private final Map<List<String>, LongAdder> series = new ConcurrentHashMap<>();

  Counter(String name, List<String> labelNames) {
    this.name = name;
    this.labelNames = List.copyOf(labelNames);
    if (labelNames.isEmpty()) {
      declare();
    }
  }

  /** Adds one to the series of {@code labelValues} (one value per label name, in order). */
  public void inc(String... labelValues) {
    add(1, labelValues);
  }

  /** Adds {@code amount} (not negative) to the series of {@code labelValues}. */
  public void add(long amount, String... labelValues) {
    if (amount < 0) {
      throw new IllegalArgumentException(name + ": a counter never goes down");
    }
    seriesOf(labelValues).add(amount);
  }

  /**
   * Shows the series of {@code labelValues} at 0 before its first count, so that a scrape sees it start (Prometheus's
   * {@code rate()} needs a series to exist before it rises).
   */
  public void declare(String... labelValues) {
    seriesOf(labelValues);
  }

  /** The current count of the series of {@code labelValues}; 0 when it never counted. */
  public long value(String... labelValues) {
    LongAdder adder = series.get(key(labelValues));
    return adder == null ? 0 : adder.sum();
  }

  String name() {
    return name;
  }

  List<String> labelNames() {
    return labelNames;
  }

  /** Every series with its count. */
  Map<List<String>, Long> snapshot() {
    Map<List<String>, Long> copy = new java.util.HashMap<>();
    series.forEach((labels, adder) -> copy.put(labels, adder.sum()));
    return copy;
  }

  private LongAdder seriesOf(String... labelValues) {
    return series.computeIfAbsent(key(labelValues), k -> new LongAdder());
  }

  private List<String> key(String... labelValues) {
    if (labelValues.length != labelNames.size()) {
      throw new IllegalArgumentException(name + " takes " + labelNames.size() + " label value(s) " + labelNames
          + ", got " + Arrays.toString(labelValues));
    }
    for (String value : labelValues) {
      if (value == null) {
        throw new IllegalArgumentException(name + ": a label value is never null");
      }
    }
    return List.of(labelValues);
  }
}
