package io.alita.telegram.send;

import static io.alita.telegram.send.CallCategory.MESSAGE;
import static io.alita.telegram.send.CallCategory.NON_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The limiter on a fake clock: every wait is computed, none is slept, so timings are exact. */
class OutboundRateLimiterTest {

  private static final ChatId PRIVATE_CHAT = ChatId.of(42);
  private static final ChatId GROUP = ChatId.of(-1001234567890L);
  private static final ChatId OTHER_GROUP = ChatId.of(-1009876543210L);

  private final FakeTime time = new FakeTime();
  private OutboundRateLimiter limiter = limiter(RateLimits.telegramDefaults());

  private OutboundRateLimiter limiter(RateLimits limits) {
    return new OutboundRateLimiter(limits, TelegramErrorClassifier.standard(), time, time);
  }

  /** Makes one call and returns when (since the test began) it was executed. */
  private Duration callAt(CallCategory category, ChatId chat) throws Exception {
    return limiter.call(category, chat, time::elapsed);
  }

  @Test
  void thirtyFirstCallInOneSecondWaits() throws Exception {
    for (int i = 0; i < 30; i++) {
      assertEquals(Duration.ZERO, callAt(NON_MESSAGE, null), "call " + (i + 1));
    }

    Duration thirtyFirst = callAt(NON_MESSAGE, null);

    assertEquals(Duration.ofNanos(33_333_333), thirtyFirst, "one token every 1/30 s once the burst is spent");
    assertEquals(List.of(thirtyFirst), time.sleeps(), "a single computed sleep, no polling");
  }

  @Test
  void sameChatGetsABurstOfThreeThenOneMessagePerSecond() throws Exception {
    List<Duration> times = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      times.add(callAt(MESSAGE, PRIVATE_CHAT));
    }

