package io.alita.app;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.cache.ChatChanges;
import io.alita.domain.model.ChatId;
import io.alita.telegram.update.UpdateProcessor;
import io.alita.web.metrics.Counter;
import io.alita.web.metrics.MetricsRegistry;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the worker counts, by decorating what it already has: every update through the processor, every action
 * through the {@link ChatActionPort} (so scheduled ones and captcha timers count too), every change notice from the
 * database.
 */
final class WorkerMetrics {

  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  private final Counter updates;
  private final Counter updateErrors;
  private final Counter actions;
  private final Counter actionFailures;
  private final Counter chatChanges;

  WorkerMetrics(MetricsRegistry registry) {
    updates = registry.counter("alita_updates_handled_total",
        "Telegram updates the worker handled (failed ones included)");
    updateErrors = registry.counter("alita_update_errors_total",
        "Updates whose handling failed with an error (logged with the update id)");
    actions = registry.counter("alita_actions_total",
        "Actions carried out in Telegram, by type (send, delete, restrict, ban, ...)", "type");
    actionFailures = registry.counter("alita_action_failures_total",
        "Actions Telegram refused or that failed with an error, by type", "type");
    chatChanges = registry.counter("alita_settings_changes_total",
        "Settings changes heard from the database (chat: one chat; everything: after the listener reconnected)",
        "scope");
    for (Class<?> type : ChatAction.class.getPermittedSubclasses()) {
      actions.declare(typeName(type));
      actionFailures.declare(typeName(type));
    }
    chatChanges.declare("chat");
    chatChanges.declare("everything");
  }

  /** Counts every action {@code port} carries out, and those refused or failed. */
  ChatActionPort actions(ChatActionPort port) {
    return action -> {
      String type = typeName(action.getClass());
      actions.inc(type);
      ActionResult result;
      try {
        result = port.execute(action);
      } catch (RuntimeException e) {
        actionFailures.inc(type);
        throw e;
      }
      if (!result.succeeded()) {
        actionFailures.inc(type);
      }
      return result;
    };
  }

  /** Counts every update {@code processor} handles, and those it failed on. */
  UpdateProcessor updates(UpdateProcessor processor) {
    return update -> {
      try {
        processor.process(update);
      } catch (RuntimeException | Error e) {
        updateErrors.inc();
        throw e;
      } finally {
        updates.inc();
      }
    };
  }

  /** Counts the change notices passed on to {@code changes}. */
  ChatChanges changes(ChatChanges changes) {
    return new ChatChanges() {
      @Override
      public void chatChanged(ChatId chat) {
        chatChanges.inc("chat");
        changes.chatChanged(chat);
      }

      @Override
      public void everythingChanged() {
        chatChanges.inc("everything");
        changes.everythingChanged();
      }
    };
  }

  /** {@code ChatAction.SendPhoto} → {@code send_photo}. */
  static String typeName(Class<?> type) {
    return WORD_START.matcher(type.getSimpleName()).replaceAll("_").toLowerCase(Locale.ROOT);
  }
}
