package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.BotAssembly;
import io.alita.app.Stores;
import io.alita.domain.console.ConsoleAccess;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.devs.BotTeam;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.sandbox.Persona;
import io.alita.domain.sandbox.SandboxRequest;
import io.alita.domain.sandbox.SandboxResult;
import io.alita.postgres.console.MyBatisConsoleStores;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's sandbox shows the note {@code #name} would send, with its fillings, through the worker's own modules
 * on a rolled-back transaction: set up as {@link SandboxFiltersTest} is.
 */
class SandboxNotesTest {

  private static TestDatabase.Coordinates db;
  private static SandboxSimulator sandbox;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.migrated();
    SqlSessionFactory factory = MyBatis.sessionFactory(db.dataSource());
    Sessions sessions = new Sessions(factory);
    Stores stores = Stores.on(sessions, factory);
    Clock clock = Clock.systemUTC();
    MyBatisConsoleStores consoleStores = stores.console();
    ConsoleAccess access = new ConsoleAccess(UserId.of(0), new BotTeam(UserId.of(0), stores.team()),
        consoleStores, new SimulatedChatQueries(SandboxSimulator.PLACEHOLDER_BOT.id(), UserId.of(1), Persona.MEMBER));
    ConsoleLogin login = new ConsoleLogin(consoleStores, consoleStores, access, clock, new SecureRandom(),
        Duration.ofHours(1));
    BotAssembly assembly = new BotAssembly(stores, Optional.empty(), login, "https://console.example", clock);
    sandbox = new SandboxSimulator(sessions, stores.transactions(), stores.knownChats(), assembly,
        SandboxSimulator.PLACEHOLDER_BOT, clock);
  }

  private static ChatId group(long id) {
    db.execute("INSERT INTO chats (chat_id, chat_name, chat_type) VALUES (" + id + ", 'Group " + id
        + "', 'supergroup')");
    return ChatId.of(id);
  }

  private static List<String> decisions(SandboxRequest request) {
    SandboxResult result = sandbox.simulate(request);
    return assertInstanceOf(SandboxResult.Simulated.class, result, result.toString()).decisions();
  }

  @Test
  void aHashtagTypedInTheSandboxShowsTheNotesReplyWithFillings() {
    ChatId chat = group(-1001000000211L);
    db.execute("INSERT INTO notes (chat_id, note_name, note_content) VALUES (" + chat.value()
        + ", 'rules', 'Be kind, *{first}*, in {chatname}.')");

    assertEquals(List.of("Reply to the message: \u201cBe kind, Sandbox, in Group -1001000000211.\u201d"),
        decisions(SandboxRequest.once(chat, Persona.MEMBER, "#RULES")));
    assertEquals(List.of(), decisions(SandboxRequest.once(chat, Persona.MEMBER, "#nothing")));
  }

  @Test
  void aNoteSavedInTheSandboxIsSavedThereAndKeptNowhere() {
    ChatId chat = group(-1001000000212L);

    List<String> saved = decisions(SandboxRequest.once(chat, Persona.ADMIN, "/save hi hello {first}"));
    assertEquals(1, saved.size(), saved.toString());
    assertTrue(saved.get(0).contains("Saved note #hi."), saved.toString());
    assertEquals("0", db.text("SELECT count(*) FROM notes WHERE chat_id = " + chat.value()));
  }
}
