/**
 * Prometheus metrics without a library: {@link io.alita.web.metrics.MetricsRegistry} (counters with labels, gauges
 * read at scrape time) renders the text exposition format 0.0.4, and {@link io.alita.web.metrics.MetricsRoutes}
 * serves it at {@code /metrics}, behind a bearer token when one is configured.
 */
package io.alita.web.metrics;
