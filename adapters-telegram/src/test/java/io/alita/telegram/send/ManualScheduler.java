package io.alita.telegram.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler on {@link FakeTime} for the limiter's asynchronous path: nothing runs until the test {@link #advance}s
 * the clock, and then the due tasks run in order on the test's thread. The limiter only calls
 * {@link #schedule(Runnable, long, TimeUnit)}; the other ways to schedule are not supported. Thread-safe.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

  private final FakeTime time;
  private final PriorityQueue<Task> tasks = new PriorityQueue<>(); // guarded by this
  private long sequence; // guarded by this
  private boolean shutdown; // guarded by this

  ManualScheduler(FakeTime time) {
    this.time = time;
  }

  /** Tasks waiting for their time. */
  synchronized int pending() {
    return tasks.size();
  }

  /** Waits (in real time, up to {@code timeout}) until at least {@code count} tasks wait for their time. */
  synchronized void awaitPending(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (tasks.size() < count) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError("expected " + count + " scheduled task(s) within " + timeout + ", have " + tasks.size());
      }
      TimeUnit.NANOSECONDS.timedWait(this, remaining);
    }
  }

  /** Moves the clock on by {@code by}, running each task that comes due on the way, at its time. */
  void advance(Duration by) {
    long target = time.nanoTime() + by.toNanos();
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.peek();
        if (next == null || next.due - target > 0) {
          break;
        }
        tasks.poll();
      }
      time.advanceTo(next.due);
      next.run();
    }
    time.advanceTo(target);
  }

  @Override
  public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    if (shutdown) {
      throw new RejectedExecutionException("scheduler shut down");
    }
    Task task = new Task(command, time.nanoTime() + unit.toNanos(Math.max(0, delay)), sequence++);
    tasks.add(task);
    notifyAll();
    return task;
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> left = new ArrayList<>(tasks);
    tasks.clear();
    return left;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && tasks.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  private final class Task implements ScheduledFuture<Object>, Runnable {
    final Runnable command;
    final long due;
    final long seq;
    private volatile boolean done;
    private volatile boolean cancelled;

    Task(Runnable command, long due, long seq) {
      this.command = command;
      this.due = due;
      this.seq = seq;
    }

    @Override
    public void run() {
      if (!cancelled) {
        try {
          command.run();
        } finally {
          done = true;
        }
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(due - time.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      Task o = (Task) other;
      int byTime = Long.compare(due, o.due);
      return byTime != 0 ? byTime : Long.compare(seq, o.seq);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      synchronized (ManualScheduler.this) {
        cancelled = tasks.remove(this) || cancelled;
      }
      return cancelled;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done || cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException("the limiter never waits on a scheduled task");
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      throw new UnsupportedOperationException("the limiter never waits on a scheduled task");
    }
  }
}
