package io.alita.bench.pipeline;

/** The run's clock, shared by the load generator and the long-polling feed: warm-up, the measured window, stop. */
final class Phase {

  static final int WARMUP = 0;
  static final int MEASURE = 1;
  static final int STOPPED = 2;

  private volatile int now = WARMUP;
  private volatile long windowStart;
  private volatile long windowEnd;

  int now() {
    return now;
  }

  boolean measuring() {
    return now == MEASURE;
  }

  void startWindow() {
    windowStart = System.nanoTime();
    now = MEASURE;
  }

  void stop() {
    if (now == MEASURE) {
      windowEnd = System.nanoTime();
    }
    now = STOPPED;
  }

  /** The measured window's length in seconds (0 before it ended). */
  double windowSeconds() {
    return windowEnd == 0 ? 0 : (windowEnd - windowStart) / 1e9;
  }
}
