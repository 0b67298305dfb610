package io.alita.app.sandbox;

import io.alita.app.BotAssembly;
import io.alita.app.Stores;
import io.alita.domain.console.ConsoleAccess;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.devs.BotTeam;
import io.alita.domain.model.UserId;
import io.alita.domain.sandbox.Persona;
import io.alita.postgres.console.MyBatisConsoleStores;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The worker's modules wired as the app wires them (the app's session factory and stores, {@code /console} included
 * although the sandbox never simulates a private chat), on a migrated test database: what the sandbox tests and
 * {@link OriginalCommandsTest} share.
 */
final class SandboxFixture {

  final TestDatabase.Coordinates db;
  final Sessions sessions;
  final Stores stores;
  final BotAssembly assembly;
  final SandboxSimulator sandbox;

  private SandboxFixture(TestDatabase.Coordinates db) {
    this.db = db;
    SqlSessionFactory factory = MyBatis.sessionFactory(db.dataSource());
    sessions = new Sessions(factory);
    stores = Stores.on(sessions, factory);
    Clock clock = Clock.systemUTC();
    MyBatisConsoleStores consoleStores = stores.console();
    ConsoleAccess access = new ConsoleAccess(UserId.of(0), new BotTeam(UserId.of(0), stores.team()),
        consoleStores, new SimulatedChatQueries(SandboxSimulator.PLACEHOLDER_BOT.id(), UserId.of(1), Persona.MEMBER));
    ConsoleLogin login = new ConsoleLogin(consoleStores, consoleStores, access, clock, new SecureRandom(),
        Duration.ofHours(1));
    assembly = new BotAssembly(stores, Optional.empty(), login, "https://console.example", clock);
    sandbox = new SandboxSimulator(sessions, stores.transactions(), stores.knownChats(), assembly,
        SandboxSimulator.PLACEHOLDER_BOT, clock);
  }

  /** On a freshly migrated database. */
  static SandboxFixture migrated() {
    return new SandboxFixture(TestDatabase.migrated());
  }
}
