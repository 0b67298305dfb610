package io.alita.domain.warns;

import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WarnStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class WarnStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);
  protected static final UserId ADA = UserId.of(101);
  protected static final UserId BOB = UserId.of(102);

  protected abstract WarnStore store();

  private static WarnReason reason(String text) {
    return new WarnReason(text);
  }

  @Test
  void aChatThatChangedNothingHasTheDefaultsThreeAndMute() {
    assertEquals(new WarnSettings(new WarnLimit(3), PenaltyMode.MUTE, Optional.empty()), store().settings(CHAT));
  }

  @Test
  void settingTheLimitKeepsTheMode() {
    store().setMode(CHAT, PenaltyMode.TBAN, Optional.of(Duration.ofHours(6)));
    store().setLimit(CHAT, new WarnLimit(5));

    assertEquals(new WarnSettings(new WarnLimit(5), PenaltyMode.TBAN, Optional.of(Duration.ofHours(6))),
        store().settings(CHAT));
  }

  @Test
  void settingTheModeKeepsTheLimit() {
    store().setLimit(CHAT, new WarnLimit(100));
    store().setMode(CHAT, PenaltyMode.KICK, Optional.empty());

    assertEquals(new WarnSettings(new WarnLimit(100), PenaltyMode.KICK, Optional.empty()), store().settings(CHAT));
  }

  @Test
  void anUntimedModeDropsTheDurationOfATimedOne() {
    store().setMode(CHAT, PenaltyMode.TMUTE, Optional.of(Duration.ofDays(2)));
    store().setMode(CHAT, PenaltyMode.BAN, Optional.of(Duration.ofDays(2)));

    assertEquals(new WarnSettings(WarnLimit.DEFAULT, PenaltyMode.BAN, Optional.empty()), store().settings(CHAT));
  }

  @Test
  void aTimedModeWithoutADurationIsRefusedAndChangesNothing() {
    store().setMode(CHAT, PenaltyMode.KICK, Optional.empty());

    assertThrows(IllegalArgumentException.class, () -> store().setMode(CHAT, PenaltyMode.TMUTE, Optional.empty()));

    assertEquals(PenaltyMode.KICK, store().settings(CHAT).mode());
  }

  @Test
  void settingsOfOneChatLeaveAnotherAlone() {
    store().setLimit(CHAT, new WarnLimit(7));

    assertEquals(WarnSettings.DEFAULTS, store().settings(OTHER_CHAT));
  }

  @Test
  void warnsCountFromOneAndKeepTheirReasonsOldestFirst() {
    assertEquals(new WarnCount(1, List.of("spam")), store().addWarn(CHAT, ADA, reason("spam")));
    assertEquals(new WarnCount(2, List.of("spam", "flood")), store().addWarn(CHAT, ADA, reason("flood")));

    assertEquals(new WarnCount(2, List.of("spam", "flood")), store().warnsOf(CHAT, ADA));
  }

  @Test
  void reasonsComeBackExactlyAsStored() {
    String tricky = "\"quoted\" \\ back <b>&amp;</b> ünïcödé 🚀\nsecond line, [\"not\", \"json\"]";

    store().addWarn(CHAT, ADA, reason(tricky));

    assertEquals(List.of(tricky), store().warnsOf(CHAT, ADA).reasons());
  }

  @Test
  void warnsBelongToOneMemberOfOneChat() {
    store().addWarn(CHAT, ADA, reason("a"));
    store().addWarn(CHAT, ADA, reason("b"));

    assertEquals(WarnCount.NONE, store().warnsOf(CHAT, BOB));
    assertEquals(WarnCount.NONE, store().warnsOf(OTHER_CHAT, ADA));
    assertEquals(new WarnCount(1, List.of("c")), store().addWarn(OTHER_CHAT, ADA, reason("c")));
  }

  @Test
  void aMemberWithoutWarnsHasNone() {
    assertEquals(WarnCount.NONE, store().warnsOf(CHAT, ADA));
  }

  @Test
  void removingTheLatestWarnDropsTheNewestReason() {
    store().addWarn(CHAT, ADA, reason("first"));
    store().addWarn(CHAT, ADA, reason("second"));

    assertEquals(Optional.of(new WarnCount(1, List.of("first"))), store().removeLatest(CHAT, ADA));
    assertEquals(Optional.of(WarnCount.NONE), store().removeLatest(CHAT, ADA));
    assertEquals(WarnCount.NONE, store().warnsOf(CHAT, ADA));
  }

  @Test
  void removingFromAMemberWithoutWarnsRemovesNothing() {
    assertEquals(Optional.empty(), store().removeLatest(CHAT, ADA));

    store().addWarn(CHAT, ADA, reason("only"));
    store().removeLatest(CHAT, ADA);
    assertEquals(Optional.empty(), store().removeLatest(CHAT, ADA));
  }

  @Test
  void resetForgetsOneMembersWarnsAndSaysWhetherThereWereAny() {
    store().addWarn(CHAT, ADA, reason("a"));
    store().addWarn(CHAT, BOB, reason("b"));

    assertTrue(store().reset(CHAT, ADA));
    assertFalse(store().reset(CHAT, ADA));

    assertEquals(WarnCount.NONE, store().warnsOf(CHAT, ADA));
    assertEquals(1, store().warnsOf(CHAT, BOB).count());
  }

  @Test
  void aWarnAfterAResetCountsFromOneAgain() {
    store().addWarn(CHAT, ADA, reason("old"));
    store().addWarn(CHAT, ADA, reason("older"));
    store().reset(CHAT, ADA);

    assertEquals(new WarnCount(1, List.of("new")), store().addWarn(CHAT, ADA, reason("new")));
  }

  @Test
  void resetAllForgetsEveryWarnOfOneChatOnly() {
    store().addWarn(CHAT, ADA, reason("a"));
    store().addWarn(CHAT, BOB, reason("b"));
    store().addWarn(OTHER_CHAT, ADA, reason("c"));

    assertEquals(2, store().resetAll(CHAT));

    assertEquals(WarnCount.NONE, store().warnsOf(CHAT, ADA));
    assertEquals(WarnCount.NONE, store().warnsOf(CHAT, BOB));
    assertEquals(1, store().warnsOf(OTHER_CHAT, ADA).count());
    assertEquals(0, store().resetAll(CHAT));
  }

  @Test
  void warnsAddedAtTheSameTimeAreAllCounted() throws Exception {
    int parallel = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<WarnCount>> results = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        String why = "reason " + i;
        results.add(pool.submit(() -> {
          start.await();
          return store().addWarn(CHAT, ADA, reason(why));
        }));
      }
      start.countDown();
      var counts = new HashSet<Integer>();
      for (Future<WarnCount> f : results) {
        counts.add(f.get().count());
      }
      // every warn saw a different count: none was lost or counted twice
      assertEquals(parallel, counts.size());
    } finally {
      pool.shutdownNow();
    }
    WarnCount total = store().warnsOf(CHAT, ADA);
    assertEquals(parallel, total.count());
    assertEquals(parallel, new HashSet<>(total.reasons()).size());
  }
}
