package io.alita.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.alita.app.config.AppConfig;
import io.alita.domain.audit.AuditTrail;
import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.operations.CheckHealth;
import io.alita.domain.operations.DatabaseStatusPort;
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
import io.alita.web.ConsoleRoutes;
import io.alita.web.HealthRoutes;
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
        AuditMapper.class, ChatDirectoryMapper.class));
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
  Optional<ConsoleRoutes> consoleRoutes(CheckHealth health) {
    return role.servesConsole() ? Optional.of(new ConsoleRoutes(health, Version.current())) : Optional.empty();
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
  Worker worker(Sessions sessions, SeenStore seenStore, UserDirectory directory) {
    return new Worker(config.telegram(), sessions, seenStore, directory, clock);
  }
}
