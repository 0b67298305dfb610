package io.alita.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class MetricsRegistryTest {

  private final MetricsRegistry registry = new MetricsRegistry();

  @Test
  void countersAndGaugesRenderInTheTextFormatInTheOrderRegistered() {
    Counter updates = registry.counter("alita_updates_handled_total", "Updates handled");
    Counter actions = registry.counter("alita_actions_total", "Actions carried out, by type", "type");
    Map<String, DoubleSupplier> pool = new LinkedHashMap<>();
    pool.put("active", () -> 2);
    pool.put("idle", () -> 8);
    registry.gauge("alita_db_pool_connections", "Pool connections, by state", "state", pool);
    registry.gauge("alita_ratio", "A fraction", () -> 0.25);
    updates.inc();
    updates.inc();
    actions.inc("send");
    actions.add(3, "delete");

    assertEquals("""
        # HELP alita_updates_handled_total Updates handled
        # TYPE alita_updates_handled_total counter
        alita_updates_handled_total 2
        # HELP alita_actions_total Actions carried out, by type
        # TYPE alita_actions_total counter
        alita_actions_total{type="delete"} 3
        alita_actions_total{type="send"} 1
        # HELP alita_db_pool_connections Pool connections, by state
        # TYPE alita_db_pool_connections gauge
        alita_db_pool_connections{state="active"} 2
        alita_db_pool_connections{state="idle"} 8
        # HELP alita_ratio A fraction
        # TYPE alita_ratio gauge
        alita_ratio 0.25
        """, registry.render());
  }

  @Test
  void aCounterWithoutLabelsShowsZeroBeforeItsFirstCountAndADeclaredSeriesToo() {
    registry.counter("a_total", "A");
    registry.counter("b_total", "B", "status").declare("5xx");

    assertEquals("""
        # HELP a_total A
        # TYPE a_total counter
        a_total 0
        # HELP b_total B
        # TYPE b_total counter
        b_total{status="5xx"} 0
        """, registry.render());
  }

  @Test
  void labelValuesAndHelpAreEscaped() {
    registry.counter("x_total", "Line one\nback\\slash", "v").inc("quote\" back\\ newline\n");

    assertEquals("""
        # HELP x_total Line one\\nback\\\\slash
        # TYPE x_total counter
        x_total{v="quote\\" back\\\\ newline\\n"} 1
        """, registry.render());
  }

  @Test
  void specialNumbersAreSpelledAsPrometheusReadsThem() {
    assertEquals("NaN", TextFormat.number(Double.NaN));
    assertEquals("+Inf", TextFormat.number(Double.POSITIVE_INFINITY));
    assertEquals("-Inf", TextFormat.number(Double.NEGATIVE_INFINITY));
    assertEquals("-3", TextFormat.number(-3.0));
    assertEquals("1.5", TextFormat.number(1.5));
  }

  @Test
  void anUnreadableGaugeIsLeftOutAndTheRestRenders() {
    Map<String, DoubleSupplier> states = new LinkedHashMap<>();
    states.put("broken", () -> {
      throw new IllegalStateException("pool closed");
    });
    states.put("fine", () -> 1);
    registry.gauge("g", "G", "state", states);

    assertEquals("# HELP g G\n# TYPE g gauge\ng{state=\"fine\"} 1\n", registry.render());
  }

  @Test
  void mistakesInUseAreRefused() {
    Counter c = registry.counter("c_total", "C", "type");
    assertThrows(IllegalArgumentException.class, () -> c.inc());
    assertThrows(IllegalArgumentException.class, () -> c.inc("a", "b"));
    assertThrows(IllegalArgumentException.class, () -> c.add(-1, "a"));
    assertThrows(IllegalArgumentException.class, () -> registry.counter("c_total", "again"));
    assertThrows(IllegalArgumentException.class, () -> registry.counter("bad-name", "B"));
    assertThrows(IllegalArgumentException.class, () -> registry.counter("d_total", "D", "__reserved"));
  }
}
