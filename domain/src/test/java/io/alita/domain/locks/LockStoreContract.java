package io.alita.domain.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LockStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class LockStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);

  protected abstract LockStore store();

  @Test
  void aChatThatLockedNothingHasNoLocks() {
    assertEquals(Set.of(), store().locked(CHAT));
  }

  @Test
  void lockedTypesComeBack() {
    store().set(CHAT, EnumSet.of(LockType.STICKER, LockType.URL), true);

    assertEquals(EnumSet.of(LockType.STICKER, LockType.URL), store().locked(CHAT));
  }

  @Test
  void everyTypeCanBeLockedAndUnlocked() {
    store().set(CHAT, EnumSet.allOf(LockType.class), true);
    assertEquals(EnumSet.allOf(LockType.class), store().locked(CHAT));

    store().set(CHAT, EnumSet.allOf(LockType.class), false);
    assertEquals(Set.of(), store().locked(CHAT));
  }

  @Test
  void unlockingLeavesTheOtherLocksAlone() {
    store().set(CHAT, EnumSet.of(LockType.STICKER, LockType.GIF, LockType.RTL), true);

    store().set(CHAT, EnumSet.of(LockType.GIF), false);

    assertEquals(EnumSet.of(LockType.STICKER, LockType.RTL), store().locked(CHAT));
  }

  @Test
  void lockingAgainChangesNothingAndAddsTheNewTypes() {
    store().set(CHAT, EnumSet.of(LockType.STICKER), true);

    store().set(CHAT, EnumSet.of(LockType.STICKER, LockType.PHOTO), true);

    assertEquals(EnumSet.of(LockType.STICKER, LockType.PHOTO), store().locked(CHAT));
  }

  @Test
  void unlockingWhatWasNeverLockedIsHarmless() {
    store().set(CHAT, EnumSet.of(LockType.BOTS), false);

    assertEquals(Set.of(), store().locked(CHAT));
  }

  @Test
  void locksBelongToOneChat() {
    store().set(CHAT, EnumSet.of(LockType.ALL), true);
    store().set(OTHER_CHAT, EnumSet.of(LockType.VOICE), true);

    store().set(OTHER_CHAT, EnumSet.of(LockType.ALL), false);

    assertEquals(EnumSet.of(LockType.ALL), store().locked(CHAT));
    assertEquals(EnumSet.of(LockType.VOICE), store().locked(OTHER_CHAT));
  }
}
