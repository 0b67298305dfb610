package io.alita.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.domain.action.Effects;
import io.alita.telegram.update.IntakeMonitor;
import io.alita.web.metrics.MetricsRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the worker's decorators count, read back as a scrape shows it. */
class WorkerMetricsTest {

  static final ChatId CHAT = ChatId.of(-100);

  final MetricsRegistry registry = new MetricsRegistry();
  final WorkerMetrics metrics = new WorkerMetrics(registry);

  @Test
  void actionsAreCountedByTypeAndRefusedOnesAsFailures() {
    ChatActionPort telegram = action -> action instanceof ChatAction.Ban
        ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "not enough rights")
        : new ActionResult.Done();
    ChatActionPort counted = metrics.actions(telegram);

    counted.execute(ChatAction.Delete.one(CHAT, MessageId.of(1)));
    counted.execute(ChatAction.Delete.one(CHAT, MessageId.of(2)));
    counted.execute(new ChatAction.Ban(CHAT, UserId.of(5), Optional.empty()));

    String scrape = registry.render();
    assertTrue(scrape.contains("alita_actions_total{type=\"delete\"} 2\n"), scrape);
    assertTrue(scrape.contains("alita_actions_total{type=\"ban\"} 1\n"), scrape);
    assertTrue(scrape.contains("alita_action_failures_total{type=\"ban\"} 1\n"), scrape);
    assertTrue(scrape.contains("alita_action_failures_total{type=\"delete\"} 0\n"), scrape);
    assertTrue(scrape.contains("alita_actions_total{type=\"send_photo\"} 0\n"), "every type from 0: " + scrape);
    assertTrue(scrape.contains("alita_actions_total{type=\"send_media\"} 0\n"), "media sends too: " + scrape);
  }

  @Test
  void anActionThatThrowsCountsAsAFailureAndStillThrows() {
    ChatActionPort counted = metrics.actions(new ChatActionPort() {
      @Override
      public io.alita.domain.action.ActionResult execute(ChatAction action) {
        throw new IllegalStateException("network down");
      }
    });

    assertThrows(IllegalStateException.class, () -> counted.execute(new ChatAction.Kick(CHAT, UserId.of(5))));

    assertTrue(registry.render().contains("alita_action_failures_total{type=\"kick\"} 1\n"));
  }

  @Test
  void everyEventCountsByOutcomeAndTheFailedAttemptsAreErrors() {
    IntakeMonitor intake = metrics.intake();
    intake.decided(null, new Outcome.Handled(new Effects()), 1);
    intake.decided(null, new Outcome.Handled(new Effects()), 1);
    intake.decided(null, Outcome.REPEAT, 1);
    intake.decided(null, new Outcome.Unavailable(new StoreUnavailable("database unreachable", null)), 1);
    intake.retrying(null, 1);
    intake.decided(null, new Outcome.Failed(new IllegalStateException("commit refused")), 1);
    intake.gaveUp(null, 5);
    intake.kept(3);

    String scrape = registry.render();
    assertTrue(scrape.contains("alita_updates_handled_total{outcome=\"handled\"} 2\n"), scrape);
    assertTrue(scrape.contains("alita_updates_handled_total{outcome=\"repeat\"} 1\n"), scrape);
    assertTrue(scrape.contains("alita_updates_handled_total{outcome=\"unavailable\"} 1\n"), scrape);
    assertTrue(scrape.contains("alita_updates_handled_total{outcome=\"failed\"} 1\n"), scrape);
    assertTrue(scrape.contains("alita_update_errors_total 2\n"), scrape);
    assertTrue(scrape.contains("alita_update_retries_total 1\n"), scrape);
    assertTrue(scrape.contains("alita_updates_given_up_total 1\n"), scrape);
    assertTrue(scrape.contains("alita_updates_kept_total 3\n"), scrape);
  }

  @Test
  void containedHandlerFailuresCountByStage() {
    metrics.contained().contained("blacklists", new IllegalStateException("bug"));
    String scrape = registry.render();
    assertTrue(scrape.contains("alita_handler_failures_total{stage=\"blacklists\"} 1\n"), scrape);
    assertTrue(scrape.contains("alita_handler_failures_total{stage=\"command\"} 0\n"), "declared from 0: " + scrape);
  }

  @Test
  void actionTypesAreNamedInSnakeCase() {
    assertEquals("send_photo", WorkerMetrics.typeName(ChatAction.SendPhoto.class));
    assertEquals("send_media", WorkerMetrics.typeName(ChatAction.SendMedia.class));
    assertEquals("answer_button", WorkerMetrics.typeName(ChatAction.AnswerButton.class));
    assertEquals("ban_sender_chat", WorkerMetrics.typeName(ChatAction.BanSenderChat.class));
    assertEquals("restrict", WorkerMetrics.typeName(ChatAction.Restrict.class));
  }
}
