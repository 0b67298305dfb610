package io.alita.domain.action;

import io.alita.domain.timer.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The actions one update leads to, in order, collected while it is handled and carried out only after its state
 * changes are committed. So an update that turns out to be a repeat, or whose transaction fails, sends nothing.
 *
 * <p>An action may carry a follow-up that receives its result (e.g. the id of a sent message, to be stored).
 * Timers ({@link #schedule}) are handed to the scheduler after the commit too, so a rolled-back or repeated event
 * schedules nothing. Not thread-safe: one instance belongs to one event.
 */
public final class Effects {

  /**
   * One action and what to do with its result.
   *
   * @param insteadIfPreviousRefused for a confirmation: when the step before it was refused, this replaces the action
   *     (e.g. "Telegram refused: I lack the rights" instead of "Banned"); null for an ordinary step
   */
  public record Step(ChatAction action, Consumer<ActionResult> then,
      Function<ActionResult.Refused, ChatAction> insteadIfPreviousRefused) {
    public Step {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(then, "then");
    }
  }

  /** A timer to schedule once the event is committed. */
  public record Scheduled(Instant due, Timer timer) {
    public Scheduled {
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(timer, "timer");
    }
  }

  /** A point to come back to when a stage fails: its actions and timers are dropped, the earlier ones stay. */
  public record Mark(int steps, int timers) {}

  private static final Consumer<ActionResult> NOTHING = r -> { };
  private static final System.Logger LOG = System.getLogger(Effects.class.getName());

  private final List<Step> steps = new ArrayList<>();
  private final List<Scheduled> timers = new ArrayList<>();

  public Effects add(ChatAction action) {
    steps.add(new Step(action, NOTHING, null));
    return this;
  }

  public Effects add(ChatAction action, Consumer<ActionResult> then) {
    steps.add(new Step(action, then, null));
    return this;
  }

  /**
   * Adds a confirmation of the step before it: carried out only when that step succeeded; when it was refused,
   * {@code instead} gives what to do (usually a reply that says why).
   */
  public Effects addConfirmation(ChatAction confirmation, Function<ActionResult.Refused, ChatAction> instead) {
    steps.add(new Step(confirmation, NOTHING, Objects.requireNonNull(instead, "instead")));
    return this;
  }

  /** Schedules {@code timer} for {@code due} (a time already past: as soon as possible), once the event commits. */
  public Effects schedule(Instant due, Timer timer) {
    timers.add(new Scheduled(due, timer));
    return this;
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** The step at {@code index}; follow-ups may add steps while they are carried out, so callers index as they go. */
  public Step step(int index) {
    return steps.get(index);
  }

  /** How many steps there are now. */
  public int size() {
    return steps.size();
  }

  /** The timers to schedule, in the order they were added. */
  public List<Scheduled> scheduled() {
    return List.copyOf(timers);
  }

  public Mark mark() {
    return new Mark(steps.size(), timers.size());
  }

  /** Drops every step and timer added since {@code mark}. */
  public void rewind(Mark mark) {
    steps.subList(Math.min(mark.steps(), steps.size()), steps.size()).clear();
    timers.subList(Math.min(mark.timers(), timers.size()), timers.size()).clear();
  }

  /**
   * Replaces the action of every step added since {@code mark} (and what a confirmation would do instead) by what
   * {@code change} makes of it; follow-ups stay. Timers are left alone.
   */
  public void rewrite(Mark mark, java.util.function.UnaryOperator<ChatAction> change) {
    Objects.requireNonNull(change, "change");
    for (int i = Math.min(mark.steps(), steps.size()); i < steps.size(); i++) {
      Step s = steps.get(i);
      Function<ActionResult.Refused, ChatAction> instead = s.insteadIfPreviousRefused() == null ? null
          : s.insteadIfPreviousRefused().andThen(change);
      steps.set(i, new Step(change.apply(s.action()), s.then(), instead));
    }
  }

  /** The actions alone, for assertions and the sandbox. */
  public List<ChatAction> actions() {
    return steps.stream().map(Step::action).toList();
  }

  /** True when there is nothing to carry out and nothing to schedule. */
  public boolean isEmpty() {
    return steps.isEmpty() && timers.isEmpty();
  }

  /**
   * Carries out every step in order through {@code port}; a refusal does not stop the steps after it. A follow-up may
   * add further steps (e.g. delete the message it was just told about); they run after the ones already listed.
   */
  public void runOn(ChatActionPort port) {
    ActionResult previous = null;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (step.insteadIfPreviousRefused() != null && previous instanceof ActionResult.Refused refused) {
        previous = port.execute(step.insteadIfPreviousRefused().apply(refused));
        continue;
      }
      previous = port.execute(step.action());
      step.then().accept(previous);
    }
  }

  /**
   * {@link #runOn} without holding a thread while an action waits for its turn: each step starts when the one before
   * it finished ({@link ChatActionPort#executeLater}). A follow-up that throws is logged and the steps after it still
   * run. The future completes when every step (follow-ups' additions included) is done; it never fails.
   */
  public CompletableFuture<Void> runLater(ChatActionPort port) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    runFrom(0, null, port, done);
    return done;
  }

  private void runFrom(int index, ActionResult previous, ChatActionPort port, CompletableFuture<Void> done) {
    if (index >= steps.size()) {
      done.complete(null);
      return;
    }
    Step step = steps.get(index);
    boolean replaced = step.insteadIfPreviousRefused() != null && previous instanceof ActionResult.Refused;
    ChatAction action = replaced
        ? step.insteadIfPreviousRefused().apply((ActionResult.Refused) previous) : step.action();
    CompletableFuture<ActionResult> result;
    try {
      result = port.executeLater(action);
    } catch (RuntimeException e) {
      result = CompletableFuture.completedFuture(new ActionResult.Refused(ActionResult.Refusal.OTHER, e.toString()));
    }
    result.whenComplete((r, failure) -> {
      ActionResult outcome = failure == null ? r
          : new ActionResult.Refused(ActionResult.Refusal.OTHER, String.valueOf(failure));
      if (!replaced) {
        try {
          step.then().accept(outcome);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.ERROR, "A follow-up of " + action.getClass().getSimpleName() + " failed", e);
        }
      }
      runFrom(index + 1, outcome, port, done);
    });
  }
}
