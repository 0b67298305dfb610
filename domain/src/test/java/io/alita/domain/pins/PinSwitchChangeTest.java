package io.alita.domain.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import org.junit.jupiter.api.Test;

/** The pin switches as the console calls them: the words /antichannelpin and /cleanlinked take; a refusal commits nothing. */
class PinSwitchChangeTest {

  private static final SeenChat CHAT = new SeenChat(ChatId.of(-1001234567890L), ChatKind.SUPERGROUP, "Engines", null);

  private final InMemoryPinsStore store = new InMemoryPinsStore();
  private final PinSwitchChange change = new PinSwitchChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();

  @Test
  void bothSwitchesGoOnAndOff() {
    ChangeOutcome on = change.antiChannelPin(CHAT, "YES", console);
    assertTrue(on.applied());
    assertEquals("Posts from the linked channel will be unpinned.", on.text());
    assertTrue(change.cleanLinked(CHAT, "on", console).applied());
    assertEquals(new PinSettings(true, true), store.settings(CHAT.id()));
    assertTrue(change.antiChannelPin(CHAT, "false", console).applied());
    assertEquals(new PinSettings(false, true), store.settings(CHAT.id()));
    assertEquals(3, console.commits());
  }

  @Test
  void anythingElseIsRefusedWithTheUsageAndWritesNothing() {
    ChangeOutcome refused = change.cleanLinked(CHAT, "<maybe>", console);
    assertTrue(refused.refused());
    assertEquals("I don't understand \"<maybe>\": use /cleanlinked on or /cleanlinked off.", refused.text());
    assertTrue(change.antiChannelPin(CHAT, "", console).refused());
    assertEquals(0, console.commits());
    assertEquals(PinSettings.DEFAULT, store.settings(CHAT.id()));
  }
}
