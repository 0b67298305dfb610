package io.alita.telegram.update;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link ChatActionPort} whose actions in chosen chats wait until the test lets them finish, as a chat waiting out a
 * flood pause does: {@link #executeLater} returns a future that completes on {@link #release}, holding no thread.
 * Actions in other chats are done at once. Records what was started and what finished, in order. Thread-safe.
 */
final class ControlledActions implements ChatActionPort {

  private final Set<Long> heldChats = new HashSet<>(); // guarded by this
  private final List<Held> held = new ArrayList<>(); // guarded by this
  private final List<ChatAction> started = new ArrayList<>(); // guarded by this
  private final List<ChatAction> finished = new ArrayList<>(); // guarded by this

  private record Held(ChatAction action, CompletableFuture<ActionResult> result) {}

  /** From now on, actions in {@code chat} wait for {@link #release}. */
  synchronized ControlledActions hold(ChatId chat) {
    heldChats.add(chat.value());
    return this;
  }

  /** Lets the actions waiting in {@code chat} finish (on this thread), and stops holding that chat. */
  void release(ChatId chat) {
    List<Held> now = new ArrayList<>();
    synchronized (this) {
      heldChats.remove(chat.value());
      held.removeIf(h -> {
        if (h.action().chat().equals(chat)) {
          now.add(h);
          return true;
        }
        return false;
      });
    }
    now.forEach(h -> finish(h.action(), h.result()));
  }

  /** Records the action as finished, then completes it: its completion may start the next actions at once. */
  private void finish(ChatAction action, CompletableFuture<ActionResult> result) {
    synchronized (this) {
      finished.add(action);
      notifyAll();
    }
    result.complete(resultOf(action));
  }

  @Override
  public ActionResult execute(ChatAction action) {
    return executeLater(action).join();
  }

  @Override
  public CompletableFuture<ActionResult> executeLater(ChatAction action) {
    CompletableFuture<ActionResult> result = new CompletableFuture<>();
    boolean wait;
    synchronized (this) {
      started.add(action);
      wait = heldChats.contains(action.chat().value());
      if (wait) {
        held.add(new Held(action, result));
      }
      notifyAll();
    }
    if (!wait) {
      finish(action, result);
    }
    return result;
  }

  synchronized List<ChatAction> started() {
    return List.copyOf(started);
  }

  synchronized List<ChatAction> finished() {
    return List.copyOf(finished);
  }

  /** Waits until an action matching {@code which} has finished. */
  synchronized void awaitFinished(Predicate<ChatAction> which, Duration timeout) {
    awaitIn(finished, which, timeout, "finished");
  }

  /** Waits until an action matching {@code which} has been started. */
  synchronized void awaitStarted(Predicate<ChatAction> which, Duration timeout) {
    awaitIn(started, which, timeout, "started");
  }

  private void awaitIn(List<ChatAction> list, Predicate<ChatAction> which, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (list.stream().noneMatch(which)) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError("no matching action " + what + " within " + timeout + "; started " + started
            + ", finished " + finished);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static ActionResult resultOf(ChatAction action) {
    return action instanceof ChatAction.Send ? new ActionResult.Sent(MessageId.of(1)) : new ActionResult.Done();
  }
}
