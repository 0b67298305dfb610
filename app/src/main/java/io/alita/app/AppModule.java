package io.alita.app;

import io.alita.app.translate.LibreTranslate;
import io.alita.domain.misc.TranslationPort;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.alita.app.config.AppConfig;
import io.alita.app.config.MetricsToken;
import io.alita.domain.content.ContentSender;
import io.alita.domain.audit.AuditTrail;
import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.filters.FiltersEdit;
import io.alita.domain.greetings.GreetingsEdit;
import io.alita.domain.languages.GroupLanguageChange;
import io.alita.domain.notes.NotesEdit;
import io.alita.domain.operations.CheckHealth;
import io.alita.domain.operations.DatabaseStatusPort;
import io.alita.domain.sandbox.Sandbox;
import io.alita.app.sandbox.SandboxSimulator;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.SeenStore;
import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.mybatis.Mappers;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import java.time.Clock;
import io.alita.postgres.operations.PostgresDatabaseStatus;
import com.google.inject.name.Named;
import io.alita.domain.console.ConsoleAccess;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.devs.BotTeam;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatQueries;
import io.alita.postgres.console.MyBatisConsoleStores;
import io.alita.domain.blacklists.BlacklistEdit;
import io.alita.domain.antiflood.FloodSettingsChange;
import io.alita.domain.antiraid.RaidSettingsChange;
import io.alita.domain.captcha.CaptchaSettingsChange;
import io.alita.domain.disabling.DisableChange;
import io.alita.domain.locks.LockChange;
import io.alita.domain.pins.PinSwitchChange;
import io.alita.domain.reports.ReportSettingsChange;
import io.alita.domain.i18n.Messages;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.rules.RulesEdit;
import io.alita.domain.rules.RulesView;
import io.alita.domain.warns.WarnSettingsChange;
import io.alita.web.ConsoleRoutes;
import io.alita.web.chats.ChatPages;
import io.alita.web.chats.FilterPages;
import io.alita.web.chats.ProtectionPages;
import io.alita.web.chats.GreetingPages;
import io.alita.web.chats.BackupPages;
import io.alita.domain.backup.ChatBackups;
import io.alita.web.chats.NotePages;
import io.alita.web.chats.ChatPorts;
import io.alita.web.ConsoleSettings;
import io.alita.web.Guard;
import io.alita.web.ChatPicker;
import io.alita.web.audit.AuditPage;
import io.alita.web.sandbox.SandboxPage;
import io.alita.web.LoginRoutes;
import io.alita.web.auth.LoginThrottle;
import io.alita.web.auth.TelegramLoginCheck;
import io.alita.web.auth.TelegramLoginWidget;
import io.alita.web.operations.MigrationsPage;
import java.security.SecureRandom;
import io.alita.web.HealthRoutes;
import io.alita.web.metrics.MetricsRegistry;
import io.alita.web.metrics.MetricsRoutes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;

/** The object graph of one process: ports bound to their adapters, use cases to their ports. */
final class AppModule extends AbstractModule {

  private final AppConfig config;
  private final DatabaseRuntime database;
  private final Command.Kind role;
  private final Clock clock;

  AppModule(AppConfig config, DatabaseRuntime database, Command.Kind role, Clock clock) {
    this.config = config;
    this.database = database;
    this.role = role;
    this.clock = clock;
  }

  @Override
  protected void configure() {
    bind(AppConfig.class).toInstance(config);
    bind(DataSource.class).toInstance(database.dataSource());
  }

  @Provides
  @Singleton
  MigrationRunner migrationRunner(DataSource dataSource) {
    var settings = config.database().migrations();
    MigrationSource source = MigrationSource.resolve(settings.path().toString(), settings.pathExplicit());
    return new MigrationRunner(dataSource, source, new MigrationOptions(settings.silentFail()));
  }

