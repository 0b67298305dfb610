package io.alita.web.metrics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /metrics}: the process's {@link MetricsRegistry} in Prometheus's text format, on every role's HTTP server.
 * Also counts every HTTP request the server answers, by status class ({@code alita_http_requests_total}).
 *
 * <p>With a token configured ({@code METRICS_TOKEN}), a scrape must send {@code Authorization: Bearer <token>};
 * anything else gets 401. The token is compared as a SHA-256 digest with {@link MessageDigest#isEqual}, so the time
 * taken says nothing about the token, not even its length. Without a token the endpoint is open: keep the port
 * private then.
 */
public final class MetricsRoutes {

  /** Prometheus's text exposition format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final String BEARER = "bearer ";
  private static final String[] STATUS_CLASSES = {"2xx", "3xx", "4xx", "5xx"};

  private final MetricsRegistry registry;
  private final Optional<byte[]> tokenDigest;
  private final Counter requests;

  /**
   * @param registry the process's metrics; {@code alita_http_requests_total} is added to it
   * @param token    the bearer token a scrape must send; empty leaves {@code /metrics} open
   */
  public MetricsRoutes(MetricsRegistry registry, Optional<String> token) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.tokenDigest = token.map(MetricsRoutes::sha256);
    this.requests = registry.counter("alita_http_requests_total",
        "HTTP requests answered by this process's server, by status class", "status");
    for (String statusClass : STATUS_CLASSES) {
      requests.declare(statusClass);
    }
  }

  public void register(JavalinConfig cfg) {
    cfg.routes.get("/metrics", this::metrics);
    // The request logger runs once a request is answered, whatever answered it (a route, a 404, an exception).
    cfg.requestLogger.http((ctx, millis) -> requests.inc(statusClass(ctx.statusCode())));
  }

  private void metrics(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    if (tokenDigest.isPresent() && !authorized(ctx.header("Authorization"))) {
      ctx.status(401);
      ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result("401 Unauthorized: send the header Authorization: Bearer <METRICS_TOKEN>\n");
      return;
    }
    ctx.contentType(CONTENT_TYPE);
    ctx.result(registry.render());
  }

  private boolean authorized(String header) {
    if (header == null || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return false;
    }
    String presented = header.substring(BEARER.length()).strip();
    return MessageDigest.isEqual(sha256(presented), tokenDigest.get());
  }

  static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
