package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
 * The console's sandbox shows the reply a filter would send, text or file, through the worker's own modules on a
 * rolled-back transaction: set up as {@link SandboxSimulatorTest} is.
 */
class SandboxFiltersTest {

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
  void aTriggerTypedInTheSandboxShowsTheFiltersReplyWithFillings() {
    ChatId chat = group(-1001000000201L);
    db.execute("INSERT INTO filters (chat_id, keyword, filter_reply, filter_buttons) VALUES (" + chat.value()
        + ", 'good morning', 'Morning, *{first}*! Welcome to {chatname}.', "
        + "'[{\"name\":\"Site\",\"url\":\"https://example.com\",\"btn_sameline\":false}]')");

    assertEquals(List.of("Reply to the message: “Morning, Sandbox! Welcome to Group -1001000000201.” [buttons: Site]"),
        decisions(SandboxRequest.once(chat, Persona.MEMBER, "Good MORNING all")));
    assertEquals(List.of(), decisions(SandboxRequest.once(chat, Persona.MEMBER, "good evening")));
  }

  @Test
  void aStickerFilterShowsTheSticker() {
    ChatId chat = group(-1001000000202L);
    db.execute("INSERT INTO filters (chat_id, keyword, msgtype, fileid) VALUES (" + chat.value()
        + ", 'cat', 2, 'CAACAgIAAxkB')");

    assertEquals(List.of("Reply to the message with a sticker (file CAACAgIAAxkB)"),
        decisions(SandboxRequest.once(chat, Persona.MEMBER, "my cat")));
  }

  @Test
  void aFilterSetInTheSandboxIsSavedThereAndKeptNowhere() {
    ChatId chat = group(-1001000000203L);

    assertEquals(List.of("Reply to the message: “Saved the filter hi.”"),
        decisions(SandboxRequest.once(chat, Persona.ADMIN, "/filter hi hello")));
    assertEquals("0", db.text("SELECT count(*) FROM filters WHERE chat_id = " + chat.value()));
  }
}
