package io.alita.domain.disabling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The disabling use case as the console calls it: the words /disable, /enable and /disabledel take. */
class DisableChangeTest {

  private static final ChatId CHAT = ChatId.of(-1001234567890L);

  private final InMemoryDisableStore store = new InMemoryDisableStore();
  private final DisableChange change = new DisableChange(store, Set.of("ban", "rules", "notes"), Messages.english());
  private final CountingCommit console = new CountingCommit();

  @Test
  void commandsAreDisabledAndEnabledAndTheOthersNamed() {
    ChangeOutcome disabled = change.disable(CHAT, "/rules, notes ban nosuch", console);
    assertTrue(disabled.applied(), disabled.html());
    assertEquals(Set.of("rules", "notes"), store.find(CHAT).commands());
    assertTrue(disabled.text().contains("Disabled for members: /notes, /rules."), disabled.text());
    assertTrue(disabled.text().contains("These commands cannot be disabled: /ban."), disabled.text());
    assertTrue(disabled.text().contains("I have no such commands: nosuch."), disabled.text());
    assertTrue(change.enable(CHAT, "notes", console).applied());
    assertEquals(Set.of("rules"), store.find(CHAT).commands());
  }

  @Test
  void nothingAcceptedIsRefusedAndWritesNothing() {
    assertTrue(change.disable(CHAT, "ban", console).refused());
    assertTrue(change.disable(CHAT, " ", console).refused());
    assertTrue(change.deleteCommands(CHAT, "maybe", console).refused());
    assertEquals(0, console.commits());
    assertEquals(DisabledCommands.NONE, store.find(CHAT));
  }

  @Test
  void deletingDisabledCommandsIsSwitched() {
    ChangeOutcome on = change.deleteCommands(CHAT, "on", console);
    assertEquals("A member's disabled command will now be deleted.", on.text());
    assertTrue(store.find(CHAT).deleteCommands());
  }
}
