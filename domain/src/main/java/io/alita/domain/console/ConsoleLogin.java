package io.alita.domain.console;

import io.alita.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Getting into the console and out again: one-time links issued by the bot, the Telegram Login Widget (its signature
 * checked by the web adapter, which then calls {@link #signInTelegramUser}), the break-glass password login (checked
 * by the web adapter, which then calls {@link #signIn}), sessions and logout.
 */
public final class ConsoleLogin {

  /** How long a login link works. */
  public static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

  private final LoginLinkStore links;
  private final ConsoleSessionStore sessions;
  private final ConsoleAccess access;
  private final Clock clock;
  private final SecureRandom random;
  private final Duration sessionLifetime;

  public ConsoleLogin(LoginLinkStore links, ConsoleSessionStore sessions, ConsoleAccess access, Clock clock,
      SecureRandom random, Duration sessionLifetime) {
    this.links = links;
    this.sessions = sessions;
    this.access = access;
    this.clock = clock;
    this.random = random;
    this.sessionLifetime = Objects.requireNonNull(sessionLifetime, "sessionLifetime");
  }

  /** A session just opened: the id goes into the browser's cookie. */
  public record SignedIn(OpaqueToken sessionId, ConsoleSession session) {}

  /** Why a login link did not open a session. */
  public enum Refusal {
    /** Unknown, used or expired (for a Telegram login: already used). */
    LINK_INVALID,
    /** The link was good, but its holder administers no chat the bot knows. */
    NO_CHATS
  }

  /** The outcome of redeeming a link or a Telegram login: a session or a refusal. */
  public record LinkOutcome(Optional<SignedIn> signedIn, Optional<Refusal> refusal) {

    static LinkOutcome of(SignedIn s) {
      return new LinkOutcome(Optional.of(s), Optional.empty());
    }

    static LinkOutcome refused(Refusal r) {
      return new LinkOutcome(Optional.empty(), Optional.of(r));
    }
  }

  /** Issues a one-time link token for {@code person}, valid for {@link #LINK_LIFETIME}. */
  public OpaqueToken issueLink(Person person) {
    OpaqueToken token = OpaqueToken.generate(random);
    links.issue(token.hash(), person, clock.instant().plus(LINK_LIFETIME));
    return token;
  }

  /** Uses a link up and, when its holder may use the console, opens a session. */
  public LinkOutcome redeemLink(String tokenText) {
    OpaqueToken token = OpaqueToken.parse(tokenText);
    if (token == null) {
      return LinkOutcome.refused(Refusal.LINK_INVALID);
    }
    Optional<Person> person = links.redeem(token.hash(), clock.instant());
    if (person.isEmpty()) {
      return LinkOutcome.refused(Refusal.LINK_INVALID);
    }
    return access.grant(person.get())
        .map(grant -> LinkOutcome.of(open(grant.user(), grant)))
        .orElseGet(() -> LinkOutcome.refused(Refusal.NO_CHATS));
  }

  /**
   * Signs in a person whose identity Telegram vouched for: the login widget's data, whose signature and age the
   * caller has checked. The same access rules as a login link apply ({@link ConsoleAccess#grant}). The proof works
   * once, so a copy of the widget's redirect (browser history, a proxy's access log) does not sign anyone else in.
   *
   * @param proof       the signature Telegram sent ({@code hash}); only its SHA-256 is stored
   * @param usableUntil when the caller would refuse the proof as too old anyway; the record of its use may go then
   */
  public LinkOutcome signInTelegramUser(Person person, String proof, Instant usableUntil) {
    Objects.requireNonNull(person, "person");
    Instant now = clock.instant();
    if (!links.useOnce(proofHash(proof), person, now, usableUntil)) {
      return LinkOutcome.refused(Refusal.LINK_INVALID);
    }
    return access.grant(person)
        .map(grant -> LinkOutcome.of(open(grant.user(), grant)))
        .orElseGet(() -> LinkOutcome.refused(Refusal.NO_CHATS));
  }

  /** Opens a session for a user the caller has authenticated itself (the break-glass password). */
  public SignedIn signIn(ConsoleUser user) {
    return open(user, new ConsoleAccess.Grant(user, java.util.Set.of()));
  }

  private SignedIn open(ConsoleUser user, ConsoleAccess.Grant grant) {
    sweep(); // a sign-in is rare enough to tidy up after expired sessions and links on the way
    OpaqueToken id = OpaqueToken.generate(random);
    byte[] csrf = new byte[24];
    random.nextBytes(csrf);
    ConsoleSession session = new ConsoleSession(user, grant.chats(), HexFormat.of().formatHex(csrf),
        clock.instant().plus(sessionLifetime));
    sessions.create(id.hash(), session);
    return new SignedIn(id, session);
  }

  /** The session a browser's cookie names, when it is still valid. */
  public Optional<ConsoleSession> session(String idText) {
    OpaqueToken id = OpaqueToken.parse(idText);
    return id == null ? Optional.empty() : sessions.find(id.hash(), clock.instant());
  }

  /** Ends a session; harmless when it does not exist. */
  public void signOut(String idText) {
    OpaqueToken id = OpaqueToken.parse(idText);
    if (id != null) {
      sessions.delete(id.hash());
    }
  }

  /** Forgets expired sessions and links; returns how many rows went. */
  public int sweep() {
    Instant now = clock.instant();
    return sessions.deleteExpiredSessions(now) + links.deleteExpiredLinks(now);
  }

  /** What is stored for a widget proof: its SHA-256, in a namespace of its own (link tokens are hashed bare). */
  private static String proofHash(String proof) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("telegram-login:" + Objects.requireNonNull(proof, "proof")).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The owner's identity for a break-glass login. */
  public static ConsoleUser breakGlassOwner(UserId owner) {
    return new ConsoleUser(owner, "owner (password)", ConsoleRole.OWNER);
  }

  /** The operator's identity for a password login: no Telegram id. */
  public static ConsoleUser operator() {
    return new ConsoleUser(UserId.of(0), "operator (password)", ConsoleRole.OPERATOR);
  }
}
