package io.alita.domain.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lock use case as the console calls it: the words /lock and /unlock take (LocksModuleTest covers the commands,
 * which go through it); a refusal commits nothing.
 */
class LockChangeTest {

  private static final ChatId CHAT = ChatId.of(-1001234567890L);

  private final InMemoryLockStore store = new InMemoryLockStore();
  private final LockChange change = new LockChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();

  @Test
  void typesAreLockedAndUnlockedLeavingTheOthers() {
    ChangeOutcome locked = change.lock(CHAT, "sticker URL", console);
    assertTrue(locked.applied(), locked.html());
    assertEquals(EnumSet.of(LockType.STICKER, LockType.URL), store.locked(CHAT));
    assertTrue(locked.text().startsWith("Locked: "), locked.text());
    ChangeOutcome unlocked = change.unlock(CHAT, "url", console);
    assertTrue(unlocked.applied());
    assertEquals(Set.of(LockType.STICKER), store.locked(CHAT));
    assertEquals("Unlocked: url.", unlocked.text());
    assertEquals(2, console.commits());
  }

  @Test
  void unknownWordsAreNamedAndOnlyKnownTypesChange() {
    ChangeOutcome outcome = change.lock(CHAT, "sticker <b>nonsense</b>", console);
    assertTrue(outcome.applied());
    assertEquals(Set.of(LockType.STICKER), store.locked(CHAT));
    assertTrue(outcome.html().contains("&lt;b&gt;nonsense&lt;/b&gt;"), "escaped: " + outcome.html());
  }

  @Test
  void nothingKnownOrNothingTypedIsRefused() {
    assertTrue(change.lock(CHAT, "nonsense", console).refused());
    assertTrue(change.lock(CHAT, "  ", console).refused());
    assertTrue(change.unlock(CHAT, null, console).refused());
    assertEquals(0, console.commits());
    assertTrue(store.locked(CHAT).isEmpty());
  }
}