  @Provides
  @Singleton
  SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
    return MyBatis.sessionFactory(dataSource, Mappers.ALL);
  }

  @Provides
  @Singleton
  Sessions sessions(SqlSessionFactory factory) {
    return new Sessions(factory);
  }

  /** Every store, built once: the worker, the console's pages and its sandbox share them. */
  @Provides
  @Singleton
  Stores stores(Sessions sessions, SqlSessionFactory factory) {
    return Stores.on(sessions, factory);
  }

  /**
   * The Bot API of {@code BOT_TOKEN}: one client and one rate limiter for the whole process (in the run role the
   * worker and the console share them). Empty without a token.
   */
  @Provides
  @Singleton
  Optional<BotApi> botApi() {
    return config.telegram().botToken().map(token -> BotApi.of(token.value(), config.telegram().apiServer()));
  }

  @Provides
  @Singleton
  DatabaseStatusPort databaseStatus(DataSource dataSource, MigrationRunner runner) {
    return new PostgresDatabaseStatus(dataSource, runner);
  }

  @Provides
  @Singleton
  CheckHealth checkHealth(DatabaseStatusPort status) {
    return new CheckHealth(status);
  }

  @Provides
  @Singleton
  HealthRoutes healthRoutes(CheckHealth health) {
    return new HealthRoutes(health);
  }

  @Provides
  @Singleton
  MyBatisConsoleStores consoleStores(Stores stores) {
    return stores.console();
  }

  /**
   * Telegram as the console asks it (is this user an admin there?), through the process's one rate limiter. Without
   * a bot token nobody can be asked: group admins are then refused at login, and the owner's and team's access does
   * not depend on Telegram.
   */
  @Provides
  @Singleton
  @Named("console")
  ChatQueries consoleTelegram(Optional<BotApi> api) {
    return api.<ChatQueries>map(BotApi::queries).orElseGet(NoTelegram::new);
  }

  // ---------------------------------------------------------------------------------------- console ports (issue 5)

  @Provides
  @Singleton
  Changes changes(Stores stores) {
    return stores.changes();
  }

  @Provides
  @Singleton
  AuditTrail auditTrail(Stores stores) {
    return stores.audit();
  }

  @Provides
  @Singleton
  ChatDirectory chatDirectory(Stores stores) {
    return stores.chats();
  }

  @Provides
  @Singleton
  ConsoleAccess consoleAccess(Stores stores, @Named("console") ChatQueries telegram) {
    UserId owner = config.telegram().ownerId().orElse(UserId.of(0));
    return new ConsoleAccess(owner, new BotTeam(owner, stores.team()), stores.console(), telegram);
  }

  @Provides
  @Singleton
  MetricsRegistry metricsRegistry() {
    return ProcessMetrics.create(Version.current(), database.pool());
  }

  @Provides
  @Singleton
  ConsoleLogin consoleLogin(MyBatisConsoleStores stores, ConsoleAccess access) {
    return new ConsoleLogin(stores, stores, access, clock, new SecureRandom(), config.console().sessionLifetime());
  }

  @Provides
  @Singleton
  MetricsRoutes metricsRoutes(MetricsRegistry registry) {
    return new MetricsRoutes(registry, config.metricsToken().map(MetricsToken::value));
  }

  @Provides
  @Singleton
  ConsoleSettings consoleSettings() {
    return new ConsoleSettings(config.console().url(), config.telegram().ownerId().orElse(UserId.of(0)),
        config.console().ownerPassword(), config.console().operatorPassword());
  }

  @Provides
  @Singleton
  Guard guard(ConsoleLogin login, ConsoleAccess access) {
    return new Guard(login, access);
  }

  @Provides
  @Singleton
  Optional<ConsoleRoutes> consoleRoutes(CheckHealth health, ConsoleLogin login, ConsoleSettings settings,
      Guard guard, AuditTrail audit, ChatDirectory chats, Sandbox sandbox, DatabaseStatusPort databaseStatus,
      ChatPages chatPages, FilterPages filterPages, NotePages notePages, GreetingPages greetingPages,
      ProtectionPages protectionPages, BackupPages backupPages) {
    if (!role.servesConsole()) {
      return Optional.empty();
    }
    LoginRoutes loginRoutes = new LoginRoutes(login, settings, new LoginThrottle(clock),
        config.console().sessionLifetime(), telegramLoginWidget());
    return Optional.of(new ConsoleRoutes(health, Version.current(), guard, loginRoutes, List.of(chatPages, filterPages,
        notePages, greetingPages, protectionPages, backupPages, new AuditPage(audit, new ChatPicker(chats)),
        new SandboxPage(sandbox, new ChatPicker(chats), Messages.english()),
        new MigrationsPage(databaseStatus))));
  }

  /**
   * The Telegram Login Widget: on when {@code BOT_USERNAME} names the bot, {@code CONSOLE_URL} is https (the widget
   * works only on the domain linked with BotFather's /setdomain) and {@code BOT_TOKEN} is there to check signatures.
   * Otherwise off, with a startup warning when BOT_USERNAME was set ({@link AppConfig#warnings()}).
   */
  private Optional<TelegramLoginWidget> telegramLoginWidget() {
    if (!config.console().https() || config.telegram().botToken().isEmpty()) {
      return Optional.empty();
    }
    return config.console().botUsername().map(bot -> new TelegramLoginWidget(bot,
        new TelegramLoginCheck(config.telegram().botToken().get().value(), clock)));
  }

  /**
   * The console's chat pages: every change through the use cases the bot's commands use, on the same stores. The
   * rules preview needs the bot's username for its deep-link buttons; a console process does not ask Telegram who it
   * is, so it takes {@code BOT_USERNAME}, or a placeholder without one (only a preview's button URL shows it).
   */
  @Provides
  @Singleton
  ChatPages chatPages(Stores stores, ConsoleSettings console) {
    Messages messages = Messages.english();
    var captcha = stores.captcha();
    var warns = stores.warns();
    var blacklists = stores.blacklists();
    var rules = stores.rules();
    RulesView rulesView = consoleRulesView();
    return new ChatPages(new ChatPorts(stores.chats(), stores.changes(),
        new CaptchaSettingsChange(captcha, messages), new WarnSettingsChange(warns, messages),
        new BlacklistEdit(blacklists, messages), new RulesEdit(rules, rulesView, messages),
        captcha, warns, warns, blacklists, rules, stores.locks(), stores.flood(), stores.approvals(),
        stores.userNames(), messages), console.https());
  }

  /**
   * The console's locks, antiflood and pins pages: changes through {@code LockChange}, {@code FloodSettingsChange} and
   * {@code PinSwitchChange}, and the reports page through {@code ReportSettingsChange}: the use cases of /lock, /unlock,
   * /setflood, /setfloodmode, /delflood, /antichannelpin, /cleanlinked and /reports; the disabled-commands page through
   * {@code DisableChange} (/disable, /enable, /disabledel); the anti-raid page through {@code RaidSettingsChange}.
   */
  @Provides
  @Singleton
  ProtectionPages protectionPages(Stores stores, ConsoleSettings console) {
    Messages messages = Messages.english();
    return new ProtectionPages(new ProtectionPages.Ports(stores.chats(), stores.changes(),
        new LockChange(stores.locks(), messages), new FloodSettingsChange(stores.flood(), messages),
        new PinSwitchChange(stores.pins(), messages), stores.locks(), stores.flood(), stores.pins(),
        new ReportSettingsChange(stores.reports(), messages), stores.reports(), stores.userNames(),
        new DisableChange(stores.disabling(), Set.of(), messages), stores.disabling(),
        new RaidSettingsChange(stores.raids(), messages), stores.raids(), new GroupLanguageChange(stores.languages())),
        console.https());
  }

  /**
   * The console's filters page: changes through {@code FiltersEdit}, the use case of /filter and /stop; previews by the
   * sender the worker answers with ({@code {rules}} buttons need the bot's username, as the rules preview does).
   */
  @Provides
  @Singleton
  FilterPages filterPages(Stores stores, ConsoleSettings console) {
    RulesView rulesView = consoleRulesView();
    return new FilterPages(new FilterPages.Ports(stores.chats(), stores.changes(),
        new FiltersEdit(stores.filters(), Messages.english()), stores.filters(),
        new ContentSender(rulesView.rulesButtons(stores.rules()), new SecureRandom())), console.https());
  }

  /**
   * The console's notes page: changes through {@code NotesEdit}, the use case of /save and /clear; previews by the
   * sender the worker answers with, as the filters page's.
   */
  @Provides
  @Singleton
  NotePages notePages(Stores stores, ConsoleSettings console) {
    RulesView rulesView = consoleRulesView();
    ContentSender sender = new ContentSender(rulesView.rulesButtons(stores.rules()), new SecureRandom());
    return new NotePages(new NotePages.Ports(stores.chats(), stores.changes(),
        new NotesEdit(stores.notes(), sender, Messages.english()), stores.notes()), console.https());
  }

  /**
   * The console's greetings page: changes through {@code GreetingsEdit}, the use case of /setwelcome, /resetwelcome
   * and the switch commands; previews by the sender the worker greets with (its {@code {rules}} button as above).
   */
  @Provides
  @Singleton
  GreetingPages greetingPages(Stores stores, ConsoleSettings console) {
    RulesView rulesView = consoleRulesView();
    ContentSender sender = new ContentSender(rulesView.rulesButtons(stores.rules()), new SecureRandom());
    return new GreetingPages(new GreetingPages.Ports(stores.chats(), stores.changes(),
        new GreetingsEdit(stores.greetings(), sender, Messages.english()), Messages.english()), console.https());
  }

  /**
   * The console's backups: download, upload with preview and apply, reset, and the whole-bot ZIP, through
   * {@code ChatBackups}, the use case of /export, /import and /reset (decision 0033).
   */
  @Provides
  @Singleton
  BackupPages backupPages(Stores stores, ConsoleSettings console) {
    return new BackupPages(new BackupPages.Ports(stores.chats(), stores.changes(),
        new ChatBackups(stores.backups(), clock), clock), console.https());
  }

  /**
   * Rules as the console renders them: the bot's id is unknown to the console, its username comes from
   * {@code BOT_USERNAME} (for the {@code {rules}} deep link), or a placeholder.
   */
  private RulesView consoleRulesView() {
    return new RulesView(new BotIdentity(UserId.of(1L << 52),
        config.console().botUsername().orElse("your_bot")), new SecureRandom());
  }

  /** The console's sandbox: the worker's modules, run on a rolled-back transaction with nothing sent. */
  @Provides
  @Singleton
  Sandbox sandbox(Stores stores, ConsoleLogin login, ConsoleSettings console) {
    BotAssembly assembly = new BotAssembly(stores, config.telegram().ownerId(), login, console.base(), clock);
    return new SandboxSimulator(stores.sessions(), stores.transactions(), stores.knownChats(), assembly,
        SandboxSimulator.PLACEHOLDER_BOT, clock);
  }

  @Provides
  @Singleton
  Worker worker(Optional<BotApi> api, Stores stores, MetricsRegistry metrics, ConsoleLogin login,
      ConsoleSettings console) {
    TranslationPort translation = config.translate().url()
        .<TranslationPort>map(url -> new LibreTranslate(url, config.translate().apiKey()))
        .orElse(TranslationPort.NOT_CONFIGURED);
    return new Worker(config.telegram(), api, stores, clock, metrics, database.settings(), login, console.base(),
        translation, config.caches().limits());
  }
}
