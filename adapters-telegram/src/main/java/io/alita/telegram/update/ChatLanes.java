package io.alita.telegram.update;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 *
 * <p>A lane's state is changed only inside {@link ConcurrentHashMap#compute} on its chat, so it is guarded by the
 * map's lock for that key, not by one lock for every chat: a single lock here was, with {@link RecentUpdates}, where
 * the webhook threads queued under the pipeline benchmark (decision 0042). The pool must not run a task on the
 * submitting thread (a {@code ThreadPoolExecutor} with its default policy does not): it is called inside that lock.
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
  private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();

  ChatLanes(Executor pool) {
    this.pool = pool;
  }

  /**
   * Queues {@code task} behind the chat's earlier tasks.
   *
   * @throws RejectedExecutionException the pool is shut down
   */
  void submit(long chat, Task task) {
    lanes.compute(chat, (key, existing) -> {
      Lane lane = existing != null ? existing : new Lane(chat);
      lane.tasks.add(task);
      if (!lane.scheduled) {
        try {
          pool.execute(lane);
          lane.scheduled = true;
        } catch (RejectedExecutionException e) {
          // Leave the lane as it was so that the caller's task is not counted as queued anywhere: the lane was new (a
          // lane in the map is always scheduled), and a throw from compute leaves the map without it.
          lane.tasks.pollLast();
          throw e;
        }
      }
      return lane;
    });
  }

  /** Chats with tasks queued or running. */
  int busyChats() {
    return lanes.size();
  }

  private final class Lane implements Runnable {
    final long chat;
    final ArrayDeque<Task> tasks = new ArrayDeque<>(); // guarded by the map's lock for chat (changed in compute)
    boolean scheduled; // likewise: queued on the pool, running, or waiting for a task's stage

    Lane(long chat) {
      this.chat = chat;
    }

    @Override
    public void run() {
      int done = 0;
      while (true) {
        Task task = next(done);
        if (task == null) {
          return; // finished (the lane was removed) or yielded (it is back on the pool's queue)
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

    /** The next task to start, or null when the lane finished or went to the back of the pool's queue. */
    private Task next(int done) {
      Task[] next = new Task[1];
      lanes.compute(chat, (key, lane) -> {
        // lane == this: a scheduled lane stays in the map until it finds no task, below
        if (done >= TURN && !tasks.isEmpty() && requeue()) {
          return this;
        }
        next[0] = tasks.poll();
        if (next[0] == null) {
          scheduled = false;
          return null; // removes the idle lane
        }
        return this;
      });
      return next[0];
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
