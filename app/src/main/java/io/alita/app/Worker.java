package io.alita.app;

import io.alita.app.config.TelegramConfig;
import io.alita.domain.cache.CacheLimits;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.Lifecycle;
import io.alita.domain.i18n.Messages;
import io.alita.domain.misc.TranslationPort;
import io.alita.domain.operations.StartupNotice;
import io.alita.domain.permission.BotIdentity;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.notify.ChatChangeListener;
import io.alita.telegram.action.TelegramChatActions;
import io.alita.telegram.client.BotAccount;
import io.alita.telegram.polling.LongPollingRunner;
import io.alita.telegram.update.UpdateIntake;
import io.alita.telegram.update.UpdateMapper;
import io.alita.telegram.webhook.WebhookEndpoint;
import io.alita.telegram.webhook.WebhookRegistration;
import io.alita.web.metrics.MetricsRegistry;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The bot's process role: signs in, assembles the modules around one {@link Dispatcher} ({@link BotAssembly}, with
 * Telegram behind the ports), and takes updates by long polling or through the webhook. Without {@code BOT_TOKEN} it
 * stays idle and says why.
 *
 * <p>Each event (an update, or a timer that came due) goes through the {@link UpdateIntake}: decided in its chat's
 * order, its writes committed in one transaction with its key, then its actions carried out through the rate-limited
 * sender without holding a thread while they wait. The worker knows no module: it runs what they declared
 * ({@link Lifecycle}): their start hooks before the first update, their periodic jobs on one background thread (which
 * only hand timers to the intake or flush in-memory state, never talk to Telegram), their stop hooks last.
 *
 * <p>Settings changed by another process (the console) reach the modules' caches through the database's change
 * notifications ({@link ChatChangeListener}), started before the first update is taken. Stopping: intake first (no new
 * updates, in-flight ones finish), then the change listener, the background jobs, the modules' stop hooks (the last
 * flush of what was seen), and the sender's threads.
 */
