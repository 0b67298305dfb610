package io.alita.domain.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ReactionsStore} does, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class ReactionsStoreContract {

  protected static final SeenChat CHAT = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Reacting", null);
  protected static final SeenChat OTHER_CHAT = new SeenChat(ChatId.of(-1002), ChatKind.SUPERGROUP, "Other", null);

  protected abstract ReactionsStore store();

  @Test
  void aChatThatNeverSetOneHasNone() {
    assertEquals(List.of(), store().reactions(CHAT.id()));
    assertEquals(0, store().removeAll(CHAT.id()));
    assertFalse(store().remove(CHAT.id(), "hello"));
  }

  @Test
  void reactionsReadBackSortedByKeywordAndOnlyInTheirChat() {
    assertTrue(store().put(CHAT, new Reaction("zebra", "🦄")));
    assertTrue(store().put(CHAT, new Reaction("apple", "🍓")));
    assertTrue(store().put(CHAT, new Reaction("fire", "❤\u200D🔥")));

    assertEquals(List.of(new Reaction("apple", "🍓"), new Reaction("fire", "❤\u200D🔥"), new Reaction("zebra", "🦄")),
        store().reactions(CHAT.id()));
    assertEquals(List.of(), store().reactions(OTHER_CHAT.id()));
  }

  @Test
  void aKeywordHasOneEmojiAndPuttingItAgainReplacesIt() {
    assertTrue(store().put(CHAT, new Reaction("hello", "👍")));
    assertFalse(store().put(CHAT, new Reaction("hello", "🎉")));

    assertEquals(List.of(new Reaction("hello", "🎉")), store().reactions(CHAT.id()));
  }

  @Test
  void removingOneKeepsTheOthersAndRemovingAllSaysHowMany() {
    store().put(CHAT, new Reaction("a", "👍"));
    store().put(CHAT, new Reaction("b", "👎"));
    store().put(CHAT, new Reaction("c", "🔥"));
    store().put(OTHER_CHAT, new Reaction("a", "👍"));

    assertTrue(store().remove(CHAT.id(), "b"));
    assertFalse(store().remove(CHAT.id(), "b"));
    assertEquals(List.of(new Reaction("a", "👍"), new Reaction("c", "🔥")), store().reactions(CHAT.id()));

    assertEquals(2, store().removeAll(CHAT.id()));
    assertEquals(List.of(), store().reactions(CHAT.id()));
    assertEquals(1, store().reactions(OTHER_CHAT.id()).size());
  }
}
