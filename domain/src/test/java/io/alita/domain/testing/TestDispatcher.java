package io.alita.domain.testing;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.audit.Attribution;
import io.alita.domain.cache.CacheLimits;
import io.alita.domain.dispatch.AnonymousAdminPolicy;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.DispatchMonitor;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.dispatch.TeamRoster;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@link Dispatcher} of a module test with sensible defaults, so that a test names only what it cares
 * about: English texts, a fresh {@link InMemoryUpdateTransactions}, no team, no chat trusting anonymous admins, no
 * attribution, failures only logged, the bot {@link #BOT}, a clock fixed at {@link #NOW}, and a Telegram where nobody
 * is an admin (give {@link #telegram} or {@link #admins} for one that has some).
 *
 * <pre>{@code
 * Dispatcher dispatcher = TestDispatcher.with(warns, confirmations).admins(admins).clock(clock)
 *     .transactions(transactions).build();
 * }</pre>
 */
public final class TestDispatcher {

  /** The bot unless a test gives another. */
  public static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  /** Where the default clock stands. */
  public static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  /** Nobody is on the bot's team. */
  public static final TeamRoster NO_TEAM = (user, level) -> false;
  /** No chat trusts anonymous admins: they must prove themselves. */
  public static final AnonymousAdminPolicy NO_ANONYMOUS_TRUST = chat -> false;

  /** A Telegram whose chats have no admins and no members. */
  private static final ChatQueries NOBODY = new ChatQueries() {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of();
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.empty();
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.empty();
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  };

  private final List<BotModule> modules;
  private BotIdentity bot = BOT;
  private ChatQueries telegram = NOBODY;
  private AdminCache admins;
  private TeamRoster team = NO_TEAM;
  private AnonymousAdminPolicy anonymousAdmins = NO_ANONYMOUS_TRUST;
  private Messages messages = Messages.english();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private UpdateTransactions transactions;
  private Attribution attribution = Attribution.NONE;
  private DispatchMonitor monitor = DispatchMonitor.NONE;
  private CacheLimits cacheLimits = CacheLimits.DEFAULT;

  private TestDispatcher(List<BotModule> modules) {
    this.modules = new ArrayList<>(modules);
  }

  /** A dispatcher of {@code modules}, in this order. */
  public static TestDispatcher with(BotModule... modules) {
    return new TestDispatcher(List.of(modules));
  }

  /** A dispatcher of {@code modules}, in this order. */
  public static TestDispatcher with(List<BotModule> modules) {
    return new TestDispatcher(modules);
  }

  public TestDispatcher bot(BotIdentity value) {
    this.bot = Objects.requireNonNull(value, "bot");
    return this;
  }

  /** The chats' admins as {@code value} reports them, cached on the dispatcher's clock (unless {@link #admins}). */
  public TestDispatcher telegram(ChatQueries value) {
    this.telegram = Objects.requireNonNull(value, "telegram");
    return this;
  }

  /** The admin cache to share with the modules under test. */
  public TestDispatcher admins(AdminCache value) {
    this.admins = Objects.requireNonNull(value, "admins");
    return this;
  }

  public TestDispatcher team(TeamRoster value) {
    this.team = Objects.requireNonNull(value, "team");
    return this;
  }

  public TestDispatcher anonymousAdmins(AnonymousAdminPolicy value) {
    this.anonymousAdmins = Objects.requireNonNull(value, "anonymousAdmins");
    return this;
  }

  public TestDispatcher messages(Messages value) {
    this.messages = Objects.requireNonNull(value, "messages");
    return this;
  }

  public TestDispatcher clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  /** The transactions to assert on ({@link InMemoryUpdateTransactions#applied()}, {@code opened()}). */
  public TestDispatcher transactions(UpdateTransactions value) {
    this.transactions = Objects.requireNonNull(value, "transactions");
    return this;
  }

  public TestDispatcher attribution(Attribution value) {
    this.attribution = Objects.requireNonNull(value, "attribution");
    return this;
  }

  public TestDispatcher monitor(DispatchMonitor value) {
    this.monitor = Objects.requireNonNull(value, "monitor");
    return this;
  }

  /** The limits of every per-chat settings cache the modules declare. */
  public TestDispatcher cacheLimits(CacheLimits value) {
    this.cacheLimits = Objects.requireNonNull(value, "cacheLimits");
    return this;
  }

  /** The ports the dispatcher is built with. */
  public Dispatcher.Ports ports() {
    AdminCache cache = admins != null ? admins : new AdminCache(telegram, clock);
    UpdateTransactions tx = transactions != null ? transactions : new InMemoryUpdateTransactions(clock);
    return Dispatcher.Ports.of(bot, cache, team, anonymousAdmins, messages, clock, tx)
        .withAttribution(attribution).withMonitor(monitor).withCacheLimits(cacheLimits);
  }

  public Dispatcher build() {
    return new Dispatcher(modules, ports());
  }
}
