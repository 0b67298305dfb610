package io.alita.domain.dispatch;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.i18n.Messages;
import io.alita.domain.timer.Timer;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every handler of an event gets, whatever the event: its key, its {@link UnitOfWork} (writes), the
 * {@link Effects} its actions and timers go to, and the bot's texts. Writes and actions are undone together when the
 * handler fails; both take effect only after the event commits.
 */
public abstract class HandlingContext {

  private static final System.Logger LOG = System.getLogger(HandlingContext.class.getName());

  private final EventKey key;
  private final UnitOfWork work;
  private final Effects effects;
  private final Messages messages;

  protected HandlingContext(EventKey key, UnitOfWork work, Effects effects, Messages messages) {
    this.key = Objects.requireNonNull(key, "key");
    this.work = Objects.requireNonNull(work, "work");
    this.effects = Objects.requireNonNull(effects, "effects");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The event being handled. */
  public EventKey key() {
    return key;
  }

  /** Where the event's writes go: hand it to a use case that writes (a settings change, a warn). */
  public UnitOfWork unitOfWork() {
    return work;
  }

  /** Runs state changes in the event's transaction (see {@link UnitOfWork#write}). */
  public <T> T write(Supplier<T> change) {
    return work.write(change);
  }

  /** {@link #write(Supplier)} for a change with no result. */
  public void write(Runnable change) {
    work.write(change);
  }

  /**
   * Records the event as applied even when it writes nothing else, so that a redelivery of it carries out none of its
   * actions again: for actions that must not repeat although no state changes (a punishment and its notice). Costs
   * the event a transaction.
   */
  public void claimOnce() {
    work.write(() -> { });
  }

  /**
   * Runs {@code hook} once the event's writes are committed (see {@link UnitOfWork#afterCommit}). A hook that throws
   * is logged and does not undo the event: its writes are committed already, and its actions still go out.
   */
  public void afterCommit(Runnable hook) {
    java.util.Objects.requireNonNull(hook, "hook");
    work.afterCommit(() -> {
      try {
        hook.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "An after-commit step of " + key + " failed; the event stays applied", e);
      }
    });
  }

  public Effects effects() {
    return effects;
  }

  public Messages messages() {
    return messages;
  }

  /** Carries out {@code action} once the event is committed. */
  public void act(ChatAction action) {
    effects.add(action);
  }

  /** Schedules {@code timer} for {@code due}, once the event is committed. */
  public void later(Instant due, Timer timer) {
    effects.schedule(due, timer);
  }
}
