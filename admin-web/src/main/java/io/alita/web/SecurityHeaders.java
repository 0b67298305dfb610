package io.alita.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Headers every console response carries: no framing, no sniffing, no third-party anything, except on a login page
 * that shows the Telegram Login Widget ({@link #allowTelegramLoginWidget}).
 */
public final class SecurityHeaders {

  static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'";

  /**
   * The widget is a script from telegram.org that puts an iframe from oauth.telegram.org on the page (the button, and
   * the redirect to {@code /login/telegram} once the user confirms in Telegram's popup); nothing else is loosened.
   */
  static final String POLICY_WITH_TELEGRAM_LOGIN = "default-src 'self'; script-src 'self' https://telegram.org; "
      + "frame-src https://oauth.telegram.org; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'";

  private static final String TELEGRAM_LOGIN = "alita.csp.telegramLogin";

  private SecurityHeaders() {}

  public static void register(JavalinConfig cfg) {
    cfg.routes.after(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "same-origin");
      ctx.header("Content-Security-Policy",
          Boolean.TRUE.equals(ctx.attribute(TELEGRAM_LOGIN)) ? POLICY_WITH_TELEGRAM_LOGIN : POLICY);
    });
  }

  /** Lets this one response (a login page with the widget) load Telegram's script and frame. */
  static void allowTelegramLoginWidget(Context ctx) {
    ctx.attribute(TELEGRAM_LOGIN, true);
  }
}
