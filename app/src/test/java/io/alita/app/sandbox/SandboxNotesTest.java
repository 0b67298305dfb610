package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.sandbox.Persona;
import io.alita.domain.sandbox.SandboxRequest;
import io.alita.domain.sandbox.SandboxResult;
import io.alita.postgres.testing.TestDatabase;
import java.util.List;
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