final class Worker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
  /** Threads that carry out Bot API requests (blocking HTTP calls); waits for a turn hold none. */
  static final int SENDERS = 8;

  private final TelegramConfig telegram;
  private final Optional<BotApi> api;
  private final Stores stores;
  private final Clock clock;
  private final MetricsRegistry metrics;
  private final ConnectionSettings database;
  private final ConsoleLogin consoleLogin;
  private final String consoleUrl;
  private final TranslationPort translation;

  private ScheduledExecutorService background;
  private ScheduledExecutorService senderTimers;
  private ExecutorService senders;
  private ChatChangeListener settingsChanges;
  private UpdateIntake intake;
  private LongPollingRunner polling;
  private WebhookEndpoint webhook;
  private Dispatcher dispatcher;
  private ChatActionPort actions;
  private List<String> moduleNames = List.of();
  private final CacheLimits cacheLimits;

  /**
   * @param api the Bot API of {@code BOT_TOKEN}, shared with the console (one rate limiter per token); empty without
   *     a token
   * @param metrics where the worker's counters go (updates, actions, settings changes)
   * @param database where the change listener opens its own connection
   * @param translation what {@code /tr} asks ({@code TRANSLATE_URL}), or {@link TranslationPort#NOT_CONFIGURED}
   * @param cacheLimits every per-chat settings cache's limits ({@code SETTINGS_CACHE_*})
   */
  Worker(TelegramConfig telegram, Optional<BotApi> api, Stores stores, Clock clock, MetricsRegistry metrics,
      ConnectionSettings database, ConsoleLogin consoleLogin, String consoleUrl, TranslationPort translation,
      CacheLimits cacheLimits) {
    this.cacheLimits = cacheLimits;
    this.telegram = telegram;
    this.api = api;
    this.stores = stores;
    this.clock = clock;
    this.metrics = metrics;
    this.database = database;
    this.consoleLogin = consoleLogin;
    this.consoleUrl = consoleUrl;
    this.translation = translation;
  }

  /**
   * Signs in and assembles everything, without taking updates yet.
   *
   * @return false when there is no token (idle)
   * @throws StartupException when the token is refused or the server cannot be reached
   */
  boolean prepare() throws StartupException {
    if (api.isEmpty()) {
      LOG.info("Worker idle: BOT_TOKEN is not set. Create a bot with @BotFather, put its token in BOT_TOKEN "
          + "(environment or .env) and restart.");
      return false;
    }
    BotApi bot = api.get();
    BotIdentity identity;
    try {
      identity = new BotAccount(bot.client(), telegram.apiServer()).signIn();
    } catch (BotAccount.SignInFailed e) {
      throw new StartupException(e.getMessage());
    }
    WorkerMetrics counted = new WorkerMetrics(metrics);
    senderTimers = Executors.newSingleThreadScheduledExecutor(daemon("bot-api-timers"));
    senders = Executors.newFixedThreadPool(SENDERS, daemon("bot-api-sender"));
    actions = counted.actions(new TelegramChatActions(bot.client(), bot.limiter(), senderTimers, senders));
    BotAssembly.Assembled assembled = new BotAssembly(stores, telegram.ownerId(), consoleLogin, consoleUrl, clock)
        .translatingWith(translation)
        .downloadingWith(bot.downloads())
        .limitingCaches(cacheLimits)
        .assemble(new BotAssembly.Ports(identity, bot.queries(), stores.seen(), stores.transactions(),
            counted.contained()));
    dispatcher = assembled.dispatcher();
    counted.caches(dispatcher::cacheStats);
    moduleNames = assembled.moduleNames();
    LOG.info("Worker: {} modules, {} commands", moduleNames.size(), dispatcher.commandNames().size());
    LOG.info("Worker: /tr {}", translation.configured() ? "translates through " + translation
        : "is off (set TRANSLATE_URL to a LibreTranslate server to turn it on)");
    background = Executors.newSingleThreadScheduledExecutor(daemon("alita-background"));
    // Listening before any cache is filled, so no change committed from here on is missed.
    settingsChanges = ChatChangeListener.start(ConnectionOpener.pgjdbc(), database,
        counted.changes(dispatcher.settingsChanges()));
    intake = new UpdateIntake(new UpdateMapper(), dispatcher, actions, stores.inbox(), counted.intake(),
        UpdateIntake.Settings.standard(), clock);
    telegram.webhook().ifPresent(w -> webhook = new WebhookEndpoint(w.secret().value(), intake));
    return true;
  }

  /** The webhook route, when the bot runs in webhook mode; registered on the process's HTTP server. */
  Optional<Consumer<JavalinConfig>> routes() {
    return Optional.ofNullable(webhook).map(w -> w::register);
  }

  /** Starts taking updates: long polling, or registering the webhook with Telegram. */
  void start() throws StartupException {
    // Before any new update is taken: the updates the last run confirmed but did not finish, then what the modules
    // pick up from their state (pending captchas get their timers back; what is due comes at once).
    intake.recover();
    Lifecycle lifecycle = dispatcher.lifecycle();
    lifecycle.start(intake);
    for (Lifecycle.Job job : lifecycle.jobs()) {
      long every = job.period().toMillis();
      background.scheduleWithFixedDelay(() -> job.runOnce(intake), every, every, TimeUnit.MILLISECONDS);
    }
    BotApi bot = api.get();
    try {
      if (telegram.webhook().isPresent()) {
        var w = telegram.webhook().get();
        WebhookRegistration.registerWebhook(bot.client(), w.domain(), w.secret().value(),
            telegram.dropPendingUpdates());
        LOG.info("Worker: taking updates through the webhook at {}", w.url());
      } else {
        polling = new LongPollingRunner(telegram.botToken().get().value(), telegram.apiServer(), intake,
            telegram.dropPendingUpdates(), LongPollingRunner.DEFAULT_POLL_TIMEOUT_SECONDS, Duration.ofSeconds(30));
        polling.start();
        LOG.info("Worker: taking updates by long polling");
      }
    } catch (TelegramApiException e) {
      throw new StartupException("API_SERVER: could not start taking updates from " + telegram.apiServer() + " ("
          + e.getMessage() + ")");
    }
    announce(bot);
  }

  /** As the original: only /start and /help in the private-chat menu, and a startup notice in MESSAGE_DUMP. */
  private void announce(BotApi bot) {
    Map<String, String> menu = new LinkedHashMap<>();
    menu.put("start", "Start the bot");
    menu.put("help", "How to use the bot");
    new BotAccount(bot.client(), telegram.apiServer()).setPrivateMenu(menu);
    telegram.messageDump().ifPresent(dump -> {
      String html = StartupNotice.html(Messages.english(), telegram.webhook().isPresent(), Version.current(),
          moduleNames);
      var result = actions.execute(new ChatAction.Send(OutgoingMessage.to(dump, html).silently()));
      if (!result.succeeded()) {
        LOG.warn("MESSAGE_DUMP {}: the startup notice was refused ({}); is the bot a member there?", dump, result);
      }
    });
  }

  @Override
  public void close() {
    if (polling != null) {
      polling.close(); // stops polling, then lets in-flight updates finish
    }
    if (intake != null) {
      intake.close(Duration.ofSeconds(30));
    }
    if (settingsChanges != null) {
      settingsChanges.close();
    }
    if (background != null) {
      background.shutdownNow();
    }
    if (dispatcher != null) {
      dispatcher.lifecycle().stop();
    }
    if (senders != null) {
      senders.shutdown();
      senderTimers.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
