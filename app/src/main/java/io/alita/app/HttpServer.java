package io.alita.app;

import io.alita.web.ConsoleRoutes;
import io.alita.web.HealthRoutes;
import io.alita.web.SecurityHeaders;
import io.alita.web.metrics.MetricsRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one HTTP server (see docs/decisions/0005): /health and /metrics always, the console's pages in its
 * roles.
 */
final class HttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

  private final Javalin app;

  HttpServer(HealthRoutes health, MetricsRoutes metrics, Optional<ConsoleRoutes> console,
      Optional<Consumer<JavalinConfig>> webhook) {
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      health.register(cfg);
      metrics.register(cfg);
      console.ifPresent(c -> c.register(cfg));
      webhook.ifPresent(w -> w.accept(cfg));
      SecurityHeaders.register(cfg);
    });
  }

  /** Starts listening on {@code port} (0 picks a free one) on every interface; returns the port. */
  int start(int port) {
    app.start("0.0.0.0", port);
    LOG.info("HTTP server listening on port {}", app.port());
    return app.port();
  }

  int port() {
    return app.port();
  }

  /**
   * Every HTTP route the router holds, as {@code "METHOD /path/{param}"}: the console's route security tests read the
   * routes from here, so a page added later is tested without being listed anywhere.
   */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(e -> e.endpoint.method.isHttpMethod())
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  @Override
  public void close() {
    app.stop();
  }
}
