package io.alita.telegram.update;

import static io.alita.telegram.update.IntakeFixtures.NEVER_KEPT;
import static io.alita.telegram.update.IntakeFixtures.intake;
import static io.alita.telegram.update.IntakeFixtures.settings;
import static io.alita.telegram.update.IntakeFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Events whose decision could not be committed are tried again, as the {@link RetryPolicy} says. */
class UpdateIntakeRetryTest {

  private static final ChatId CHAT_A = ChatId.of(-1001000000001L);
  private static final ChatId CHAT_B = ChatId.of(-1001000000002L);

  private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  private final ControlledActions actions = new ControlledActions();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger intakeLog = (Logger) LoggerFactory.getLogger(UpdateIntake.class);
  private UpdateIntake intake;

  @BeforeEach
  void captureLogs() {
    logs.start();
    intakeLog.addAppender(logs);
  }

  @AfterEach
  void close() {
    intakeLog.detachAppender(logs);
    if (intake != null) {
      intake.close(Duration.ofSeconds(5));
    }
  }

  private int attempt(String text) {
    return attempts.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
  }

  private static Outcome reply(ChatId chat, String to) {
    return new Outcome.Handled(new Effects().add(new ChatAction.Send(OutgoingMessage.to(chat, "re " + to))));
  }

  private List<ILoggingEvent> errors() {
    return logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
  }

  @Test
  void anEventIsTriedAgainWhileTheDatabaseIsUnreachableAndAppliedOnce() {
    intake = intake(event -> {
      String text = text(event);
      if (attempt(text) <= 6) {
        return new Outcome.Unavailable(new StoreUnavailable("connection refused (test)", null));
      }
      handled.add(text);
      return reply(event.chatId(), text);
    }, actions, inbox, settings(1, NEVER_KEPT));

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "patient"))));

    // More attempts than a failing event gets: an unreachable database is not the event's fault.
    assertEquals(7, attempts.get("patient").get());
    assertEquals(List.of("patient"), handled);
    assertEquals(List.of(new ChatAction.Send(OutgoingMessage.to(CHAT_A, "re patient"))), actions.started(),
        "carried out once, after the attempt that committed");
    assertEquals(List.of(), errors());
  }

  @Test
  void aChatWaitingForTheDatabaseHoldsNoThreadSoAnotherChatGoesOn() {
    CountDownLatch otherChatHandled = new CountDownLatch(1);
    intake = intake(event -> {
      String text = text(event);
      attempt(text);
      // Chat A's database stays away until chat B has been handled, which needs the only worker thread.
      if (event.chatId().equals(CHAT_A) && otherChatHandled.getCount() > 0) {
        return new Outcome.Unavailable(new StoreUnavailable("connection refused (test)", null));
      }
      handled.add(text);
      if (event.chatId().equals(CHAT_B)) {
        otherChatHandled.countDown();
      }
      return reply(event.chatId(), text);
    }, actions, inbox, settings(1, NEVER_KEPT));

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "a1"),
        TestUpdates.text(2, CHAT_A.value(), "a2"), TestUpdates.text(3, CHAT_B.value(), "b1"))));

    assertEquals(List.of("b1", "a1", "a2"), handled, "chat A in order once the database is back; B did not wait");
    assertTrue(attempts.get("a1").get() >= 2);
  }

  @Test
  void anEventThatFailsEveryTimeIsGivenUpWithOneErrorAndItsChatMovesOn() {
    intake = intake(event -> {
      String text = text(event);
      attempt(text);
      if (text.equals("poison")) {
        return new Outcome.Failed(new IllegalStateException("could not commit (test)"));
      }
      handled.add(text);
      return reply(event.chatId(), text);
    }, actions, inbox, settings(1, NEVER_KEPT));

    BatchOutcome outcome = intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "before"),
        TestUpdates.text(2, CHAT_A.value(), "poison"), TestUpdates.text(3, CHAT_A.value(), "after")));

    assertEquals(BatchOutcome.HANDLED, outcome, "given up counts as done: it must not come back forever");
    assertEquals(IntakeFixtures.QUICK_RETRY.failedAttempts(), attempts.get("poison").get());
    assertEquals(List.of("before", "after"), handled);
    assertEquals(List.of("re before", "re after"), actions.started().stream()
        .map(a -> ((ChatAction.Send) a).message().html()).toList(), "a failed event sends nothing");
    List<ILoggingEvent> errors = errors();
    assertEquals(1, errors.size(), "one ERROR line: " + errors);
    assertTrue(errors.get(0).getFormattedMessage().contains("u2"), errors.get(0).getFormattedMessage());
    assertTrue(errors.get(0).getFormattedMessage().contains("could not commit"));
  }

  @Test
  void aHandlerThatThrowsIsTreatedAsAFailedAttempt() {
    intake = intake(event -> {
      String text = text(event);
      attempt(text);
      if (text.equals("boom")) {
        throw new IllegalStateException("handler bug");
      }
      handled.add(text);
      return reply(event.chatId(), text);
    }, actions, inbox, settings(1, NEVER_KEPT));

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "boom"),
        TestUpdates.text(2, CHAT_A.value(), "after"))));

    assertEquals(IntakeFixtures.QUICK_RETRY.failedAttempts(), attempts.get("boom").get());
    assertEquals(List.of("after"), handled);
    assertEquals(1, errors().size());
  }

  @Test
  void aRepeatIsNeitherRetriedNorCarriedOut() {
    intake = intake(event -> {
      attempt(text(event));
      return Outcome.REPEAT;
    }, actions, inbox, settings(1, NEVER_KEPT));

    assertEquals(BatchOutcome.HANDLED, intake.accept(List.of(TestUpdates.text(1, CHAT_A.value(), "seen before"))));

    assertEquals(1, attempts.get("seen before").get());
    assertEquals(List.of(), actions.started());
  }
}
