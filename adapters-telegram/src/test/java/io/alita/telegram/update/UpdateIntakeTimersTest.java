package io.alita.telegram.update;

import static io.alita.telegram.update.IntakeFixtures.NEVER_KEPT;
import static io.alita.telegram.update.IntakeFixtures.awaitTrue;
import static io.alita.telegram.update.IntakeFixtures.intake;
import static io.alita.telegram.update.IntakeFixtures.settings;
import static io.alita.telegram.update.IntakeFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.model.ChatId;
import io.alita.domain.timer.Timer;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Timers come back through the intake as events of their chat ({@code Incoming.Due}), in that chat's order. */
class UpdateIntakeTimersTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final ChatId CHAT_A = ChatId.of(-1001000000001L);
  private static final ChatId CHAT_B = ChatId.of(-1001000000002L);
  private static final Instant PAST = Instant.parse("2020-01-01T00:00:00Z");

  private record TestTimer(ChatId chat, String id) implements Timer {}

  /** What the handler saw, in order: message texts and timer ids. */
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  private final ControlledActions actions = new ControlledActions();
  private UpdateIntake intake;

  @AfterEach
  void close() {
    if (intake != null) {
      intake.close(Duration.ofSeconds(5));
    }
  }

  /** Records each event; a message is answered, and "schedule <id> in <chat>" also schedules a timer in its effects. */
  private EventHandler handler() {
    return event -> {
      if (event instanceof Incoming.Due due) {
        events.add(due.timer().id());
        return new Outcome.Handled(new Effects());
      }
      String text = text(event);
      events.add(text);
      Effects effects = new Effects().add(new ChatAction.Send(OutgoingMessage.to(event.chatId(), "re " + text)));
      if (text.startsWith("schedule ")) {
        String[] words = text.split(" ");
        effects.schedule(PAST, new TestTimer(words[3].equals("A") ? CHAT_A : CHAT_B, words[1]));
      }
      return new Outcome.Handled(effects);
    };
  }

  private void awaitEvent(String what) {
    awaitTrue(() -> events.contains(what), WAIT, what + " handled; saw " + events);
  }

  @Test
  void dueTimersOfOneChatArriveAsEventsInTheOrderTheyCameDue() {
    intake = intake(handler(), actions, inbox, settings(4, NEVER_KEPT));

    for (int i = 1; i <= 20; i++) {
      intake.schedule(PAST, new TestTimer(CHAT_A, "t" + i));
    }

    awaitEvent("t20");
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "t" + i).toList(), events);
  }

  @Test
  void aDueTimerWaitsBehindItsChatsRunningUpdateButNotBehindOtherChats() throws Exception {
    actions.hold(CHAT_A);
    intake = intake(handler(), actions, inbox, settings(1, NEVER_KEPT));
    CompletableFuture<BatchOutcome> batch = CompletableFuture.supplyAsync(
        () -> intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "a1"))));
    actions.awaitStarted(a -> a.chat().equals(CHAT_A), WAIT);

    intake.schedule(PAST, new TestTimer(CHAT_A, "timer in A"));
    intake.schedule(PAST, new TestTimer(CHAT_B, "timer in B"));

    // Both came due together and in this order, so A's timer is in its lane by the time B's is handled.
    awaitEvent("timer in B");
    assertEquals(List.of("a1", "timer in B"), events, "A's timer waits for a1's reply");
    actions.release(CHAT_A);
    awaitEvent("timer in A");
    assertEquals(List.of("a1", "timer in B", "timer in A"), events);
    assertEquals(BatchOutcome.HANDLED, batch.get(10, TimeUnit.SECONDS));
  }

  @Test
  void anEventsTimersAreScheduledOnlyOnceItsActionsWereCarriedOut() throws Exception {
    actions.hold(CHAT_A);
    intake = intake(handler(), actions, inbox, settings(2, NEVER_KEPT));
    CompletableFuture<BatchOutcome> batch = CompletableFuture.supplyAsync(
        () -> intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "schedule later in B"))));
    actions.awaitStarted(a -> a.chat().equals(CHAT_A), WAIT);

    // Had "later" been scheduled when the event was decided, it would have come due before this one, in the same
    // chat, and been handled first.
    intake.schedule(PAST, new TestTimer(CHAT_B, "sentinel"));
    awaitEvent("sentinel");
    assertEquals(List.of("schedule later in B", "sentinel"), events, "not scheduled while the reply waits");

    actions.release(CHAT_A);
    awaitEvent("later");
    assertEquals(List.of("schedule later in B", "sentinel", "later"), events);
    assertEquals(BatchOutcome.HANDLED, batch.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aTimerThatComesDueAfterCloseIsDropped() {
    intake = intake(handler(), actions, inbox, settings(1, NEVER_KEPT));
    intake.close(Duration.ofSeconds(1));

    intake.schedule(PAST, new TestTimer(CHAT_A, "too late"));

    assertEquals(0, intake.inFlight());
    assertEquals(List.of(), events);
  }
}
