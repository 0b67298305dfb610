package io.alita.web;

import io.alita.domain.operations.CheckHealth;
import io.javalin.config.JavalinConfig;
import java.util.Map;

/** The console's pages. */
public final class ConsoleRoutes {

  private final CheckHealth checkHealth;
  private final String version;

  public ConsoleRoutes(CheckHealth checkHealth, String version) {
    this.checkHealth = checkHealth;
    this.version = version;
  }

  public void register(JavalinConfig cfg) {
    cfg.fileRenderer(new ThymeleafRenderer());
    cfg.routes.get("/", ctx -> ctx.render("index.html", Map.of("health", checkHealth.check(), "version", version)));
  }
}
