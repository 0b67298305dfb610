package io.alita.web;

import io.alita.domain.console.ConsoleAccess;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Every console route goes through here: the session from the cookie, the role, and for every form the cross-site
 * checks and the synchronizer token. Wrapping routes one by one (rather than a global before-filter) keeps the
 * webhook and /health, which share the HTTP server, out of it.
 *
 * <p>Cross-site requests are refused the way Go 1.25's CrossOriginProtection does it: a browser's
 * {@code Sec-Fetch-Site} must be {@code same-origin} or {@code none}; without it, an {@code Origin} must match the
 * request's host. On top of that every form carries the session's CSRF token (OWASP's synchronizer token), and the
 * cookie is {@code SameSite=Lax}. GET never changes anything.
 */
public final class Guard {

  public static final String SESSION_COOKIE = "alita_session";
  public static final String CSRF_FIELD = "_csrf";
  private static final Set<String> SAME_SITE = Set.of("same-origin", "none");

  private final ConsoleLogin login;
  private final ConsoleAccess access;

  public Guard(ConsoleLogin login, ConsoleAccess access) {
    this.login = login;
    this.access = access;
  }

  /** A page any signed-in user may open (operators included). */
  public Handler signedIn(ConsoleHandler handler) {
    return ctx -> handler.handle(ctx, session(ctx));
  }

  /** An operations page (migrations): owners, team and operators; not group admins. */
  public Handler operations(ConsoleHandler handler) {
    return ctx -> {
      ConsoleSession session = session(ctx);
      if (!session.user().role().seesOperations()) {
        throw ConsoleError.forbidden("This page is for the bot's owner, its team and operators; a group admin sees "
            + "the chats they administer.");
      }
      handler.handle(ctx, session);
    };
  }

  /** A page about chats: owners, team and group admins; not operators. */
  public Handler chatViewer(ConsoleHandler handler) {
    return ctx -> {
      ConsoleSession session = session(ctx);
      if (!session.user().role().seesChats()) {
        throw ConsoleError.forbidden("The operator login shows the migrations and health pages only.");
      }
      handler.handle(ctx, session);
    };
  }

  /** A form: same-site, with the session's token, by a user who may see chats. */
  public Handler form(ConsoleHandler handler) {
    return ctx -> {
      refuseCrossSite(ctx);
      ConsoleSession session = session(ctx);
      requireToken(ctx, session.csrfToken());
      if (!session.user().role().seesChats()) {
        throw ConsoleError.forbidden("The operator login is read-only.");
      }
      handler.handle(ctx, session);
    };
  }

  /** A form any signed-in user may send (logout). */
  public Handler signedInForm(ConsoleHandler handler) {
    return ctx -> {
      refuseCrossSite(ctx);
      ConsoleSession session = session(ctx);
      requireToken(ctx, session.csrfToken());
      handler.handle(ctx, session);
    };
  }

  /** The chat's pages may be shown to this session; otherwise refused (the same answer for unknown chats). */
  public void requireView(ConsoleSession session, ChatId chat) {
    if (!session.maySee(chat)) {
      throw notShown();
    }
  }

  /**
   * The refusal for a chat the session may not see; also for a chat that does not exist, so the answer never tells
   * which chats the bot knows.
   */
  public static ConsoleError notShown() {
    return ConsoleError.forbidden("You are not an admin of that chat, so the console does not show it to you.");
  }

  /**
   * The session may change the chat now. For a group admin Telegram is asked again: an admin demoted since login is
   * refused at once.
   */
  public void requireChange(ConsoleSession session, ChatId chat) {
    requireView(session, chat);
    if (!access.mayChange(session, chat)) {
      throw ConsoleError.forbidden("Telegram says you are no longer an admin of that chat, so the change was not "
          + "made.");
    }
  }

  /** The session, or a redirect to the login page (which comes back here afterwards, for a GET). */
  ConsoleSession session(Context ctx) {
    String cookie = ctx.cookie(SESSION_COOKIE);
    if (cookie != null) {
      var session = login.session(cookie);
      if (session.isPresent()) {
        return session.get();
      }
    }
    String next = ctx.method() == HandlerType.GET ? ctx.path()
        + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
    throw new SignInRequired(next);
  }

  /** Refuses a state-changing request a browser says comes from another site. */
  public static void refuseCrossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      if (!SAME_SITE.contains(site)) {
        throw ConsoleError.forbidden("Cross-site form posts are refused. Open the console itself and send the form "
            + "from there.");
      }
      return;
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null")) {
      String host = ctx.header("Host");
      String originHost = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
      if (host == null || !originHost.equalsIgnoreCase(host)) {
        throw ConsoleError.forbidden("Cross-site form posts are refused. Open the console itself and send the form "
            + "from there.");
      }
    } else if ("null".equals(origin)) {
      throw ConsoleError.forbidden("Form posts from an opaque origin are refused.");
    }
  }

  /** Compares the form's token with the expected one in constant time. */
  public static void requireToken(Context ctx, String expected) {
    String sent = ctx.formParam(CSRF_FIELD);
    if (sent == null || expected == null
        || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw ConsoleError.forbidden("This form has expired or did not come from the console. Reload the page and try "
          + "again.");
    }
  }

  /** Where to send the browser to sign in, remembering a local page to come back to. */
  static String loginPath(String next) {
    return next == null || next.equals("/") ? "/login" : "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }

  /** A "next" parameter only ever leads to a page of this console. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    return next;
  }
}
