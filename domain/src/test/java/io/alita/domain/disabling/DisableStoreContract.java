package io.alita.domain.disabling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DisableStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class DisableStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);

  protected abstract DisableStore store();

  @Test
  void aChatThatSetNothingHasNothingDisabled() {
    assertEquals(DisabledCommands.NONE, store().find(CHAT));
  }

  @Test
  void disabledCommandsComeBackAndOtherChatsAreUntouched() {
    store().disable(CHAT, Set.of("rules", "notes"));

    assertEquals(Set.of("notes", "rules"), store().find(CHAT).commands());
    assertEquals(Set.of(), store().find(OTHER_CHAT).commands());
  }

  @Test
  void disablingTwiceKeepsOneAndDisablingMoreAddsToThem() {
    store().disable(CHAT, Set.of("rules"));
    store().disable(CHAT, Set.of("rules", "id"));

    assertEquals(Set.of("id", "rules"), store().find(CHAT).commands());
  }

  @Test
  void enablingRemovesOnlyTheNamedOnes() {
    store().disable(CHAT, Set.of("rules", "notes", "id"));

    store().enable(CHAT, Set.of("notes", "filters"));

    assertEquals(Set.of("id", "rules"), store().find(CHAT).commands());
  }

  @Test
  void enablingInAChatWithoutSettingsChangesNothing() {
    store().enable(CHAT, Set.of("rules"));

    assertEquals(DisabledCommands.NONE, store().find(CHAT));
  }

  @Test
  void theDeleteSwitchIsKeptApartFromTheCommands() {
    store().setDeleteCommands(CHAT, true);
    assertTrue(store().find(CHAT).deleteCommands());
    assertEquals(Set.of(), store().find(CHAT).commands());

    store().disable(CHAT, Set.of("rules"));
    store().setDeleteCommands(CHAT, false);

    assertFalse(store().find(CHAT).deleteCommands());
    assertEquals(Set.of("rules"), store().find(CHAT).commands());
  }
}
