package io.alita.web;

import io.alita.domain.console.ConsoleSession;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders console pages with what every page's layout needs: who is signed in, their role, the form token. */
public final class Pages {

  private Pages() {}

  /** Renders {@code template} for a signed-in user; {@code model} adds the page's own values. */
  public static void render(Context ctx, String template, ConsoleSession session, Map<String, ?> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("me", session.user());
    all.put("csrf", session.csrfToken());
    all.put("seesChats", session.user().role().seesChats());
    noStore(ctx);
    ctx.render(template, all);
  }

  /** Renders a page for someone not signed in (login pages, errors before login). */
  public static void renderPublic(Context ctx, String template, Map<String, ?> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.putIfAbsent("me", null);
    noStore(ctx);
    ctx.render(template, all);
  }

  /** Console pages hold settings and tokens: no cache keeps them. */
  static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
  }
}
