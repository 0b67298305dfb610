package io.alita.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.alita.web.metrics.MetricsRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToIntFunction;

/**
 * The metrics every role has: the running version and the database pool. The HTTP server adds its request counts
 * ({@code MetricsRoutes}), the worker its updates and actions ({@link WorkerMetrics}).
 */
final class ProcessMetrics {

  private ProcessMetrics() {}

  static MetricsRegistry create(String version, HikariDataSource pool) {
    MetricsRegistry registry = new MetricsRegistry();
    registry.gauge("alita_build_info", "The running version of Alita (the value is always 1)", "version",
        Map.of(version, () -> 1));
    Map<String, DoubleSupplier> states = new LinkedHashMap<>();
    states.put("active", poolValue(pool, HikariPoolMXBean::getActiveConnections));
    states.put("idle", poolValue(pool, HikariPoolMXBean::getIdleConnections));
    states.put("total", poolValue(pool, HikariPoolMXBean::getTotalConnections));
    states.put("pending", poolValue(pool, HikariPoolMXBean::getThreadsAwaitingConnection));
    registry.gauge("alita_db_pool_connections",
        "Database pool connections: active (in use), idle, total, and pending (threads waiting for one)", "state",
        states);
    registry.gauge("alita_db_pool_max_connections", "The most connections the pool opens (DB_MAX_OPEN_CONNS)",
        pool::getMaximumPoolSize);
    return registry;
  }

  private static DoubleSupplier poolValue(HikariDataSource pool, ToIntFunction<HikariPoolMXBean> read) {
    return () -> {
      HikariPoolMXBean bean = pool.getHikariPoolMXBean();
      if (bean == null) {
        throw new IllegalStateException("the pool is not running");
      }
      return read.applyAsInt(bean);
    };
  }
}
