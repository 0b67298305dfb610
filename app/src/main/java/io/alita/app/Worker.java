package io.alita.app;

import io.alita.app.config.TelegramConfig;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.operations.StartupNotice;
import io.alita.domain.captcha.CaptchaModule;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.ActivityTracker;
import io.alita.domain.tracking.SeenStore;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.notify.ChatChangeListener;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import io.alita.telegram.action.TelegramChatActions;
import io.alita.telegram.action.TelegramChatQueries;
import io.alita.telegram.client.BotApiServer;
import io.alita.telegram.polling.LongPollingRunner;
import io.alita.telegram.send.OutboundRateLimiter;
import io.alita.telegram.update.UpdateIntake;
import io.alita.telegram.update.UpdateMapper;
import io.alita.telegram.webhook.WebhookEndpoint;
import io.alita.telegram.webhook.WebhookRegistration;
import io.alita.web.metrics.MetricsRegistry;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's process role: signs in ({@code getMe}), assembles the modules around one {@link Dispatcher}
 * ({@link BotAssembly}, with Telegram behind the ports), and takes
 * updates by long polling or through the webhook. Without {@code BOT_TOKEN} it stays idle and says why.
 *
 * <p>Each update: mapped by the Telegram adapter, dispatched (state changes committed with the update id), then its
 * actions carried out through the rate-limited sender. Settings changed by another process (the console) reach the
 * modules' caches through the database's change notifications ({@link ChatChangeListener}), started before the first
 * update is taken. Stopping: intake first (no new updates, in-flight ones finish), then the change listener, the
 * background jobs, and a last flush of the activity tracker.
 */
