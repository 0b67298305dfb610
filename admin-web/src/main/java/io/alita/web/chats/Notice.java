package io.alita.web.chats;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-shot message after a change (post/redirect/get): the form's handler redirects with the use case's
 * confirmation in a short-lived cookie, and the next page shows it once and drops it. A cookie rather than a query
 * parameter, so no link can make the console show words it never said; rather than server memory, so it works with
 * any number of console processes. The text is escaped like every other value when shown.
 */
final class Notice {

  static final String COOKIE = "alita_notice";
  /** A notice is shown on the very next page; a minute is plenty, and a forgotten one goes away. */
  private static final int MAX_AGE_SECONDS = 60;
  /** Browsers drop cookies over 4 KB; a longer confirmation (many words added at once) is cut. */
  private static final int MAX_CHARS = 1000;

  private final boolean https;

  /** @param https the console is served over HTTPS, so the cookie is {@code Secure} */
  Notice(boolean https) {
    this.https = https;
  }

  /** Redirects (303) to {@code page}, which will show {@code text} once. */
  void redirect(Context ctx, String page, String text) {
    String shown = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(shown.getBytes(StandardCharsets.UTF_8));
    ctx.cookie(cookie(value, MAX_AGE_SECONDS));
    ctx.redirect(page, HttpStatus.SEE_OTHER);
  }

  /** The notice waiting for this page, if any; it is dropped, so a reload does not show it again. */
  Optional<String> take(Context ctx) {
    String value = ctx.cookie(COOKIE);
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    ctx.cookie(cookie("", 0));
    try {
      return Optional.of(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not one of ours: show nothing
    }
  }

  private Cookie cookie(String value, int maxAge) {
    return new Cookie(COOKIE, value, "/", maxAge, https, true, null, SameSite.LAX);
  }
}