    assertEquals(List.of(seconds(0), seconds(0), seconds(0), seconds(1), seconds(2), seconds(3)), times);
  }

  @Test
  void groupGetsTwentyMessagesAMinuteAfterItsBurst() throws Exception {
    // A loose per-chat limit, so only the group bucket shapes the traffic.
    RateLimits defaults = RateLimits.telegramDefaults();
    limiter = limiter(new RateLimits(defaults.global(), new RateLimits.Rate(100, Duration.ofSeconds(1), 100),
        defaults.perGroup(), defaults.pauseMargin(), defaults.maxRetries(), Duration.ofMinutes(5)));
    List<Duration> times = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      times.add(callAt(MESSAGE, GROUP));
    }

    assertEquals(seconds(0), times.get(19), "the 20th goes out with the burst");
    assertEquals(seconds(3), times.get(20), "the 21st waits for the next token");
    assertEquals(seconds(60), times.get(39), "then 20 more in the next minute");
    assertEquals(seconds(63), times.get(40));
  }

  @Test
  void groupLimitOutlastsThePerChatLimitWithDefaults() throws Exception {
    limiter = limiter(RateLimits.telegramDefaults().withMaxWait(Duration.ofMinutes(5)));
    Duration sixtiethInGroup = Duration.ZERO;
    for (int i = 0; i < 60; i++) {
      sixtiethInGroup = callAt(MESSAGE, GROUP);
    }
    limiter = limiter(RateLimits.telegramDefaults().withMaxWait(Duration.ofMinutes(5)));
    Duration start = time.elapsed();
    Duration sixtiethInPrivate = Duration.ZERO;
    for (int i = 0; i < 60; i++) {
      sixtiethInPrivate = callAt(MESSAGE, PRIVATE_CHAT).minus(start);
    }

    assertEquals(seconds(120), sixtiethInGroup, "20 burst + 40 at one per 3 s");
    assertEquals(seconds(57), sixtiethInPrivate, "3 burst + 57 at one per second");
  }

  @Test
  void differentChatsDoNotBlockEachOtherBeyondTheGlobalLimit() throws Exception {
    for (int i = 0; i < 3; i++) {
      callAt(MESSAGE, GROUP);
    }
    AtomicReference<Duration> otherChat = new AtomicReference<>();
    time.duringNextSleep(() -> otherChat.set(unchecked(() -> callAt(MESSAGE, OTHER_GROUP))));

    Duration fourthInGroup = callAt(MESSAGE, GROUP);

    assertEquals(seconds(1), fourthInGroup);
    assertEquals(seconds(0), otherChat.get(), "went out while the first chat was waiting for its slot");
  }

  @Test
  void thirtyChatsShareTheGlobalBucket() throws Exception {
    for (int chat = 1; chat <= 30; chat++) {
      assertEquals(Duration.ZERO, callAt(MESSAGE, ChatId.of(chat)));
    }
    assertEquals(Duration.ofNanos(33_333_333), callAt(MESSAGE, ChatId.of(31)));
  }

  @Test
  void nonMessageCallsCountOnlyAgainstTheGlobalBucket() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ZERO, callAt(NON_MESSAGE, GROUP), "deletes and lookups are not chat messages");
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, callAt(MESSAGE, GROUP), "and they left the chat's message budget untouched");
    }
  }

  @Test
  void a429InAChatPausesThatChatOnlyThenTheCallSucceedsWithNothingLost() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<Duration> attemptTimes = new ArrayList<>();
    AtomicReference<Duration> otherChat = new AtomicReference<>();
    AtomicReference<Duration> noChat = new AtomicReference<>();
    AtomicReference<Duration> sameChat = new AtomicReference<>();

    String delivered = limiter.call(MESSAGE, GROUP, () -> {
      attemptTimes.add(time.elapsed());
      if (attempts.incrementAndGet() == 1) {
        // While the refused call waits out its chat's pause, others call.
        time.duringNextSleep(() -> {
          otherChat.set(unchecked(() -> callAt(MESSAGE, OTHER_GROUP)));
          noChat.set(unchecked(() -> callAt(NON_MESSAGE, null)));
          sameChat.set(unchecked(() -> callAt(MESSAGE, GROUP)));
        });
        throw TelegramErrors.tooManyRequests(2);
      }
      return "sent";
    });

    assertEquals("sent", delivered);
    assertEquals(2, attempts.get());
    assertEquals(List.of(seconds(0), Duration.ofMillis(2_100)), attemptTimes, "retried after retry_after + 0.1 s");
    assertEquals(seconds(0), otherChat.get(), "another chat's message went out during the pause");
    assertEquals(seconds(0), noChat.get(), "so did a call into no chat");
    assertEquals(Duration.ofMillis(2_100), sameChat.get(), "the flooded chat's next message waited it out");
    assertEquals(Duration.ZERO, limiter.pauseRemaining(), "nothing paused globally");
  }

  @Test
  void a429OnACallIntoNoChatPausesEverything() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    AtomicReference<Duration> otherCall = new AtomicReference<>();

    String answered = limiter.call(NON_MESSAGE, null, () -> {
      if (attempts.incrementAndGet() == 1) {
        time.duringNextSleep(() -> otherCall.set(unchecked(() -> callAt(MESSAGE, OTHER_GROUP))));
        throw TelegramErrors.tooManyRequests(2);
      }
      return "ok";
    });

    assertEquals("ok", answered);
    assertEquals(Duration.ofMillis(2_100), otherCall.get(), "the pause held back a call into a chat as well");
  }

  @Test
  void floodsInThreeChatsWithinASecondPauseEverything() {
    limiter = limiter(RateLimits.telegramDefaults().withMaxRetries(0));
    flood(ChatId.of(-1001), 5);
    time.sleep(Duration.ofMillis(400));
    flood(ChatId.of(-1002), 5);
    assertEquals(Duration.ZERO, limiter.pauseRemaining(), "two chats are still their own business");
    time.sleep(Duration.ofMillis(400));

    flood(ChatId.of(-1003), 5);

    assertEquals(Duration.ofMillis(5_100), limiter.pauseRemaining(), "the bot as a whole is over its limit");
    assertEquals(Duration.ofMillis(5_900), unchecked(() -> callAt(MESSAGE, ChatId.of(-1004))), "0.8 s + 5.1 s");
  }

  @Test
  void floodsInThreeChatsFurtherApartPauseOnlyThoseChats() throws Exception {
    limiter = limiter(RateLimits.telegramDefaults().withMaxRetries(0));
    flood(ChatId.of(-1001), 5);
    time.sleep(Duration.ofMillis(600));
    flood(ChatId.of(-1002), 5);
    time.sleep(Duration.ofMillis(600));

    flood(ChatId.of(-1003), 5);

    assertEquals(Duration.ZERO, limiter.pauseRemaining());
    assertEquals(Duration.ofMillis(5_100), limiter.pauseRemaining(ChatId.of(-1003)));
    Duration now = time.elapsed();
    assertEquals(now, callAt(MESSAGE, ChatId.of(-1004)), "another chat is not held back");
  }

  @Test
  void aCallIntoAPausedChatTakesNoPlaceInTheQueueEveryChatShares() throws Exception {
    limiter = limiter(RateLimits.telegramDefaults().withMaxRetries(0));
    flood(GROUP, 30);
    Duration start = time.elapsed();
    AtomicReference<Duration> otherChat = new AtomicReference<>();
    time.duringNextSleep(() -> otherChat.set(unchecked(() -> callAt(MESSAGE, OTHER_GROUP))));

    // A message into the paused chat waits out the pause...
    Duration messageInPausedChat = callAt(MESSAGE, GROUP);

    assertEquals(start.plus(Duration.ofMillis(30_100)), messageInPausedChat);
    // ...without a global slot reserved for its end, which would have held this one back nearly as long.
    assertEquals(start, otherChat.get());
  }

  @Test
  void aPauseOfAChatsMessagesDoesNotHoldItsDeletions() throws Exception {
    limiter = limiter(RateLimits.telegramDefaults().withMaxRetries(0));
    flood(GROUP, 30);
    Duration now = time.elapsed();

    assertEquals(now, callAt(NON_MESSAGE, GROUP), "spam is deleted while the chat's replies wait");
    assertEquals(Duration.ofMillis(30_100), limiter.pauseRemaining(GROUP));
  }

  @Test
  void aPauseOfAChatsDeletionsHoldsNeitherItsMessagesNorOtherChats() throws Exception {
    for (int i = 0; i < 3; i++) {
      callAt(MESSAGE, GROUP); // the chat's burst
    }
    // The 4th message waits a second for its chat's slot; meanwhile a deletion in the chat is answered 429.
    time.duringNextSleep(() -> {
      unchecked(() -> {
        try {
          limiter.call(NON_MESSAGE, GROUP, () -> {
            throw TelegramErrors.tooManyRequests(30);
          }, Duration.ZERO);
        } catch (RateLimitedException expected) {
          // with no time to wait, it gives up at once; the pause of deletions stands
        }
        return null;
      });
    });

    Duration fourth = callAt(MESSAGE, GROUP);

    assertEquals(seconds(1), fourth, "messages keep their own pace");
    assertEquals(seconds(1), callAt(MESSAGE, OTHER_GROUP), "another chat is not held back");
  }

  @Test
  void aPauseThatBeginsWhileACallerWaitsForItsSlotDelaysItToo() throws Exception {
    limiter = limiter(RateLimits.telegramDefaults().withMaxRetries(0));
    for (int i = 0; i < 30; i++) {
      callAt(NON_MESSAGE, null);
    }
    AtomicReference<Duration> floodedAt = new AtomicReference<>();
    // The 31st caller gets the slot at 33 ms; while it sleeps, another call is answered 429 retry_after=5.
    time.duringNextSleep(() -> assertThrows(RateLimitedException.class, () -> limiter.call(NON_MESSAGE, null, () -> {
      floodedAt.set(time.elapsed());
      throw TelegramErrors.tooManyRequests(5);
    })));

    Duration thirtyFirst = callAt(NON_MESSAGE, null);

    assertEquals(floodedAt.get().plusMillis(5_100), thirtyFirst, "its earlier slot was void; it queued behind the pause");
  }

  @Test
  void aCallRefusedAgainAndAgainWithAShortRetryAfterIsRetriedUntilItGoesThrough() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    Duration sentAt = limiter.call(MESSAGE, GROUP, () -> {
      if (attempts.incrementAndGet() <= 9) {
        throw TelegramErrors.tooManyRequests(1); // ten seconds of flood control, answered 1 s at a time
      }
      return time.elapsed();
    });

    assertEquals(10, attempts.get(), "nine 429s, then the call went through; nothing dropped");
    assertEquals(Duration.ofMillis(9 * 1_100), sentAt, "each retry after retry_after plus the margin");
  }

  @Test
  void aCallRefusedForLongerThanTheMinuteGivesUpWhenTheMinuteIsOver() {
    AtomicInteger attempts = new AtomicInteger();

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> limiter.call(MESSAGE, PRIVATE_CHAT, () -> {
      attempts.incrementAndGet();
      throw TelegramErrors.tooManyRequests(1);
    }));

    assertEquals(RateLimitedException.Kind.QUEUE_TIMEOUT, e.kind());
    assertTrue(time.elapsed().compareTo(Duration.ofMinutes(1)) <= 0, "given up within the minute: " + time.elapsed());
    assertTrue(attempts.get() > 40, "retried for the whole minute: " + attempts.get());
  }

  @Test
  void retryCapReachedIsAnError() {
    AtomicInteger attempts = new AtomicInteger();
    limiter = limiter(RateLimits.telegramDefaults().withMaxRetries(3));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> limiter.call(MESSAGE, GROUP, () -> {
      attempts.incrementAndGet();
      throw TelegramErrors.tooManyRequests(1);
    }));

    assertEquals(RateLimitedException.Kind.RETRIES_EXHAUSTED, e.kind());
    assertEquals(4, attempts.get(), "the first attempt and 3 retries");
    TelegramApiRequestException last = (TelegramApiRequestException) e.getCause();
    assertEquals(429, last.getErrorCode());
  }

  @Test
  void aCallThatCannotStartBeforeItsDeadlineFailsAtOnceAndIsNeverSent() throws Exception {
    limiter.pauseAll(Duration.ofSeconds(30));
    AtomicInteger executed = new AtomicInteger();

    RateLimitedException e = assertThrows(RateLimitedException.class,
        () -> limiter.call(MESSAGE, GROUP, executed::incrementAndGet, Duration.ofSeconds(10)));

    assertEquals(RateLimitedException.Kind.QUEUE_TIMEOUT, e.kind());
    assertEquals(0, executed.get());
    assertEquals(Duration.ZERO, time.elapsed(), "no pointless waiting");
    assertEquals(Duration.ofSeconds(30).plusMillis(100), callAt(NON_MESSAGE, null), "and took no slot");
  }

  @Test
  void expectedRefusalBecomesATypedQuietOutcomeWithoutRetry() {
    AtomicInteger attempts = new AtomicInteger();

    TelegramRefusal refusal = assertThrows(TelegramRefusal.class, () -> limiter.call(NON_MESSAGE, GROUP, () -> {
      attempts.incrementAndGet();
      throw TelegramErrors.error(400, "Bad Request: not enough rights to restrict/unrestrict chat member");
    }));

    assertEquals(RefusalReason.NOT_ENOUGH_RIGHTS, refusal.reason());
    assertEquals(400, refusal.errorCode());
    assertEquals("Bad Request: not enough rights to restrict/unrestrict chat member", refusal.description());
    assertEquals(1, attempts.get());
    assertEquals(Duration.ZERO, time.elapsed(), "a refusal does not pause anyone");
  }

  @Test
  void unexpectedFailuresPropagateUnchangedAndAreNotRetried() {
    TelegramApiRequestException serverError = TelegramErrors.error(500, "Internal Server Error");
    TelegramApiException networkError = new TelegramApiException("Unable to execute sendmessage method");
    AtomicInteger attempts = new AtomicInteger();

    assertSame(serverError, assertThrows(TelegramApiException.class, () -> limiter.call(MESSAGE, GROUP, () -> {
      attempts.incrementAndGet();
      throw serverError;
    })));
    assertSame(networkError, assertThrows(TelegramApiException.class, () -> limiter.call(MESSAGE, GROUP, () -> {
      attempts.incrementAndGet();
      throw networkError;
    })));
    assertEquals(2, attempts.get(), "an I/O failure may have sent the message already, so it is never repeated");
  }

  @Test
  void messageCallsMustNameTheirChat() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> callAt(MESSAGE, null));
    assertTrue(e.getMessage().contains("chat"));
  }

  /** A call into {@code chat} answered 429 {@code retry_after}; with no retries left it fails at once. */
  /** A message into {@code chat} answered 429. */
  private void flood(ChatId chat, int retryAfter) {
    assertThrows(RateLimitedException.class, () -> limiter.call(MESSAGE, chat, () -> {
      throw TelegramErrors.tooManyRequests(retryAfter);
    }));
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @FunctionalInterface
  private interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  private static <T> T unchecked(ThrowingSupplier<T> supplier) {
    try {
      return supplier.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
