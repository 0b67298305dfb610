package io.alita.web;

import io.alita.domain.operations.CheckHealth;
import io.alita.domain.operations.HealthReport;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * {@code GET /health}: JSON for load balancers and container health checks; 200 when the database is reachable and
 * the schema current, 503 otherwise. Served by every role (worker, console, both).
 */
public final class HealthRoutes {

  private final CheckHealth checkHealth;

  public HealthRoutes(CheckHealth checkHealth) {
    this.checkHealth = checkHealth;
  }

  public void register(JavalinConfig cfg) {
    cfg.routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    HealthReport report = checkHealth.check();
    ctx.status(report.healthy() ? 200 : 503);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json");
    ctx.result(toJson(report));
  }

  static String toJson(HealthReport report) {
    return "{\"status\":\"" + (report.healthy() ? "ok" : "unavailable") + "\""
        + ",\"checks\":{\"database\":\"" + (report.databaseReachable() ? "ok" : "unreachable") + "\""
        + ",\"migrations\":\"" + (report.migrationsCurrent() ? "current" : "not current") + "\"}"
        + (report.detail().isEmpty() ? "" : ",\"detail\":\"" + jsonEscape(report.detail()) + "\"")
        + "}";
  }

  private static String jsonEscape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
