package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.sandbox.Persona;
import io.alita.domain.sandbox.SandboxRequest;
import io.alita.domain.sandbox.SandboxResult;
import io.alita.postgres.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox on a real PostgreSQL with the real modules: what the page would show for a chat's real settings, and a
 * database left exactly as it was. Nothing here can reach Telegram (see {@link SandboxIsolationTest}).
 */
class SandboxSimulatorTest {

  static final long USER = SandboxSimulator.SIMULATED_USER.id().value();

  private static TestDatabase.Coordinates db;
  private static SandboxSimulator sandbox;

  @BeforeAll
  static void setUp() {
    SandboxFixture fixture = SandboxFixture.migrated();
    db = fixture.db;
    sandbox = fixture.sandbox;
  }

  /** A supergroup the bot has seen, with nothing set up yet. */
  private static ChatId group(long id) {
    db.execute("INSERT INTO chats (chat_id, chat_name, chat_type) VALUES (" + id + ", 'Group " + id
        + "', 'supergroup')");
    return ChatId.of(id);
  }

  private static ChatId blacklistedCasino(long id) {
    ChatId chat = group(id);
    db.execute("INSERT INTO blacklist_settings (chat_id, action) VALUES (" + id + ", 'warn')");
    db.execute("INSERT INTO warns_settings (chat_id, warn_limit) VALUES (" + id + ", 3)");
    db.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + id + ", 'casino')");
    return chat;
  }

  /** Every row of every table, as one fingerprint: equal before and after means nothing persisted. */
  private static String everyRow() {
    List<String> tables = List.of(db.text("SELECT string_agg(table_name, ',' ORDER BY table_name) "
        + "FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'").split(","));
    StringBuilder all = new StringBuilder();
    for (String table : tables) {
      all.append(table).append('=').append(db.text("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
          + " FROM " + table + " AS t")).append('\n');
    }
    return all.toString();
  }

  private static SandboxResult.Simulated simulated(SandboxRequest request) {
    SandboxResult result = sandbox.simulate(request);
    return assertInstanceOf(SandboxResult.Simulated.class, result, result.toString());
  }

  @Test
  void aMembersBlacklistedWordIsDeletedAndWarnedOneOfThree() {
    ChatId chat = blacklistedCasino(-1001000000101L);
    String before = everyRow();

    SandboxResult.Simulated result = simulated(SandboxRequest.once(chat, Persona.MEMBER, "cheap CASINO chips"));

    assertEquals(1, result.steps().size());
    assertEquals("Sandbox User writes: “cheap CASINO chips”", result.steps().get(0).event());
    List<String> decisions = result.decisions();
    assertEquals("Delete the message", decisions.get(0));
    assertTrue(decisions.get(1).startsWith("Send a message: “Sandbox User has 1/3 warnings; be careful!"),
        decisions.get(1));
    assertTrue(decisions.get(1).contains("Reason: Blacklisted word: 'casino'"), decisions.get(1));
    assertTrue(decisions.get(1).endsWith("[buttons: Remove warn (admins only)]"), decisions.get(1));
    assertEquals(2, decisions.size(), decisions.toString());
    assertEquals(before, everyRow());
  }

  @Test
  void aMemberWithAWarnInTheDatabaseGetsTheirSecondAndTheCountStaysOne() {
    ChatId chat = blacklistedCasino(-1001000000102L);
    db.execute("INSERT INTO users (user_id, name) VALUES (" + USER + ", 'Sandbox User')");
    db.execute("INSERT INTO warns_users (chat_id, user_id, num_warns, reasons) VALUES (" + chat.value() + ", " + USER
        + ", 1, '[\"spam\"]')");
    String before = everyRow();

    SandboxResult.Simulated result = simulated(SandboxRequest.once(chat, Persona.MEMBER, "casino"));

    assertTrue(result.decisions().get(1).contains("has 2/3 warnings"), result.decisions().toString());
    assertEquals("1", db.text("SELECT num_warns FROM warns_users WHERE chat_id = " + chat.value()
        + " AND user_id = " + USER));
    assertEquals(before, everyRow());
  }

  @Test
  void anAdminWritingTheWordChangesNothing() {
    ChatId chat = blacklistedCasino(-1001000000103L);

    SandboxResult.Simulated result = simulated(SandboxRequest.once(chat, Persona.ADMIN, "casino"));

    assertTrue(result.nothingWouldHappen());
    assertEquals(List.of("Nothing would happen."), result.steps().get(0).decisions());
    assertFalse(result.steps().get(0).botActs());
  }

  @Test
  void aNewMemberOfACaptchaChatIsMutedAndChallengedAndCannotWriteMeanwhile() {
    ChatId chat = group(-1001000000104L);
    db.execute("INSERT INTO captcha_settings (chat_id, enabled, captcha_mode, timeout) VALUES (" + chat.value()
        + ", true, 'button', 5)");
    String before = everyRow();

    SandboxResult.Simulated result = simulated(new SandboxRequest(chat, Persona.NEW_MEMBER, "hello", 3));

    SandboxResult.Step join = result.steps().get(0);
    assertEquals("Sandbox User joins the chat", join.event());
    assertEquals("Mute Sandbox User", join.decisions().get(0));
    assertTrue(join.decisions().get(1).startsWith("Send a message: “Welcome"), join.decisions().toString());
    assertTrue(join.decisions().get(1).contains("5 minutes"), join.decisions().get(1));
    assertTrue(join.decisions().get(1).endsWith("]"), "the challenge has its button: " + join.decisions().get(1));
    assertEquals("Start a timer for 5m", join.decisions().get(2));
    assertEquals(1, result.steps().size(), "a muted member's messages never reach the chat: " + result);
    assertEquals(Optional.of("Sandbox User is muted now, so their remaining 3 message(s) would not reach the chat."),
        result.stoppedEarly());
    assertEquals("0", db.text("SELECT count(*) FROM captcha_attempts"));
    assertEquals(before, everyRow());
  }

  @Test
  void aCodeCaptchaIsSentAsAPictureWithItsOptions() {
    ChatId chat = group(-1001000000105L);
    db.execute("INSERT INTO captcha_settings (chat_id, enabled, captcha_mode, timeout) VALUES (" + chat.value()
        + ", true, 'text', 2)");

    SandboxResult.Simulated result = simulated(new SandboxRequest(chat, Persona.NEW_MEMBER, "", 1));

    assertEquals(1, result.steps().size(), "a new member who writes nothing only joins");
    List<String> decisions = result.steps().get(0).decisions();
    assertEquals("Mute Sandbox User", decisions.get(0));
    assertTrue(decisions.get(1).startsWith("Send a picture captioned “Welcome, Sandbox User!"), decisions.get(1));
    assertTrue(decisions.get(1).endsWith("| New challenge]"), decisions.get(1));
  }

  @Test
  void aNewMemberDuringARaidIsBannedForTheRaidActionTimeAndWritesNoMore() {
    ChatId chat = group(-1001000000112L);
    db.execute("INSERT INTO antiraid_settings (chat_id, raid_action_time_seconds, active_until) VALUES ("
        + chat.value() + ", 3600, now() + interval '1 hour')");

    SandboxResult.Simulated result = simulated(new SandboxRequest(chat, Persona.NEW_MEMBER, "hi", 2));

    assertEquals(List.of("Ban Sandbox User for 1h"), result.steps().get(0).decisions());
    assertEquals(Optional.of("Sandbox User is out of the chat now, so their remaining 2 message(s) would not reach "
        + "the chat."), result.stoppedEarly());
  }

  @Test
  void aMembersLinkInAUrlLockedChatIsDeleted() {
    ChatId chat = group(-1001000000106L);
    db.execute("INSERT INTO locks (chat_id, lock_type, locked) VALUES (" + chat.value() + ", 'url', true)");

    SandboxResult.Simulated link = simulated(SandboxRequest.once(chat, Persona.MEMBER, "buy at https://spam.example"));
    SandboxResult.Simulated bare = simulated(SandboxRequest.once(chat, Persona.MEMBER, "see spam.com/offer."));
    SandboxResult.Simulated plain = simulated(SandboxRequest.once(chat, Persona.MEMBER, "no link here"));

    assertEquals(List.of("Delete the message"), link.decisions());
    assertEquals(List.of("Delete the message"), bare.decisions());
    assertTrue(plain.nothingWouldHappen());
  }

  @Test
  void theFourthOfFiveMessagesFloodsALimitOfThree() {
    ChatId chat = group(-1001000000107L);
    db.execute("INSERT INTO antiflood_settings (chat_id, flood_limit, action, action_seconds) VALUES ("
        + chat.value() + ", 3, 'tmute', 600)");
    String before = everyRow();

    SandboxResult.Simulated result = simulated(new SandboxRequest(chat, Persona.MEMBER, "spam", 5));

    assertEquals(4, result.steps().size(), result.toString());
    assertEquals("Message 1 of 5 from Sandbox User: “spam”", result.steps().get(0).event());
    for (int i = 0; i < 3; i++) {
      assertFalse(result.steps().get(i).botActs(), "within the limit: " + result.steps().get(i));
    }
    List<String> flood = result.steps().get(3).decisions();
    assertEquals("Delete message 4", flood.get(0));
    assertEquals("Mute Sandbox User for 10m", flood.get(1));
    assertTrue(flood.get(2).startsWith("Send a message: “Yeah, I don't like your flooding. Sandbox User has been muted"
        + " for 10m."), flood.get(2));
    assertEquals(Optional.of("Sandbox User is muted now, so their remaining 1 message(s) would not reach the chat."),
        result.stoppedEarly());
    assertEquals(before, everyRow());
  }

  @Test
  void anAdminsCommandRunsOnTheRealSettingsAndIsForgotten() {
    ChatId chat = blacklistedCasino(-1001000000108L);
    String before = everyRow();

    SandboxResult.Simulated added = simulated(SandboxRequest.once(chat, Persona.ADMIN, "/addblacklist poker"));
    SandboxResult.Simulated listed = simulated(SandboxRequest.once(chat, Persona.MEMBER, "/blacklists"));

    assertTrue(added.decisions().get(0).startsWith("Reply to the message: “Added to the blacklist"),
        added.decisions().toString());
    assertTrue(listed.decisions().get(0).contains("casino"), listed.decisions().toString());
    assertFalse(listed.decisions().get(0).contains("poker"), "the first simulation's word is gone: " + listed);
    assertEquals(before, everyRow());
  }

  @Test
  void aChatTheBotNeverSawIsRejectedWithoutBeingCreated() {
    SandboxResult result = sandbox.simulate(SandboxRequest.once(ChatId.of(-1001000000199L), Persona.MEMBER, "hi"));

    assertEquals(new SandboxResult.Rejected("The bot has never seen the chat -1001000000199: pick a chat it is in."),
        result);
    assertEquals("0", db.text("SELECT count(*) FROM chats WHERE chat_id = -1001000000199"));
  }

  @Test
  void aPrivateChatIsNoPlaceForGroupRules() {
    db.execute("INSERT INTO chats (chat_id, chat_type) VALUES (4242, 'private')");

    SandboxResult result = sandbox.simulate(SandboxRequest.once(ChatId.of(4242), Persona.MEMBER, "hi"));

    assertEquals(new SandboxResult.Rejected(
        "The chat 4242 is a private chat: the sandbox tries messages in groups and supergroups only."), result);
  }

  @Test
  void repeatOutsideOneToTwentyAndAMissingTextAreRejected() {
    ChatId chat = group(-1001000000109L);

    assertEquals(new SandboxResult.Rejected("Send the message 1 to 20 times, not 0."),
        sandbox.simulate(new SandboxRequest(chat, Persona.MEMBER, "hi", 0)));
    assertEquals(new SandboxResult.Rejected("Send the message 1 to 20 times, not 99."),
        sandbox.simulate(new SandboxRequest(chat, Persona.MEMBER, "hi", 99)));
    assertEquals(new SandboxResult.Rejected("Write the message to try."),
        sandbox.simulate(new SandboxRequest(chat, Persona.ADMIN, "  ", 1)));
    assertEquals(new SandboxResult.Rejected("A message holds at most 4096 characters; this one has 4097."),
        sandbox.simulate(SandboxRequest.once(chat, Persona.MEMBER, "x".repeat(4097))));
  }

  @Test
  void simulationsRunningAtOnceEachSeeOnlyTheirOwnWarn() throws Exception {
    ChatId first = blacklistedCasino(-1001000000110L);
    ChatId second = blacklistedCasino(-1001000000111L);
    String before = everyRow();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SandboxResult>> running = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ChatId chat = i % 2 == 0 ? first : second;
        running.add(pool.submit((Callable<SandboxResult>) () ->
            sandbox.simulate(SandboxRequest.once(chat, Persona.MEMBER, "casino"))));
      }
      for (Future<SandboxResult> f : running) {
        SandboxResult.Simulated result = assertInstanceOf(SandboxResult.Simulated.class, f.get());
        assertTrue(result.decisions().get(1).contains("has 1/3 warnings"), result.toString());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before, everyRow());
  }
}
