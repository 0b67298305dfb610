package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.alita.domain.model.ChatId;
import io.alita.domain.sandbox.Persona;
import io.alita.domain.sandbox.SandboxRequest;
import io.alita.domain.sandbox.SandboxResult;
import io.alita.postgres.testing.TestDatabase;
import java.util.List;
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
