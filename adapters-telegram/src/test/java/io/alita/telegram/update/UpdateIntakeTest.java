package io.alita.telegram.update;

import static io.alita.telegram.update.IntakeFixtures.NEVER_KEPT;
import static io.alita.telegram.update.IntakeFixtures.awaitTrue;
import static io.alita.telegram.update.IntakeFixtures.intake;
import static io.alita.telegram.update.IntakeFixtures.recording;
import static io.alita.telegram.update.IntakeFixtures.settings;
import static io.alita.telegram.update.IntakeFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Order, concurrency, repeats and closing of the intake (the inbox, retries and timers have tests of their own). */
class UpdateIntakeTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long CHAT_A = -1001000000001L;
  private static final long CHAT_B = -1001000000002L;

  private final List<String> processed = new CopyOnWriteArrayList<>();
  private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  private final ControlledActions actions = new ControlledActions();
  private UpdateIntake intake;

  @AfterEach
  void close() {
    if (intake != null) {
      intake.close(Duration.ofSeconds(5));
    }
  }

  /** Answers every message with a reply into its chat, recording what it decided. */
  private EventHandler answering() {
    return event -> {
      processed.add(text(event));
      return new Outcome.Handled(new Effects().add(reply(event.chatId(), text(event))));
    };
  }

  private static ChatAction reply(ChatId chat, String to) {
    return new ChatAction.Send(OutgoingMessage.to(chat, "re " + to));
  }

  private static boolean isReplyTo(ChatAction action, String to) {
    return action instanceof ChatAction.Send s && s.message().html().equals("re " + to);
  }

  @Test
  void updatesOfOneChatAreHandledInArrivalOrder() {
    // Actions finish later, on other threads: the lane goes on wherever the previous event's actions completed.
    ChatActionPort finishingLater = new ChatActionPort() {
      @Override
      public ActionResult execute(ChatAction action) {
        return executeLater(action).join();
      }

      @Override
      public CompletableFuture<ActionResult> executeLater(ChatAction action) {
        return CompletableFuture.supplyAsync(ActionResult.Done::new, CompletableFuture.delayedExecutor(
            ThreadLocalRandom.current().nextInt(3), TimeUnit.MILLISECONDS));
      }
    };
    intake = intake(answering(), finishingLater, inbox, settings(4, NEVER_KEPT));
    List<Update> batch = new ArrayList<>();
    List<String> expectedA = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      batch.add(TestUpdates.text(2 * i, CHAT_A, "a" + i));
      batch.add(TestUpdates.text(2 * i + 1, CHAT_B, "b" + i));
      expectedA.add("a" + i);
    }

    assertEquals(BatchOutcome.HANDLED, intake.accept(batch));

    assertEquals(expectedA, processed.stream().filter(t -> t.startsWith("a")).toList(),
        "one chat's updates in order, across a lane's turns and threads");
    assertEquals(60, processed.size());
  }

  @Test
  void differentChatsAreDecidedAtTheSameTime() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    AtomicInteger sawTheOther = new AtomicInteger();
    intake = intake(recording(update -> {
      bothStarted.countDown();
      // Only possible if the other chat's update is decided concurrently.
      if (await(bothStarted)) {
        sawTheOther.incrementAndGet();
      }
    }), actions, inbox, settings(2, NEVER_KEPT));

    intake.accept(List.of(TestUpdates.text(1, CHAT_A, "a"), TestUpdates.text(2, CHAT_B, "b")));

    assertEquals(2, sawTheOther.get());
  }

  @Test
  void aChatWaitingForItsActionsDoesNotDelayAnotherChatEvenWithOneWorker() throws Exception {
    actions.hold(ChatId.of(CHAT_A));
    intake = intake(answering(), actions, inbox, settings(1, NEVER_KEPT));

    CompletableFuture<BatchOutcome> batch = CompletableFuture.supplyAsync(() -> intake.accept(List.of(
        TestUpdates.text(1, CHAT_A, "a1"), TestUpdates.text(2, CHAT_A, "a2"), TestUpdates.text(3, CHAT_B, "b1"))));

    // The one worker thread is free while a1's reply waits: b1 is decided and answered meanwhile.
    actions.awaitFinished(a -> isReplyTo(a, "b1"), WAIT);
    assertEquals(List.of("a1", "b1"), processed, "a2 waits behind a1's reply; b1 does not");
    assertFalse(batch.isDone());

    actions.release(ChatId.of(CHAT_A));
    assertEquals(BatchOutcome.HANDLED, batch.get(10, TimeUnit.SECONDS));
    assertEquals(List.of("a1", "b1", "a2"), processed);
    assertEquals(List.of("re b1", "re a1", "re a2"), sentTexts(actions.finished()));
  }

  @Test
  void aChatWhoseHandlerIsBusyDoesNotDelayAnotherChat() throws Exception {
    CountDownLatch b1Done = new CountDownLatch(1);
    intake = intake(recording(update -> {
      if (text(update).equals("a1")) {
        // Chat B's update, behind this one in the batch, must get through while chat A is busy.
        assertTrue(await(b1Done), "chat B was decided while chat A's handler was busy");
      }
      processed.add(text(update));
      if (text(update).equals("b1")) {
        b1Done.countDown();
      }
    }), actions, inbox, settings(2, NEVER_KEPT));

    BatchOutcome outcome = intake.accept(List.of(TestUpdates.text(1, CHAT_A, "a1"), TestUpdates.text(2, CHAT_A, "a2"),
        TestUpdates.text(3, CHAT_B, "b1")));

    assertEquals(BatchOutcome.HANDLED, outcome);
    assertEquals(List.of("b1", "a1", "a2"), processed);
  }

  @Test
  void aRepeatedUpdateIsHandledOnce() {
    intake = intake(answering(), actions, inbox, settings(2, NEVER_KEPT));
    Update update = TestUpdates.text(7, CHAT_A, "once");

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(update, update)));
    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(TestUpdates.text(7, CHAT_A, "once"))));

    assertEquals(List.of("once"), processed);
    assertEquals(List.of("re once"), sentTexts(actions.started()));
  }

  @Test
  void aRepeatOfAnUpdateInFlightWaitsForItLikeTheFirstDelivery() throws Exception {
    actions.hold(ChatId.of(CHAT_A));
    intake = intake(answering(), actions, inbox, settings(2, Duration.ofMillis(100)));
    CompletableFuture<BatchOutcome> first =
        CompletableFuture.supplyAsync(() -> intake.accept(List.of(TestUpdates.text(9, CHAT_A, "slow"))));
    actions.awaitStarted(a -> isReplyTo(a, "slow"), WAIT);

    // Not "handled": the repeat is confirmed only as honestly as the first delivery, once the update is kept.
    assertEquals(BatchOutcome.KEPT, intake.accept(List.of(TestUpdates.text(9, CHAT_A, "slow"))));
    assertEquals(List.of(9L), inbox.keptIds());

    actions.release(ChatId.of(CHAT_A));
    assertEquals(BatchOutcome.KEPT, first.get(10, TimeUnit.SECONDS));
    assertEquals(List.of("slow"), processed);
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "the update forgotten once it finished");
  }

  @Test
  void updatesOfNoInterestAreSkipped() {
    intake = intake(answering(), actions, inbox, settings(1, NEVER_KEPT));

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(TestUpdates.poll(1), TestUpdates.text(2, CHAT_A, "x"))));
    assertEquals(List.of("x"), processed);
  }

  @Test
  void closeFinishesWhatWasAcceptedThenRefusesMore() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    intake = intake(recording(update -> {
      started.countDown();
      await(mayFinish);
      processed.add(text(update));
    }), actions, inbox, settings(1, NEVER_KEPT));
    CompletableFuture<BatchOutcome> running = CompletableFuture.supplyAsync(() -> intake.accept(
        List.of(TestUpdates.text(1, CHAT_A, "first"), TestUpdates.text(2, CHAT_A, "second"))));
    assertTrue(started.await(10, TimeUnit.SECONDS));

    CompletableFuture<Boolean> closing = CompletableFuture.supplyAsync(() -> intake.close(Duration.ofSeconds(10)));
    awaitTrue(() -> !intake.isAccepting(), WAIT, "the intake closing");
    mayFinish.countDown();

    assertTrue(closing.get(10, TimeUnit.SECONDS), "everything accepted was finished");
    assertEquals(BatchOutcome.HANDLED, running.get(10, TimeUnit.SECONDS));
    assertEquals(List.of("first", "second"), processed);
    assertEquals(BatchOutcome.NOT_ACCEPTED, intake.accept(List.of(TestUpdates.text(3, CHAT_A, "late"))));
    assertEquals(UpdateIntake.Answer.CLOSING, intake.deliver(TestUpdates.text(4, CHAT_A, "late too"), "{}"));
    assertEquals(List.of("first", "second"), processed);
  }

  @Test
  void closeAbandonsWhatIsUnfinishedAfterItsBound() throws Exception {
    actions.hold(ChatId.of(CHAT_A));
    intake = intake(answering(), actions, inbox, settings(1, NEVER_KEPT));
    CompletableFuture<BatchOutcome> stuck = CompletableFuture.supplyAsync(() -> intake.accept(
        List.of(TestUpdates.text(1, CHAT_A, "stuck"), TestUpdates.text(2, CHAT_A, "queued behind it"))));
    actions.awaitStarted(a -> isReplyTo(a, "stuck"), WAIT);
    CompletableFuture<UpdateIntake.Answer> webhook =
        CompletableFuture.supplyAsync(() -> intake.deliver(TestUpdates.text(3, CHAT_A, "delivered"), "{}"));
    awaitTrue(() -> intake.inFlight() == 3, WAIT, "the webhook update queued behind the others");

    assertFalse(intake.close(Duration.ofMillis(200)));

    // The transports waiting for it are released and told it was not handled, so it is not acknowledged.
    assertEquals(BatchOutcome.NOT_ACCEPTED, stuck.get(10, TimeUnit.SECONDS));
    assertEquals(UpdateIntake.Answer.CLOSING, webhook.get(10, TimeUnit.SECONDS));
    // What was queued behind it is not begun any more, even once the chat's lane moves on.
    actions.release(ChatId.of(CHAT_A));
    assertEquals(List.of("stuck"), processed);
    assertEquals(0, intake.inFlight());
    assertEquals(List.of(), inbox.keptIds(), "nothing was kept: the updates come again from Telegram");
  }

  private static List<String> sentTexts(List<ChatAction> actions) {
    return actions.stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message().html()).toList();
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
