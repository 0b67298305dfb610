package io.alita.telegram.update;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial queue ("lane") per chat on top of a shared, bounded pool: the tasks of one chat run one after another in
 * the order they were submitted, the tasks of different chats in parallel.
 *
 * <p>Why lanes rather than {@code n} single-thread executors picked by {@code chatId % n}: with stripes, one slow chat
 * (a long purge, a slow database call) stalls every chat that happens to share its stripe. A lane holds no thread
 * while idle, a busy chat occupies at most one pool thread, and after {@link #TURN} tasks a lane goes to the back of
 * the pool's queue so that one flooded chat cannot starve the others. Idle lanes are removed, so the map is as small as
 * the set of chats with work in flight. Thread-safe.
 */
final class ChatLanes {

  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

  /** Tasks a lane runs before yielding its thread to other chats. */
  static final int TURN = 8;

  private final ExecutorService pool;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Long, Lane> lanes = new HashMap<>(); // guarded by lock

  ChatLanes(ExecutorService pool) {
    this.pool = pool;
  }

  /**
   * Queues {@code task} behind the chat's earlier tasks.
   *
   * @throws RejectedExecutionException the pool is shut down
   */
  void submit(long chat, Runnable task) {
    lock.lock();
    try {
      Lane lane = lanes.computeIfAbsent(chat, Lane::new);
      lane.tasks.add(task);
      if (!lane.scheduled) {
        schedule(lane);
      }
    } finally {
      lock.unlock();
    }
  }

  private void schedule(Lane lane) {
    try {
      pool.execute(lane);
      lane.scheduled = true;
    } catch (RejectedExecutionException e) {
      // Leave the lane as it was so that the caller's task is not counted as queued anywhere.
      lane.tasks.pollLast();
      if (lane.tasks.isEmpty()) {
        lanes.remove(lane.chat);
      }
      throw e;
    }
  }

  private final class Lane implements Runnable {
    final long chat;
    final ArrayDeque<Runnable> tasks = new ArrayDeque<>(); // guarded by lock
    boolean scheduled; // guarded by lock

    Lane(long chat) {
      this.chat = chat;
    }

    @Override
    public void run() {
      int done = 0;
      while (true) {
        Runnable task;
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
        try {
          task.run();
        } catch (RuntimeException e) {
          // Tasks handle their own failures; this only keeps a lane alive should one ever escape.
          log.error("a task of chat {} failed", chat, e);
        } catch (Error e) {
          lock.lock();
          try {
            if (tasks.isEmpty() || !requeue()) {
              scheduled = false;
              lanes.remove(chat);
            }
          } finally {
            lock.unlock();
          }
          throw e;
        }
      }
    }

    /**
     * Goes to the back of the pool's queue, letting other chats have the thread. False when the pool is shutting
     * down: then this thread keeps draining the lane, since a graceful close means finishing what was accepted.
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
