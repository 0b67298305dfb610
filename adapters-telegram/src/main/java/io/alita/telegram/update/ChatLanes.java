package io.alita.telegram.update;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial queue ("lane") per chat on top of a shared, bounded pool: the tasks of one chat run one after another in
 * the order they were submitted, the tasks of different chats in parallel.
 *
 * <p>A task is <em>asynchronous</em>: it starts on a pool thread and returns a stage, and the lane takes its next task
 * only when that stage completes. While a chat waits (its messages wait out a flood pause, its update waits for the
 * database to come back) its lane holds no thread, so no number of waiting chats can starve the others.
 *
 * <p>Why lanes rather than {@code n} single-thread executors picked by {@code chatId % n}: with stripes, one slow chat
 * stalls every chat that happens to share its stripe. A busy chat occupies at most one pool thread, and after
 * {@link #TURN} tasks that finished at once a lane goes to the back of the pool's queue so that one flooded chat cannot
 * starve the others. Idle lanes are removed, so the map is as small as the set of chats with work in flight.
 * Thread-safe.
 */
final class ChatLanes {

  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

  /** Tasks a lane runs before yielding its thread to other chats. */
  static final int TURN = 8;

  /** One task of a lane: started on a pool thread; the lane goes on when the returned stage completes. */
  @FunctionalInterface
  interface Task {
    CompletionStage<?> start();
  }

  private final Executor pool;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Long, Lane> lanes = new HashMap<>(); // guarded by lock

  ChatLanes(Executor pool) {
    this.pool = pool;
  }

  /**
   * Queues {@code task} behind the chat's earlier tasks.
   *
   * @throws RejectedExecutionException the pool is shut down
   */
  void submit(long chat, Task task) {
    lock.lock();
    try {
      Lane lane = lanes.computeIfAbsent(chat, Lane::new);
      lane.tasks.add(task);
      if (!lane.scheduled) {
        try {
          pool.execute(lane);
          lane.scheduled = true;
        } catch (RejectedExecutionException e) {
          // Leave the lane as it was so that the caller's task is not counted as queued anywhere.
          lane.tasks.pollLast();
          if (lane.tasks.isEmpty()) {
            lanes.remove(chat);
          }
          throw e;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Chats with tasks queued or running. */
  int busyChats() {
    lock.lock();
    try {
      return lanes.size();
    } finally {
      lock.unlock();
    }
  }

  private final class Lane implements Runnable {
    final long chat;
    final ArrayDeque<Task> tasks = new ArrayDeque<>(); // guarded by lock
    boolean scheduled; // guarded by lock: queued on the pool, running, or waiting for a task's stage

    Lane(long chat) {
      this.chat = chat;
    }

    @Override
    public void run() {
      int done = 0;
      while (true) {
        Task task;
        lock.lock();
        try {
          if (done >= TURN && !tasks.isEmpty() && requeue()) {
            return;
          }
          task = tasks.poll();
          if (task == null) {
            scheduled = false;
            lanes.remove(chat);
            return;
          }
        } finally {
          lock.unlock();
        }
        done++;
        CompletableFuture<?> stage = started(task);
        if (!stage.isDone()) {
          // The lane waits without a thread; the stage's completion puts it back on the pool.
          stage.whenComplete((ok, failure) -> resume());
          return;
        }
      }
    }

    private CompletableFuture<?> started(Task task) {
      try {
        CompletionStage<?> stage = task.start();
        return stage == null ? CompletableFuture.completedFuture(null) : stage.toCompletableFuture();
      } catch (RuntimeException | Error e) {
        // Tasks handle their own failures; this only keeps a lane alive should one ever escape. An Error too: left to
        // unwind, it would leave the lane marked as scheduled with nothing running it, and the chat would never be
        // served again.
        log.error("a task of chat {} failed", chat, e);
        return CompletableFuture.completedFuture(null);
      }
    }

    private void resume() {
      try {
        pool.execute(this);
      } catch (RejectedExecutionException e) {
        // The pool is shutting down: finish the lane here, since a graceful close means finishing what was accepted.
        run();
      }
    }

    /**
     * Goes to the back of the pool's queue, letting other chats have the thread. False when the pool is shutting
     * down: then this thread keeps draining the lane.
     */
    private boolean requeue() {
      try {
        pool.execute(this);
        return true;
      } catch (RejectedExecutionException e) {
        return false;
      }
    }
  }
}
