package io.alita.domain.dispatch;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the modules declared for the worker's start, background and stop ({@link Registry#onStart},
 * {@link Registry#every}, {@link Registry#onStop}). The worker runs it without knowing what any module does: start
 * hooks before updates are taken, jobs on its scheduler, stop hooks after the last update finished.
 */
public final class Lifecycle {

  private static final System.Logger LOG = System.getLogger(Lifecycle.class.getName());

  /** One periodic job of a module. */
  public record Job(String module, Duration period, PeriodicJob job) {
    public Job {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(job, "job");
      if (period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("a job's period must be positive, got " + period);
      }
    }

    /** Runs the job once; a failure is logged, and the next period tries again. */
    public void runOnce(Timers timers) {
      try {
        job.run(timers);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, module + ": background job failed (will try again in " + period + "): " + e);
      }
    }
  }

  private record Hook<T>(String module, T hook) {}

  private final List<Hook<StartHook>> starts = new ArrayList<>();
  private final List<Job> jobs = new ArrayList<>();
  private final List<Hook<Runnable>> stops = new ArrayList<>();

  void addStart(String module, StartHook hook) {
    starts.add(new Hook<>(module, Objects.requireNonNull(hook, "hook")));
  }

  void addJob(String module, Duration period, PeriodicJob job) {
    jobs.add(new Job(module, period, job));
  }

  void addStop(String module, Runnable hook) {
    stops.add(new Hook<>(module, Objects.requireNonNull(hook, "hook")));
  }

  /**
   * Runs every start hook, in module order. A hook that fails is logged and the others still run: a module that
   * could not recover catches up through its periodic job.
   *
   * @return how many hooks failed
   */
  public int start(Timers timers) {
    int failed = 0;
    for (Hook<StartHook> h : starts) {
      try {
        h.hook().start(timers);
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.ERROR, h.module() + ": start failed; its periodic work will catch up", e);
      }
    }
    return failed;
  }

  public List<Job> jobs() {
    return List.copyOf(jobs);
  }

  /** Runs every stop hook, in module order; one that fails is logged and the others still run. */
  public void stop() {
    for (Hook<Runnable> h : stops) {
      try {
        h.hook().run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, h.module() + ": stop failed: " + e);
      }
    }
  }
}
