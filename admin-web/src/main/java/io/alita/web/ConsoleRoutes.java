package io.alita.web;

import io.alita.domain.operations.CheckHealth;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * The console: its renderer, the login routes, the home page and every {@link PageGroup}, all behind the
 * {@link Guard}. Refusals ({@link ConsoleError}) become the error page with their sentence; anything unexpected becomes
 * Javalin's plain 500 (the details go to the log, never to the browser).
 */
public final class ConsoleRoutes {

  private final CheckHealth checkHealth;
  private final String version;
  private final Guard guard;
  private final LoginRoutes login;
  private final List<PageGroup> pages;

  public ConsoleRoutes(CheckHealth checkHealth, String version, Guard guard, LoginRoutes login, List<PageGroup> pages) {
    this.checkHealth = checkHealth;
    this.version = version;
    this.guard = guard;
    this.login = login;
    this.pages = List.copyOf(pages);
  }

  public void register(JavalinConfig cfg) {
    cfg.fileRenderer(new ThymeleafRenderer());
    cfg.routes.exception(SignInRequired.class, (e, ctx) -> ctx.redirect(Guard.loginPath(e.next()), HttpStatus.SEE_OTHER));
    cfg.routes.exception(ConsoleError.class, (e, ctx) -> {
      ctx.status(e.status());
      Pages.renderPublic(ctx, "error.html", Map.of("status", e.status(), "message", e.getMessage()));
    });
    login.register(cfg, guard);
    cfg.routes.get("/", guard.signedIn((ctx, session) -> Pages.render(ctx, "index.html", session,
        Map.of("health", checkHealth.check(), "version", version))));
    pages.forEach(p -> p.register(cfg, guard));
  }
}
