package io.alita.web.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's metrics, rendered in Prometheus's text exposition format 0.0.4. Counters are counted where things
 * happen; gauges are read from their suppliers at each scrape, so they cost nothing in between.
 *
 * <p>Written here rather than taken from a client library because the stack is fixed and the need is small: a few
 * counters with labels and a few gauges. Thread-safe; metrics are registered once at startup, each name once.
 */
public final class MetricsRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(MetricsRegistry.class);

  private sealed interface Family permits CounterFamily, GaugeFamily {
    String name();

    String help();
  }

  private record CounterFamily(String name, String help, Counter counter) implements Family {}

  /** @param samples label value (or "" without a label) to its supplier, in the order given */
  private record GaugeFamily(String name, String help, String labelName, Map<String, DoubleSupplier> samples)
      implements Family {}

  private final Map<String, Family> families = new LinkedHashMap<>();

  /**
   * A new counter. By convention its name ends in {@code _total}.
   *
   * @param labelNames the names of its labels, e.g. {@code "type"}; none for a single series (shown from 0 at once)
   * @throws IllegalArgumentException for a name Prometheus does not accept or one already registered
   */
  public synchronized Counter counter(String name, String help, String... labelNames) {
    TextFormat.metricName(name);
    Arrays.stream(labelNames).forEach(TextFormat::labelName);
    Counter counter = new Counter(name, List.of(labelNames));
    add(new CounterFamily(name, Objects.requireNonNull(help, "help"), counter));
    return counter;
  }

  /** A gauge without labels, read from {@code value} at every scrape. */
  public synchronized void gauge(String name, String help, DoubleSupplier value) {
    TextFormat.metricName(name);
    add(new GaugeFamily(name, Objects.requireNonNull(help, "help"), null, Map.of("", Objects.requireNonNull(value))));
  }

  /**
   * A gauge with one label, one series per entry of {@code byLabelValue}, e.g. {@code state} with {@code active} and
   * {@code idle}; each read from its supplier at every scrape, in the map's order.
   */
  public synchronized void gauge(String name, String help, String labelName, Map<String, DoubleSupplier> byLabelValue) {
    TextFormat.metricName(name);
    TextFormat.labelName(labelName);
    add(new GaugeFamily(name, Objects.requireNonNull(help, "help"), labelName, new LinkedHashMap<>(byLabelValue)));
  }

  private void add(Family family) {
    if (families.putIfAbsent(family.name(), family) != null) {
      throw new IllegalArgumentException("metric " + family.name() + " is registered twice");
    }
  }

  /** Every metric in the order registered: {@code # HELP}, {@code # TYPE}, then its samples. */
  public String render() {
    List<Family> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(families.values());
    }
    StringBuilder out = new StringBuilder(4096);
    for (Family family : snapshot) {
      out.append("# HELP ").append(family.name()).append(' ').append(TextFormat.help(family.help())).append('\n');
      if (family instanceof CounterFamily c) {
        out.append("# TYPE ").append(c.name()).append(" counter\n");
        renderCounter(c.counter(), out);
      } else if (family instanceof GaugeFamily g) {
        out.append("# TYPE ").append(g.name()).append(" gauge\n");
        renderGauge(g, out);
      }
    }
    return out.toString();
  }

  private static void renderCounter(Counter counter, StringBuilder out) {
    List<Map.Entry<List<String>, Long>> series = new ArrayList<>(counter.snapshot().entrySet());
    series.sort(Map.Entry.comparingByKey(Comparator.comparing(List::toString)));
    for (Map.Entry<List<String>, Long> s : series) {
      sample(out, counter.name(), counter.labelNames(), s.getKey(), s.getValue());
    }
  }

  private static void renderGauge(GaugeFamily gauge, StringBuilder out) {
    gauge.samples().forEach((labelValue, supplier) -> {
      double value;
      try {
        value = supplier.getAsDouble();
      } catch (RuntimeException e) {
        // One unreadable gauge (a pool being closed, say) must not cost the whole scrape.
        LOG.debug("Gauge {} unreadable: {}", gauge.name(), e.toString());
        return;
      }
      if (gauge.labelName() == null) {
        sample(out, gauge.name(), List.of(), List.of(), value);
      } else {
        sample(out, gauge.name(), List.of(gauge.labelName()), List.of(labelValue), value);
      }
    });
  }

  private static void sample(StringBuilder out, String name, List<String> labelNames, List<String> labelValues,
      double value) {
    out.append(name);
    if (!labelNames.isEmpty()) {
      out.append('{');
      for (int i = 0; i < labelNames.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(labelNames.get(i)).append("=\"").append(TextFormat.labelValue(labelValues.get(i))).append('"');
      }
      out.append('}');
    }
    out.append(' ').append(TextFormat.number(value)).append('\n');
  }
}
