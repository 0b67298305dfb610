package io.alita.domain.tracking;

import static io.alita.domain.tracking.TestSeenFactory.T0;
import static io.alita.domain.tracking.TestSeenFactory.channel;
import static io.alita.domain.tracking.TestSeenFactory.member;
import static io.alita.domain.tracking.TestSeenFactory.supergroup;
import static io.alita.domain.tracking.TestSeenFactory.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ActivityTrackerTest {

  private static final SeenChat ENGINES = supergroup(-1001, "Engines");
  private static final SeenUser ADA = user(101, "Ada", "ada_l");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemorySeenStore store = new InMemorySeenStore(clock);
  private final ActivityTracker tracker = new ActivityTracker(store, clock);

  @Test
  void aFirstMessageIsQueuedAndWrittenOnlyByTheFlush() {
    tracker.observe(Sighting.of(ENGINES, ADA));

    assertEquals(List.of(), store.recorded(), "observing never writes");
    assertEquals(3, tracker.pendingRows());

    assertEquals(3, tracker.flush());
    SeenBatch written = store.recorded().get(0);
    assertEquals(List.of(new Stamped<>(ADA, T0)), written.users());
    assertEquals(List.of(new Stamped<>(ENGINES, T0)), written.chats());
    assertEquals(List.of(new Stamped<>(member(-1001, 101), T0)), written.memberships());
    assertEquals(0, tracker.pendingRows());
  }

  @Test
  void identicalMessagesWithinFiveMinutesWriteNothing() {
    tracker.observe(Sighting.of(ENGINES, ADA));
    tracker.flush();

    for (int second = 1; second < 300; second++) {
      clock.set(T0.plusSeconds(second));
      tracker.observe(Sighting.of(ENGINES, ADA));
      assertEquals(0, tracker.flush(), "message at +" + second + " s");
    }
    assertEquals(1, store.recorded().size());
  }

  @Test
  void fiveMinutesAfterTheLastWriteTheSameDataIsWrittenAgain() {
    tracker.observe(Sighting.of(ENGINES, ADA));
    tracker.flush();

    clock.set(T0.plus(Duration.ofMinutes(5)));
    tracker.observe(Sighting.of(ENGINES, ADA));

    assertEquals(3, tracker.flush());
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(5))),
        store.membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
    assertEquals(T0.plus(Duration.ofMinutes(5)), store.user(UserId.of(101)).orElseThrow().lastActivity());
  }

  @Test
  void aChangedNameIsWrittenAtOnceAndAloneWhileTheRestStaysThrottled() {
    tracker.observe(Sighting.of(ENGINES, ADA));
    tracker.flush();

    clock.advance(Duration.ofSeconds(30));
    SeenUser renamed = new SeenUser(UserId.of(101), "Ada", "King", "ada_l", false);
    tracker.observe(Sighting.of(ENGINES, renamed));

    assertEquals(1, tracker.flush());
    assertEquals(List.of(new Stamped<>(renamed, clock.instant())), store.recorded().get(1).users());
    assertEquals("Ada King", store.user(UserId.of(101)).orElseThrow().name());
  }

  @Test
  void aChangedUsernameOrChatTitleIsWrittenAtOnce() {
    tracker.observe(Sighting.of(ENGINES, ADA));
    tracker.flush();

    clock.advance(Duration.ofSeconds(10));
    tracker.observe(Sighting.of(supergroup(-1001, "Difference Engines"), user(101, "Ada", "countess")));

    assertEquals(2, tracker.flush());
    assertEquals("countess", store.user(UserId.of(101)).orElseThrow().username());
    assertEquals("Difference Engines", store.chat(ChatId.of(-1001)).orElseThrow().title());
  }

  @Test
  void severalChangesBetweenTwoFlushesMakeOneRowWithTheLatest() {
    tracker.observe(Sighting.of(ENGINES, user(101, "Ada", "a_one")));
    clock.advance(Duration.ofSeconds(1));
    tracker.observe(Sighting.of(ENGINES, user(101, "Ada", "a_two")));
    clock.advance(Duration.ofSeconds(1));
    tracker.observe(Sighting.of(ENGINES, user(101, "Ada", "a_three")));

    assertEquals(3, tracker.flush());
    assertEquals(List.of(new Stamped<>(user(101, "Ada", "a_three"), clock.instant())), store.recorded().get(0).users());
  }

  @Test
  void manyUsersInManyChatsAreEachWrittenOnce() {
    for (int round = 0; round < 3; round++) {
      for (int chat = 1; chat <= 20; chat++) {
        for (int u = 1; u <= 200; u++) {
          tracker.observe(Sighting.of(supergroup(-1000 - chat, "Chat " + chat), user(u, "User " + u, null)));
        }
      }
      clock.advance(Duration.ofSeconds(20));
      assertEquals(round == 0 ? 200 + 20 + 4000 : 0, tracker.flush(), "round " + round);
    }
    assertEquals(Optional.of(T0), store.membershipLastSeen(ChatId.of(-1020), UserId.of(200)));
  }

  @Test
  void theMemoryIsCappedAndAnEvictedKeyIsWrittenAgain() {
    ActivityTracker small = new ActivityTracker(store, clock, ActivityTracker.DEFAULT_REFRESH_INTERVAL, 10);
    small.observe(Sighting.of(ENGINES, ADA));
    small.flush();

    SeenChat crowd = supergroup(-1002, "Crowd");
    for (int u = 200; u < 220; u++) {
      small.observe(Sighting.of(crowd, user(u, "User " + u, null)));
    }
    small.flush();
    assertEquals(10, small.rememberedKeys());

    clock.advance(Duration.ofSeconds(5));
    small.observe(Sighting.of(ENGINES, ADA));
    assertEquals(3, small.flush(), "Ada, Engines and her membership were forgotten, so they are written again");
  }

  @Test
  void aLargeStripedMemoryHoldsItsCapacityAndNoMore() {
    int capacity = 4096; // large enough to be split into stripes, as the default is
    ActivityTracker striped = new ActivityTracker(store, clock, ActivityTracker.DEFAULT_REFRESH_INTERVAL, capacity);
    SeenChat crowd = supergroup(-1002, "Crowd");
    for (int u = 1; u <= 5_000; u++) {
      striped.observe(Sighting.of(crowd, user(u, "U", null)));
    }

    // 10,001 keys spread over the stripes fill every one of them: exactly the capacity is kept, no more and no less.
    assertEquals(capacity, striped.rememberedKeys());
    assertEquals(10_001, striped.flush(), "eviction forgets what was written, never what is queued");
  }

  @Test
  void aChannelPostRecordsTheChannelAsAChatAndAsAChannel() {
    SeenChat news = new SeenChat(ChatId.of(-1002001), ChatKind.CHANNEL, "News", "newsroom");
    tracker.observe(Sighting.channelPost(news));

    assertEquals(2, tracker.flush());
    assertEquals(ChatKind.CHANNEL, store.chat(ChatId.of(-1002001)).orElseThrow().kind());
    assertEquals("newsroom", store.channel(ChatId.of(-1002001)).orElseThrow().username());
  }

  @Test
  void theSenderChannelAndTheChannelForwardedFromAreRecorded() {
    tracker.observe(Sighting.of(ENGINES, ADA)
        .withSenderChat(channel(-1002001, "Linked", "linked_news"))
        .withForwardedFrom(channel(-1002002, "Elsewhere", null)));

    assertEquals(5, tracker.flush());
    assertEquals("linked_news", store.channel(ChatId.of(-1002001)).orElseThrow().username());
    assertEquals("Elsewhere", store.channel(ChatId.of(-1002002)).orElseThrow().title());
  }

  @Test
  void aGroupPostingAsItselfIsNotTakenForAChannel() {
    tracker.observe(Sighting.of(ENGINES, new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true))
        .withSenderChat(new SeenChannel(ChatId.of(-1001), "Engines", null)));

    tracker.flush();

    assertEquals(List.of(), store.recorded().get(0).channels());
  }

  @Test
  void anonymousAdminsAndLinkedChannelPostsMakeNoMembership() {
    tracker.observe(Sighting.of(ENGINES, new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true)));
    tracker.observe(Sighting.of(ENGINES, new SeenUser(UserId.TELEGRAM, "Telegram", null, null, false)));

    tracker.flush();

    assertEquals(List.of(), store.recorded().get(0).memberships());
  }

  @Test
  void aPrivateChatHasNoMembership() {
    tracker.observe(Sighting.of(new SeenChat(ChatId.of(101), ChatKind.PRIVATE, null, null), ADA));

    assertEquals(2, tracker.flush());
    assertEquals(List.of(), store.recorded().get(0).memberships());
  }

  @Test
  void aMemberWhoLeftIsForgottenAndWrittenAgainWhenTheyComeBack() {
    tracker.observe(Sighting.of(ENGINES, ADA));
    tracker.flush();

    tracker.memberLeft(ChatId.of(-1001), UserId.of(101));
    assertEquals(Optional.empty(), store.membershipLastSeen(ChatId.of(-1001), UserId.of(101)));

    clock.advance(Duration.ofSeconds(30));
    tracker.observe(Sighting.of(ENGINES, ADA));
    assertEquals(1, tracker.flush(), "only the membership: user and chat are still fresh");
    assertEquals(Optional.of(clock.instant()), store.membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
  }

  @Test
  void aMembershipQueuedBeforeTheMemberLeftIsNotWrittenAfterwards() {
    tracker.observe(Sighting.of(ENGINES, ADA));

    tracker.memberLeft(ChatId.of(-1001), UserId.of(101));
    tracker.flush();

    assertEquals(Optional.empty(), store.membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
    assertTrue(store.user(UserId.of(101)).isPresent());
  }

  @Test
  void aMigrationWritesWhatIsQueuedThenMovesTheChat() {
    SeenChat oldGroup = new SeenChat(ChatId.of(-501), ChatKind.GROUP, "Engines", null);
    tracker.observe(Sighting.of(oldGroup, ADA));

    tracker.chatMigrated(ChatId.of(-501), ChatId.of(-1001));

    assertEquals(Optional.empty(), store.chat(ChatId.of(-501)));
    assertEquals(ChatKind.SUPERGROUP, store.chat(ChatId.of(-1001)).orElseThrow().kind());
    assertEquals(Optional.of(T0), store.membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
  }

  @Test
  void aFailedFlushForgetsItsKeysSoTheNextSightingWritesThemAgain() {
    tracker.observe(Sighting.of(ENGINES, ADA));
    IllegalStateException down = new IllegalStateException("database down");
    store.failNextRecord(down);

    assertSame(down, assertThrows(IllegalStateException.class, tracker::flush));
    assertEquals(0, tracker.pendingRows());
    assertEquals(0, tracker.rememberedKeys());

    clock.advance(Duration.ofSeconds(5));
    tracker.observe(Sighting.of(ENGINES, ADA));
    assertEquals(3, tracker.flush());
    assertTrue(store.user(UserId.of(101)).isPresent());
  }

  @Test
  void nothingQueuedMeansTheStoreIsNotCalled() {
    assertEquals(0, tracker.flush());
    assertEquals(List.of(), store.recorded());
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ActivityTracker(store, clock, Duration.ZERO, 10));
    assertThrows(IllegalArgumentException.class, () -> new ActivityTracker(store, clock, Duration.ofMinutes(5), 0));
  }

  @Test
  void concurrentChatsAreTrackedInParallelAndEveryKeyIsWrittenExactlyOnce() throws Exception {
    int threads = 8;
    int users = 100;
    int chats = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<?> flusher = pool.submit(() -> {
        while (running.get()) {
          tracker.flush();
          Thread.sleep(1); // the worker flushes every few seconds; here as often as possible without starving the others
        }
        return null;
      });
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          ThreadLocalRandom random = ThreadLocalRandom.current();
          for (int i = 0; i < 5_000; i++) {
            int c = 1 + random.nextInt(chats);
            int u = 1 + random.nextInt(users);
            tracker.observe(Sighting.of(supergroup(-1000 - c, "Chat " + c), user(u, "User " + u, "user_" + u)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
      running.set(false);
      flusher.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    tracker.flush();

    Map<Object, Integer> writes = new HashMap<>();
    for (SeenBatch batch : store.recorded()) {
      batch.users().forEach(u -> writes.merge(u.value().id(), 1, Integer::sum));
      batch.chats().forEach(c -> writes.merge(c.value().id(), 1, Integer::sum));
      batch.memberships().forEach(m -> writes.merge(m.value(), 1, Integer::sum));
    }
    assertFalse(writes.isEmpty());
    writes.forEach((key, count) -> assertEquals(1, count, "writes of " + key));
    for (int u = 1; u <= users; u++) {
      assertEquals("user_" + u, store.user(UserId.of(u)).orElseThrow().username());
    }
    long memberships = writes.keySet().stream().filter(Membership.class::isInstance).count();
    assertTrue(memberships > users * chats * 9 / 10, "memberships " + memberships);
  }
}
