package io.alita.web;

import io.javalin.config.JavalinConfig;

/** Headers every console response carries: no framing, no sniffing, no third-party anything. */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  public static void register(JavalinConfig cfg) {
    cfg.routes.after(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "same-origin");
      ctx.header("Content-Security-Policy",
          "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'");
    });
  }
}
