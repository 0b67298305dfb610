package io.alita.app;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.cache.CacheStats;
import io.alita.domain.cache.ChatChanges;
import io.alita.domain.dispatch.DispatchMonitor;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.Incoming;
import io.alita.telegram.update.IntakeMonitor;
import io.alita.web.metrics.Counter;
import io.alita.web.metrics.MetricsRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the worker counts, by decorating what it already has: every event through the intake (how it came out, its
 * retries, the ones given up, the updates kept in the inbox), every handler failure the dispatcher contained, every
 * action through the {@link ChatActionPort} (so timers' actions count too), every change notice from the database.
 */
final class WorkerMetrics {

  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  private final Counter updates;
  private final Counter updateErrors;
  private final Counter retries;
  private final Counter givenUp;
  private final Counter kept;
  private final Counter contained;
  private final Counter actions;
  private final Counter actionFailures;
  private final Counter chatChanges;
  private final MetricsRegistry registry;

  WorkerMetrics(MetricsRegistry registry) {
    this.registry = registry;
    updates = registry.counter("alita_updates_handled_total",
        "Events the worker decided (updates and timers), by outcome: handled, repeat, unavailable (the database "
            + "could not be reached; tried again), failed (tried again, then given up)", "outcome");
    updateErrors = registry.counter("alita_update_errors_total",
        "Attempts at an event that failed as a whole (database unreachable, or a failed commit)");
    retries = registry.counter("alita_update_retries_total", "Events tried again after a failed attempt");
    givenUp = registry.counter("alita_updates_given_up_total",
        "Events that failed every attempt and were given up (logged with their key)");
    kept = registry.counter("alita_updates_kept_total",
        "Updates still running when their batch was confirmed, kept in the inbox first");
    contained = registry.counter("alita_handler_failures_total",
        "Handlers that failed (a bug, a store refusing a value); their changes were undone and the update went on",
        "stage");
    for (String outcome : new String[] {"handled", "repeat", "unavailable", "failed"}) {
      updates.declare(outcome);
    }
    for (String stage : new String[] {"observer", "captcha", "antiraid", "command", "antiflood", "locks",
        "blacklists", "filters", "button", "member", "join", "timer"}) {
      contained.declare(stage);
    }
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

  /** Counts every action {@code port} carries out, and those refused or failed, either way it is called. */
  ChatActionPort actions(ChatActionPort port) {
    return new ChatActionPort() {
      @Override
      public ActionResult execute(ChatAction action) {
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
      }

      @Override
      public CompletableFuture<ActionResult> executeLater(ChatAction action) {
        String type = typeName(action.getClass());
        actions.inc(type);
        return port.executeLater(action).whenComplete((result, failure) -> {
          if (failure != null || !result.succeeded()) {
            actionFailures.inc(type);
          }
        });
      }
    };
  }

  /** Counts what the intake does with each event. */
  IntakeMonitor intake() {
    return new IntakeMonitor() {
      @Override
      public void decided(Incoming event, Outcome outcome, long nanos) {
        if (outcome instanceof Outcome.Handled) {
          updates.inc("handled");
        } else if (outcome instanceof Outcome.Repeat) {
          updates.inc("repeat");
        } else if (outcome instanceof Outcome.Unavailable) {
          updates.inc("unavailable");
          updateErrors.inc();
        } else {
          updates.inc("failed");
          updateErrors.inc();
        }
      }

      @Override
      public void retrying(Incoming event, int attempt) {
        retries.inc();
      }

      @Override
      public void gaveUp(Incoming event, int attempts) {
        givenUp.inc();
      }

      @Override
      public void kept(int count) {
        for (int i = 0; i < count; i++) {
          kept.inc();
        }
      }
    };
  }

  /** Counts the handler failures the dispatcher contained, by stage. */
  DispatchMonitor contained() {
    return (stage, failure) -> contained.inc(stage);
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

  /** Exposes what the per-chat settings caches did: chats held, hits, misses, evictions (summed over the caches). */
  void caches(Supplier<CacheStats> stats) {
    registry.gauge("alita_settings_cache_chats", "Chats held by the per-chat settings caches, summed over the caches "
        + "(each keeps at most SETTINGS_CACHE_MAX_CHATS)", () -> stats.get().size());
    registry.gauge("alita_settings_cache_reads", "Reads of the per-chat settings caches since the start, by result: "
        + "hit (from memory), miss (loaded from the database)", "result",
        Map.of("hit", () -> stats.get().hits(), "miss", () -> stats.get().misses()));
    registry.gauge("alita_settings_cache_evictions", "Chats dropped from the per-chat settings caches since the start "
        + "for their limits (idle for SETTINGS_CACHE_IDLE_MINUTES, or least recently used above the size limit)",
        () -> stats.get().evictions());
  }

  /** {@code ChatAction.SendPhoto} → {@code send_photo}. */
  static String typeName(Class<?> type) {
    return WORD_START.matcher(type.getSimpleName()).replaceAll("_").toLowerCase(Locale.ROOT);
  }
}
