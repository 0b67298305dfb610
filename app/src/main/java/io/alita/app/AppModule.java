package io.alita.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.alita.app.config.AppConfig;
import io.alita.app.config.MetricsToken;
import io.alita.domain.audit.AuditTrail;
import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.operations.CheckHealth;
import io.alita.domain.operations.DatabaseStatusPort;
import io.alita.domain.sandbox.Sandbox;
import io.alita.app.sandbox.SandboxSimulator;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.SeenStore;
import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.admin.AdminSettingsMapper;
import io.alita.postgres.antiflood.FloodSettingsMapper;
import io.alita.postgres.antiraid.RaidMapper;
import io.alita.postgres.approvals.ApprovalMapper;
import io.alita.postgres.audit.AuditMapper;
import io.alita.postgres.audit.MyBatisAuditTrail;
import io.alita.postgres.audit.MyBatisChanges;
import io.alita.postgres.blacklists.BlacklistMapper;
import io.alita.postgres.captcha.CaptchaMapper;
import io.alita.postgres.console.ChatDirectoryMapper;
import io.alita.postgres.console.MyBatisChatDirectory;
import io.alita.postgres.locks.LockMapper;
import io.alita.postgres.admin.UserNameMapper;
import io.alita.postgres.devs.DevReportsMapper;
import io.alita.postgres.devs.TeamMapper;
import io.alita.postgres.misc.UserProfileMapper;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.rules.RulesMapper;
import io.alita.postgres.transaction.ProcessedUpdateMapper;
import io.alita.postgres.warns.WarnMapper;
import java.time.Clock;
import io.alita.postgres.operations.PostgresDatabaseStatus;
import io.alita.postgres.tracking.MyBatisSeenStore;
import io.alita.postgres.tracking.MyBatisUserDirectory;
import io.alita.postgres.tracking.SeenMapper;
import com.google.inject.name.Named;
import io.alita.domain.console.ConsoleAccess;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.devs.BotTeam;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatQueries;
import io.alita.postgres.console.ConsoleMapper;
import io.alita.postgres.console.MyBatisConsoleStores;
import io.alita.postgres.devs.MyBatisTeamStore;
import io.alita.telegram.action.TelegramChatQueries;
import io.alita.telegram.client.BotApiServer;
import io.alita.telegram.send.OutboundRateLimiter;
import io.alita.domain.blacklists.BlacklistEdit;
import io.alita.domain.captcha.CaptchaSettingsChange;
import io.alita.domain.i18n.Messages;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.rules.RulesEdit;
import io.alita.domain.rules.RulesView;
import io.alita.domain.warns.WarnSettingsChange;
import io.alita.postgres.admin.MyBatisUserNames;
import io.alita.postgres.antiflood.MyBatisFloodSettingsStore;
import io.alita.postgres.approvals.MyBatisApprovalStore;
import io.alita.postgres.blacklists.MyBatisBlacklistStore;
import io.alita.postgres.captcha.MyBatisCaptchaStore;
import io.alita.postgres.locks.MyBatisLockStore;
import io.alita.postgres.rules.MyBatisRulesStore;
import io.alita.postgres.warns.MyBatisWarnStore;
import io.alita.web.ConsoleRoutes;
import io.alita.web.chats.ChatPages;
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
    return MyBatis.sessionFactory(dataSource, List.of(SeenMapper.class, ProcessedUpdateMapper.class,
        AdminSettingsMapper.class, UserNameMapper.class, TeamMapper.class, DevReportsMapper.class, RulesMapper.class,
        UserProfileMapper.class, WarnMapper.class, LockMapper.class, ApprovalMapper.class,
        FloodSettingsMapper.class, RaidMapper.class, BlacklistMapper.class, CaptchaMapper.class,
        ConsoleMapper.class, AuditMapper.class, ChatDirectoryMapper.class));
  }

  @Provides
  @Singleton
  Sessions sessions(SqlSessionFactory factory) {
    return new Sessions(factory);
  }

  @Provides
  @Singleton
  SeenStore seenStore(SqlSessionFactory sessions) {
    return new MyBatisSeenStore(sessions);
  }

  @Provides
  @Singleton
  UserDirectory userDirectory(SqlSessionFactory sessions) {
    return new MyBatisUserDirectory(sessions);
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
  MyBatisConsoleStores consoleStores(Sessions sessions) {
    return new MyBatisConsoleStores(sessions);
  }

  /**
   * Telegram as the console asks it (is this user an admin there?). Without a bot token nobody can be asked: group
   * admins are then refused at login, and the owner's and team's access does not depend on Telegram.
   */
  @Provides
  @Singleton
  @Named("console")
  ChatQueries consoleTelegram() {
    return config.telegram().botToken()
        .<ChatQueries>map(token -> new TelegramChatQueries(
            BotApiServer.client(token.value(), config.telegram().apiServer()), OutboundRateLimiter.withTelegramDefaults()))
        .orElseGet(NoTelegram::new);
  }

  // ---------------------------------------------------------------------------------------- console ports (issue 5)

  @Provides
  @Singleton
  Changes changes(Sessions sessions) {
    return new MyBatisChanges(sessions);
  }

  @Provides
  @Singleton
  AuditTrail auditTrail(Sessions sessions) {
    return new MyBatisAuditTrail(sessions);
  }

  @Provides
  @Singleton
  ChatDirectory chatDirectory(Sessions sessions) {
    return new MyBatisChatDirectory(sessions);
  }

  @Provides
  @Singleton
  ConsoleAccess consoleAccess(MyBatisConsoleStores stores, Sessions sessions, @Named("console") ChatQueries telegram) {
    UserId owner = config.telegram().ownerId().orElse(UserId.of(0));
    return new ConsoleAccess(owner, new BotTeam(owner, new MyBatisTeamStore(sessions)), stores, telegram);
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
      ChatPages chatPages) {
    if (!role.servesConsole()) {
      return Optional.empty();
    }
    LoginRoutes loginRoutes = new LoginRoutes(login, settings, new LoginThrottle(clock),
        config.console().sessionLifetime(), telegramLoginWidget());
    return Optional.of(new ConsoleRoutes(health, Version.current(), guard, loginRoutes, List.of(chatPages,
        new AuditPage(audit, new ChatPicker(chats)),
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
  ChatPages chatPages(Sessions sessions, ChatDirectory directory, Changes changes, ConsoleSettings console) {
    Messages messages = Messages.english();
    MyBatisCaptchaStore captcha = new MyBatisCaptchaStore(sessions);
    MyBatisWarnStore warns = new MyBatisWarnStore(sessions);
    MyBatisBlacklistStore blacklists = new MyBatisBlacklistStore(sessions);
    MyBatisRulesStore rules = new MyBatisRulesStore(sessions);
    RulesView rulesView = new RulesView(new BotIdentity(UserId.of(1L << 52),
        config.console().botUsername().orElse("your_bot")), new SecureRandom());
    return new ChatPages(new ChatPorts(directory, changes,
        new CaptchaSettingsChange(captcha, messages), new WarnSettingsChange(warns, messages),
        new BlacklistEdit(blacklists, messages), new RulesEdit(rules, rulesView, messages),
        captcha, warns, warns, blacklists, rules, new MyBatisLockStore(sessions),
        new MyBatisFloodSettingsStore(sessions), new MyBatisApprovalStore(sessions), new MyBatisUserNames(sessions),
        messages), console.https());
  }

  /** The console's sandbox: the worker's modules, run on a rolled-back transaction with nothing sent. */
  @Provides
  @Singleton
  Sandbox sandbox(Sessions sessions, UserDirectory directory, ConsoleLogin login, ConsoleSettings console) {
    BotAssembly assembly = new BotAssembly(sessions, directory, config.telegram().ownerId(), login, console.base(),
        clock);
    return new SandboxSimulator(sessions, assembly, SandboxSimulator.PLACEHOLDER_BOT, clock);
  }

  @Provides
  @Singleton
  Worker worker(Sessions sessions, SeenStore seenStore, UserDirectory directory, MetricsRegistry metrics,
      ConsoleLogin login, ConsoleSettings console) {
    return new Worker(config.telegram(), sessions, seenStore, directory, clock, metrics, database.settings(), login,
        console.base());
  }
}
