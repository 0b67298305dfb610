package io.alita.telegram.update;

import static io.alita.telegram.update.IntakeFixtures.NEVER_KEPT;
import static io.alita.telegram.update.IntakeFixtures.intake;
import static io.alita.telegram.update.IntakeFixtures.settings;
import static io.alita.telegram.update.IntakeFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.dispatch.UpdateInbox;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.UpdateId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * When the intake lets a batch (long polling) or one update (webhook) be confirmed to Telegram: once handled, or once
 * kept in the inbox while it still runs, never before; and how kept updates come back after a restart.
 */
class UpdateIntakeInboxTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration MOMENT = Duration.ofMillis(100);
  private static final ChatId CHAT_A = ChatId.of(-1001000000001L);
  private static final ChatId CHAT_B = ChatId.of(-1001000000002L);

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

  /** Answers every message with a reply into its chat. */
  private EventHandler answering() {
    return event -> {
      processed.add(text(event));
      return new Outcome.Handled(new Effects().add(
          new ChatAction.Send(OutgoingMessage.to(event.chatId(), "re " + text(event)))));
    };
  }

  private void start(Duration keepAfter) {
    intake = intake(answering(), actions, inbox, settings(2, keepAfter));
  }

  private static Update a(int id, String text) {
    return TestUpdates.text(id, CHAT_A.value(), text);
  }

  private static Update b(int id, String text) {
    return TestUpdates.text(id, CHAT_B.value(), text);
  }

  private void awaitReplyFinished(String to) {
    actions.awaitFinished(a -> a instanceof ChatAction.Send s && s.message().html().equals("re " + to), WAIT);
  }

  // ------------------------------------------------------------------------------------------------ long polling

  @Test
  void aQuickBatchIsHandledWithoutTouchingTheInbox() {
    start(NEVER_KEPT);

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(a(1, "a1"), b(2, "b1"), a(3, "a2"))));

    assertEquals(3, processed.size());
    assertEquals(0, inbox.keepCalls(), "an ordinary update costs the inbox nothing");
  }

  @Test
  void anUpdateStillRunningAfterAMomentIsKeptSoItsBatchCanBeConfirmed() {
    actions.hold(CHAT_A);
    start(MOMENT);

    assertEquals(BatchOutcome.KEPT, intake.accept(List.of(a(1, "waits for its reply"), b(2, "quick"))));

    assertEquals(List.of(1L), inbox.keptIds(), "exactly the unfinished update is kept");
    actions.release(CHAT_A);
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "the kept update forgotten once it finished");
    assertEquals(1, inbox.timesForgotten(1));
  }

  @Test
  void whileTheInboxIsDownTooTheBatchWaitsForTheUpdateToFinish() throws Exception {
    inbox.goDown();
    actions.hold(CHAT_A);
    start(MOMENT);

    CompletableFuture<BatchOutcome> batch = CompletableFuture.supplyAsync(() -> intake.accept(List.of(a(1, "a1"))));

    // A second attempt shows accept did not return after the first failed one.
    inbox.awaitState(i -> i.failedKeeps() >= 2, WAIT, "keep tried again");
    assertFalse(batch.isDone(), "neither handled nor kept: the batch must not be confirmed");
    actions.release(CHAT_A);
    assertEquals(BatchOutcome.HANDLED, batch.get(10, TimeUnit.SECONDS));
    assertEquals(List.of(), inbox.keptIds());
  }

  @Test
  void whileTheInboxIsDownTooTheBatchWaitsForItToComeBack() throws Exception {
    inbox.goDown();
    actions.hold(CHAT_A);
    start(MOMENT);

    CompletableFuture<BatchOutcome> batch = CompletableFuture.supplyAsync(() -> intake.accept(List.of(a(1, "a1"))));
    inbox.awaitState(i -> i.failedKeeps() >= 1, WAIT, "a failed keep");
    assertFalse(batch.isDone());
    inbox.comeBack();

    assertEquals(BatchOutcome.KEPT, batch.get(10, TimeUnit.SECONDS));
    assertEquals(List.of(1L), inbox.keptIds());
    actions.release(CHAT_A);
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "the kept update forgotten once it finished");
  }

  // ------------------------------------------------------------------------------------------------ webhook

  @Test
  void aWebhookUpdateHandledInTimeIsAnsweredHandled() {
    start(NEVER_KEPT);

    assertEquals(UpdateIntake.Answer.HANDLED, intake.deliver(a(1, "hello"), TestUpdates.json(a(1, "hello"))));

    assertEquals(List.of("hello"), processed);
    assertEquals(0, inbox.keepCalls());
  }

  @Test
  void aWebhookUpdateStillRunningIsKeptAsTelegramSentIt() {
    actions.hold(CHAT_A);
    start(MOMENT);
    String raw = TestUpdates.json(a(1, "slow")).replace("{\"update_id\"", "{\"a_field_newer_than_the_library\":1,"
        + "\"update_id\"");

    assertEquals(UpdateIntake.Answer.KEPT, intake.deliver(a(1, "slow"), raw));

    assertEquals(List.of(new UpdateInbox.Kept(new UpdateId(1), CHAT_A, raw)), inbox.pending(),
        "the body as Telegram sent it, so nothing the library dropped is lost");
    actions.release(CHAT_A);
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "the kept update forgotten once it finished");
  }

  @Test
  void aWebhookUpdateThatCanBeNeitherHandledNorKeptIsAskedForAgainAndHandledOnce() {
    inbox.goDown();
    actions.hold(CHAT_A);
    start(MOMENT);

    assertEquals(UpdateIntake.Answer.RETRY_LATER, intake.deliver(a(1, "slow"), TestUpdates.json(a(1, "slow"))));

    actions.release(CHAT_A);
    awaitReplyFinished("slow");
    // Telegram's redelivery joins the first delivery, which went on meanwhile.
    assertEquals(UpdateIntake.Answer.HANDLED, intake.deliver(a(1, "slow"), TestUpdates.json(a(1, "slow"))));
    assertEquals(List.of("slow"), processed);
  }

  // ------------------------------------------------------------------------------------------------ after a restart

  @Test
  void keptUpdatesAreHandedBackInOrderBeforeNewOnes() {
    inbox.leftByTheLastRun(new UpdateInbox.Kept(new UpdateId(5), CHAT_A, TestUpdates.json(a(5, "kept first"))));
    inbox.leftByTheLastRun(new UpdateInbox.Kept(new UpdateId(6), CHAT_A, TestUpdates.json(a(6, "kept second"))));
    start(NEVER_KEPT);

    assertEquals(2, intake.recover());
    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(a(7, "new"))));

    assertEquals(List.of("kept first", "kept second", "new"), processed);
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "the handed-back updates forgotten once handled");
  }

  @Test
  void aKeptUpdateThatTelegramDeliversAgainIsHandledOnce() {
    // Kept, then the process stopped before the next poll confirmed the batch: both the inbox and Telegram have it.
    inbox.leftByTheLastRun(new UpdateInbox.Kept(new UpdateId(5), CHAT_A, TestUpdates.json(a(5, "kept"))));
    start(NEVER_KEPT);

    intake.recover();
    assertTrue(intake.accept(List.of(a(5, "kept"))).confirmable());

    assertEquals(List.of("kept"), processed);
  }

  @Test
  void aKeptUpdateThatCannotBeReadAgainIsDropped() {
    inbox.leftByTheLastRun(new UpdateInbox.Kept(new UpdateId(5), CHAT_A, "{not json"));
    start(NEVER_KEPT);

    assertEquals(0, intake.recover());

    assertEquals(List.of(), inbox.keptIds());
    assertEquals(List.of(), processed);
  }
}