final class Worker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
  /** Parallel chats; updates of one chat always run one after another. */
  static final int WORKERS = 8;
  private static final Duration FLUSH_EVERY = Duration.ofSeconds(5);
  private static final Duration PRUNE_AFTER = Duration.ofDays(2);

  private final TelegramConfig telegram;
  private final Sessions sessions;
  private final SeenStore seenStore;
  private final UserDirectory directory;
  private final Clock clock;
  private final MetricsRegistry metrics;
  private final ConnectionSettings database;
  private final ConsoleLogin consoleLogin;
  private final String consoleUrl;

  private ScheduledExecutorService background;
  private ChatChangeListener settingsChanges;
  private UpdateIntake intake;
  private LongPollingRunner polling;
  private WebhookEndpoint webhook;
  private ActivityTracker tracker;
  private TelegramClient client;
  private Dispatcher dispatcher;
  private ChatActionPort actions;
  private CaptchaModule captcha;
  private MyBatisUpdateTransactions transactions;
  private List<String> moduleNames = List.of();

  /**
   * @param metrics  where the worker's counters go (updates, actions, settings changes)
   * @param database where the change listener opens its own connection
   */
  Worker(TelegramConfig telegram, Sessions sessions, SeenStore seenStore, UserDirectory directory, Clock clock,
      MetricsRegistry metrics, ConnectionSettings database, ConsoleLogin consoleLogin, String consoleUrl) {
    this.telegram = telegram;
    this.consoleLogin = consoleLogin;
    this.consoleUrl = consoleUrl;
    this.sessions = sessions;
    this.seenStore = seenStore;
    this.directory = directory;
    this.clock = clock;
    this.metrics = metrics;
    this.database = database;
  }

  /**
   * Signs in and assembles everything, without taking updates yet.
   *
   * @return false when there is no token (idle)
   * @throws StartupException when the token is refused or the server cannot be reached
   */
  boolean prepare() throws StartupException {
    if (telegram.botToken().isEmpty()) {
      LOG.info("Worker idle: BOT_TOKEN is not set. Create a bot with @BotFather, put its token in BOT_TOKEN "
          + "(environment or .env) and restart.");
      return false;
    }
    String token = telegram.botToken().get().value();
    client = BotApiServer.client(token, telegram.apiServer());
    BotIdentity bot = signIn();
    OutboundRateLimiter limiter = OutboundRateLimiter.withTelegramDefaults();
    WorkerMetrics counted = new WorkerMetrics(metrics);
    actions = counted.actions(new TelegramChatActions(client, limiter));
    ChatQueries queries = new TelegramChatQueries(client, limiter);
    background = Executors.newScheduledThreadPool(1, r -> {
      Thread t = new Thread(r, "alita-background");
      t.setDaemon(true);
      return t;
    });
    dispatcher = assemble(bot, actions, queries);
    // Listening before any cache is filled, so no change committed from here on is missed.
    settingsChanges = ChatChangeListener.start(ConnectionOpener.pgjdbc(), database,
        counted.changes(dispatcher.settingsChanges()));
    intake = new UpdateIntake(new UpdateMapper(),
        counted.updates(incoming -> dispatcher.dispatch(incoming).runOn(actions)), WORKERS);
    telegram.webhook().ifPresent(w -> webhook = new WebhookEndpoint(w.secret().value(), intake));
    return true;
  }

  private BotIdentity signIn() throws StartupException {
    User me;
    try {
      me = client.execute(new GetMe());
    } catch (TelegramApiRequestException e) {
      if (Integer.valueOf(401).equals(e.getErrorCode()) || Integer.valueOf(404).equals(e.getErrorCode())) {
        throw new StartupException("BOT_TOKEN: the Bot API at " + telegram.apiServer() + " refused the token ("
            + e.getErrorCode() + "); copy it again from @BotFather");
      }
      throw new StartupException("API_SERVER: " + telegram.apiServer() + " answered getMe with an error: " + e.getMessage());
    } catch (TelegramApiException e) {
      throw new StartupException("API_SERVER: cannot reach the Bot API at " + telegram.apiServer() + " ("
          + e.getMessage() + "); check the address and the network");
    }
    LOG.info("Worker: signed in to {} as @{} (id {})", telegram.apiServer(), me.getUserName(), me.getId());
    return new BotIdentity(UserId.of(me.getId()), me.getUserName());
  }

  private Dispatcher assemble(BotIdentity bot, ChatActionPort actions, ChatQueries queries) {
    BotAssembly.Assembled assembled = new BotAssembly(sessions, directory, telegram.ownerId(), consoleLogin, consoleUrl,
        clock).assemble(
        new BotAssembly.Ports(bot, actions, queries, seenStore, this::scheduleAt,
            (delay, action) -> schedule(delay, action, actions)));
    transactions = assembled.transactions();
    tracker = assembled.tracker();
    captcha = assembled.captcha();
    moduleNames = assembled.moduleNames();
    Dispatcher d = assembled.dispatcher();
    LOG.info("Worker: {} modules, {} commands", moduleNames.size(), d.commandNames().size());
    return d;
  }

  /** Captcha timers: a time already past runs at once. */
  private void scheduleAt(Instant at, Runnable task) {
    long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    background.schedule(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("A captcha timer failed: {}", e.getMessage());
      }
    }, delay, TimeUnit.MILLISECONDS);
  }

  private void schedule(Duration delay, ChatAction action, ChatActionPort actions) {
    background.schedule(() -> {
      try {
        actions.execute(action);
      } catch (RuntimeException e) {
        LOG.warn("Scheduled {} failed: {}", action.getClass().getSimpleName(), e.getMessage());
      }
    }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
  }

  /** The webhook route, when the bot runs in webhook mode; registered on the process's HTTP server. */
  Optional<Consumer<JavalinConfig>> routes() {
    return Optional.ofNullable(webhook).map(w -> w::register);
  }

  /** Starts taking updates: long polling, or registering the webhook with Telegram. */
  void start() throws StartupException {
    // Before any update is taken: pending captchas get their timers back, expired ones are resolved.
    CaptchaModule.Recovery recovery = captcha.recover();
    LOG.info("Captcha recovery: {}", recovery);
    background.scheduleWithFixedDelay(this::sweepCaptchas, 5, 5, TimeUnit.MINUTES);
    background.scheduleWithFixedDelay(this::flushQuietly, FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    background.scheduleWithFixedDelay(this::pruneQuietly, 1, 60, TimeUnit.MINUTES);
    try {
      if (telegram.webhook().isPresent()) {
        var w = telegram.webhook().get();
        WebhookRegistration.registerWebhook(client, w.domain(), w.secret().value(), telegram.dropPendingUpdates());
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
    announce();
  }

  /** As the original: only /start and /help in the private-chat menu, and a startup notice in MESSAGE_DUMP. */
  private void announce() {
    try {
      client.execute(SetMyCommands.builder()
          .commands(List.of(new BotCommand("start", "Start the bot"), new BotCommand("help", "How to use the bot")))
          .scope(new BotCommandScopeAllPrivateChats()).languageCode("en").build());
    } catch (TelegramApiException e) {
      LOG.warn("Could not set the bot's command menu: {}", e.getMessage());
    }
    telegram.messageDump().ifPresent(dump -> {
      String html = StartupNotice.html(Messages.english(), telegram.webhook().isPresent(), Version.current(),
          moduleNames);
      var result = actions.execute(new ChatAction.Send(OutgoingMessage.to(dump, html).silently()));
      if (!result.succeeded()) {
        LOG.warn("MESSAGE_DUMP {}: the startup notice was refused ({}); is the bot a member there?", dump, result);
      }
    });
  }

  private void flushQuietly() {
    try {
      tracker.flush();
    } catch (RuntimeException e) {
      LOG.warn("Could not record seen users and chats (will retry): {}", e.getMessage());
    }
  }

  private void sweepCaptchas() {
    try {
      captcha.sweep();
    } catch (RuntimeException e) {
      LOG.warn("Captcha sweep failed (will retry): {}", e.getMessage());
    }
  }

  private void pruneQuietly() {
    try {
      transactions.prune(Instant.now(clock).minus(PRUNE_AFTER));
    } catch (RuntimeException e) {
      LOG.warn("Could not prune processed update ids: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    if (polling != null) {
      polling.close(); // stops polling, then lets in-flight updates finish
    }
    if (intake != null) {
      intake.close();
    }
    if (settingsChanges != null) {
      settingsChanges.close();
    }
    if (background != null) {
      background.shutdownNow();
    }
    if (tracker != null) {
      flushQuietly();
    }
  }
}
