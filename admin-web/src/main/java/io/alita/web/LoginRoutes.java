package io.alita.web;

import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.console.ConsoleUser;
import io.alita.web.auth.LoginThrottle;
import io.alita.web.auth.PasswordHash;
import io.alita.web.auth.TelegramLoginCheck;
import io.alita.web.auth.TelegramLoginWidget;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out. The ways in: the one-time link the bot sends for {@code /console} (opening it shows a
 * button, because a GET must not use the link up: Telegram's link preview fetches it too), the Telegram Login Widget
 * where it is set up, the owner's break-glass password, and the operator's password. Before a session exists, forms
 * carry a token that must match a cookie (double submit), so no other site can sign a browser in to its own account.
 *
 * <p>The widget's redirect ({@code GET /login/telegram}) is the one GET that signs in: Telegram sends the browser
 * there with the signed data in the query, so there is no form to carry a token. The signature binds the data to one
 * Telegram user, {@code auth_date} to the last few minutes, and each signature works once (docs/decisions/0016).
 */
public final class LoginRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);
  static final String LOGIN_TOKEN_COOKIE = "alita_login";
  static final String TELEGRAM_PATH = "/login/telegram";
  private static final String NO_CHATS = "You are not an admin of any group where the bot has seen you. Write "
      + "something in your group, then ";

  private final ConsoleLogin login;
  private final ConsoleSettings settings;
  private final LoginThrottle throttle;
  private final Duration sessionLifetime;
  private final Optional<TelegramLoginWidget> widget;
  private final SecureRandom random = new SecureRandom();

  public LoginRoutes(ConsoleLogin login, ConsoleSettings settings, LoginThrottle throttle, Duration sessionLifetime) {
    this(login, settings, throttle, sessionLifetime, Optional.empty());
  }

  /** @param widget the Telegram Login Widget, when the console is set up for it */
  public LoginRoutes(ConsoleLogin login, ConsoleSettings settings, LoginThrottle throttle, Duration sessionLifetime,
      Optional<TelegramLoginWidget> widget) {
    this.login = login;
    this.settings = settings;
    this.throttle = throttle;
    this.sessionLifetime = sessionLifetime;
    this.widget = widget;
  }

  public void register(JavalinConfig cfg, Guard guard) {
    cfg.routes.get("/login", this::loginPage);
    cfg.routes.post("/login/password", this::password);
    cfg.routes.get("/login/link/{token}", this::linkPage);
    cfg.routes.post("/login/link", this::link);
    widget.ifPresent(w -> cfg.routes.get(TELEGRAM_PATH, ctx -> telegram(ctx, w)));
    cfg.routes.post("/logout", guard.signedInForm(this::logout));
  }

  private void loginPage(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    model.put("next", Guard.safeNext(ctx.queryParam("next")));
    model.put("problem", null);
    showLogin(ctx, model, 200);
  }

  private void showLogin(Context ctx, Map<String, Object> model, int status) {
    model.put("loginToken", loginToken(ctx));
    model.put("passwordLogin", settings.ownerPassword().isPresent() || settings.operatorPassword().isPresent());
    model.put("operatorLogin", settings.operatorPassword().isPresent());
    model.put("ownerLogin", settings.ownerPassword().isPresent());
    model.put("widgetBot", widget.map(TelegramLoginWidget::botUsername).orElse(null));
    model.put("widgetAuthUrl", settings.base() + TELEGRAM_PATH);
    if (widget.isPresent()) {
      SecurityHeaders.allowTelegramLoginWidget(ctx);
    }
    ctx.status(status);
    Pages.renderPublic(ctx, "login.html", model);
  }

  private void password(Context ctx) {
    Guard.refuseCrossSite(ctx);
    Guard.requireToken(ctx, ctx.cookie(LOGIN_TOKEN_COOKIE));
    String next = Guard.safeNext(ctx.formParam("next"));
    if (refusedByThrottle(ctx)) {
      return;
    }
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String who = Optional.ofNullable(ctx.formParam("role")).orElse("owner");
    Optional<PasswordHash> expected = "operator".equals(who) ? settings.operatorPassword() : settings.ownerPassword();
    if (expected.isEmpty() || password.isEmpty() || !expected.get().matches(password)) {
      throttle.failed(ctx.ip());
      LOG.info("Console: a failed password login ({}) from {}", who, ctx.ip());
      Map<String, Object> model = new HashMap<>();
      model.put("next", next);
      model.put("problem", expected.isEmpty() ? "Password login is not set up for the " + who + "."
          : "That password is not right.");
      showLogin(ctx, model, 401);
      return;
    }
    ConsoleUser user = "operator".equals(who) ? ConsoleLogin.operator() : ConsoleLogin.breakGlassOwner(settings.owner());
    LOG.info("Console: {} signed in with the password from {}", who, ctx.ip());
    start(ctx, login.signIn(user), next);
  }

  private void linkPage(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    model.put("token", ctx.pathParam("token"));
    model.put("loginToken", loginToken(ctx));
    Pages.renderPublic(ctx, "login-link.html", model);
  }

  private void link(Context ctx) {
    Guard.refuseCrossSite(ctx);
    Guard.requireToken(ctx, ctx.cookie(LOGIN_TOKEN_COOKIE));
    if (refusedByThrottle(ctx)) {
      return;
    }
    ConsoleLogin.LinkOutcome outcome = login.redeemLink(Optional.ofNullable(ctx.formParam("token")).orElse(""));
    if (outcome.signedIn().isPresent()) {
      LOG.info("Console: user {} signed in with a login link", outcome.signedIn().get().session().user().id().value());
      start(ctx, outcome.signedIn().get(), "/");
      return;
    }
    if (outcome.refusal().orElseThrow() == ConsoleLogin.Refusal.LINK_INVALID) {
      throttle.failed(ctx.ip());
      refuse(ctx, 401, "That sign-in link is used up or has expired. Send /console to the bot again for a new one.");
    } else {
      refuse(ctx, 403, NO_CHATS + "send /console to the bot again.");
    }
  }

  /** {@code GET /login/telegram}: where the widget sends the browser with Telegram's signed data. */
  private void telegram(Context ctx, TelegramLoginWidget w) {
    if (refusedByThrottle(ctx)) {
      return;
    }
    TelegramLoginCheck.Outcome checked = w.check().check(ctx.queryParamMap());
    if (checked.refusal().isPresent()) {
      throttle.failed(ctx.ip());
      if (checked.refusal().get() == TelegramLoginCheck.Refusal.TOO_OLD) {
        LOG.info("Console: a Telegram sign-in older than {} minutes was refused from {}",
            TelegramLoginCheck.MAX_AGE.toMinutes(), ctx.ip());
        refuse(ctx, 401, "That Telegram sign-in is more than " + TelegramLoginCheck.MAX_AGE.toMinutes()
            + " minutes old. Press the Telegram button again.");
      } else {
        LOG.info("Console: a Telegram sign-in with a signature that does not match BOT_TOKEN was refused from {} "
            + "(if every one fails, check that BOT_USERNAME @{} is the bot of BOT_TOKEN)", ctx.ip(), w.botUsername());
        refuse(ctx, 401, "Telegram's sign-in data did not check out. Press the Telegram button again.");
      }
      return;
    }
    ConsoleLogin.LinkOutcome outcome = login.signInTelegramUser(checked.person().orElseThrow(), checked.proof(),
        checked.usableUntil());
    if (outcome.signedIn().isPresent()) {
      LOG.info("Console: user {} signed in with Telegram", outcome.signedIn().get().session().user().id().value());
      start(ctx, outcome.signedIn().get(), "/");
    } else if (outcome.refusal().orElseThrow() == ConsoleLogin.Refusal.LINK_INVALID) {
      throttle.failed(ctx.ip());
      refuse(ctx, 401, "That Telegram sign-in was already used. Press the Telegram button again.");
    } else {
      refuse(ctx, 403, NO_CHATS + "sign in again.");
    }
  }

  private void refuse(Context ctx, int status, String problem) {
    Map<String, Object> model = new HashMap<>();
    model.put("next", "/");
    model.put("problem", problem);
    showLogin(ctx, model, status);
  }

  private void logout(Context ctx, io.alita.domain.console.ConsoleSession session) {
    login.signOut(ctx.cookie(Guard.SESSION_COOKIE));
    ctx.cookie(cookie(Guard.SESSION_COOKIE, "", 0));
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private boolean refusedByThrottle(Context ctx) {
    Duration wait = throttle.waitFor(ctx.ip());
    if (wait.isZero() || wait.isNegative()) {
      return false;
    }
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    Map<String, Object> model = new HashMap<>();
    model.put("next", "/");
    model.put("problem", "Too many failed sign-ins from your address. Try again in " + minutes
        + (minutes == 1 ? " minute." : " minutes."));
    ctx.header("Retry-After", Long.toString(wait.toSeconds() + 1));
    showLogin(ctx, model, 429);
    return true;
  }

  private void start(Context ctx, ConsoleLogin.SignedIn signedIn, String next) {
    ctx.cookie(cookie(Guard.SESSION_COOKIE, signedIn.sessionId().value(), (int) sessionLifetime.toSeconds()));
    ctx.cookie(cookie(LOGIN_TOKEN_COOKIE, "", 0));
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  /** The pre-session form token: the cookie's value, made when the browser has none. */
  private String loginToken(Context ctx) {
    String existing = ctx.cookie(LOGIN_TOKEN_COOKIE);
    if (existing != null && existing.matches("[0-9a-f]{48}")) {
      return existing;
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    ctx.cookie(cookie(LOGIN_TOKEN_COOKIE, token, 3600));
    return token;
  }

  private Cookie cookie(String name, String value, int maxAge) {
    return new Cookie(name, value, "/", maxAge, settings.https(), true, null, SameSite.LAX);
  }
}
