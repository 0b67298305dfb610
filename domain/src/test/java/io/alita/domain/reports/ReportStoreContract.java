package io.alita.domain.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReportStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class ReportStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);
  protected static final UserId BOB = UserId.of(43);
  protected static final UserId EVE = UserId.of(44);

  protected abstract ReportStore store();

  @Test
  void reportsAreOnWithNobodyBlockedUntilSomethingIsSet() {
    assertEquals(ReportSettings.DEFAULT, store().chat(CHAT));
    assertTrue(store().userEnabled(BOB));
    assertEquals(Set.of(), store().optedOut(List.of(BOB, EVE)));
  }

  @Test
  void theChatSwitchIsKeptPerChat() {
    store().setChatEnabled(CHAT, false);

    assertFalse(store().chat(CHAT).enabled());
    assertTrue(store().chat(OTHER_CHAT).enabled());

    store().setChatEnabled(CHAT, true);
    assertTrue(store().chat(CHAT).enabled());
  }

  @Test
  void blockingAddsOnceAndUnblockingRemovesAndTheSwitchStays() {
    store().setChatEnabled(CHAT, false);
    store().block(CHAT, BOB);
    store().block(CHAT, BOB);
    store().block(CHAT, EVE);

    assertEquals(new ReportSettings(false, Set.of(BOB, EVE)), store().chat(CHAT));
    assertEquals(Set.of(), store().chat(OTHER_CHAT).blocked());

    store().unblock(CHAT, BOB);
    store().unblock(CHAT, BOB);

    assertEquals(new ReportSettings(false, Set.of(EVE)), store().chat(CHAT));
  }

  @Test
  void blockingInANewChatLeavesReportsOn() {
    store().block(CHAT, BOB);

    assertEquals(new ReportSettings(true, Set.of(BOB)), store().chat(CHAT));
  }

  @Test
  void unblockingInAChatWithoutSettingsChangesNothing() {
    store().unblock(CHAT, BOB);

    assertEquals(ReportSettings.DEFAULT, store().chat(CHAT));
  }

  @Test
  void aUserWhoTurnedReportsOffIsOptedOutUntilTheyTurnThemOn() {
    store().setUserEnabled(BOB, false);

    assertFalse(store().userEnabled(BOB));
    assertEquals(Set.of(BOB), store().optedOut(List.of(BOB, EVE)));
    assertEquals(Set.of(), store().optedOut(List.of()));

    store().setUserEnabled(BOB, true);
    assertTrue(store().userEnabled(BOB));
    assertEquals(Set.of(), store().optedOut(List.of(BOB, EVE)));
  }
}
