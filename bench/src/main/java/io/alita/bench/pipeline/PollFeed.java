package io.alita.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the bench Bot API serves to {@code getUpdates}: a new batch of as many updates as asked for, at once, every
 * time. A batch is acknowledged when a later {@code getUpdates} asks for an offset past its last update; its latency,
 * counted once for each update in it, is from serving the batch to that acknowledgement: the worker's whole handling
 * of the batch plus one poll round trip, which is what Telegram sees.
 */
final class PollFeed {

  private record Served(long lastId, int size, long servedAt, boolean inWindow) {}

  private final UpdateFactory updates;
  private final AtomicLong updateIds;
  private final Phase phase;
  private final ArrayDeque<Served> unacknowledged = new ArrayDeque<>();
  private final SplittableRandom random = new SplittableRandom(42);
  private final Latencies latencies = new Latencies();
  private long acknowledgedInWindow;
  private long polls;
  /** The first batches hold one message for each group, in order: every chat's caches are filled first. */
  private int primed;
  private long primingLastId = -1;
  private boolean primingAcknowledged;

  PollFeed(AtomicLong updateIds, Phase phase) {
    this.updateIds = updateIds;
    this.updates = new UpdateFactory(updateIds);
    this.phase = phase;
  }

  synchronized byte[] serve(long offset, int limit) {
    polls++;
    long now = System.nanoTime();
    boolean measuring = phase.measuring();
    while (!unacknowledged.isEmpty() && unacknowledged.peekFirst().lastId() < offset) {
      Served s = unacknowledged.pollFirst();
      if (primingLastId >= 0 && s.lastId() >= primingLastId) {
        primingAcknowledged = true;
      }
      if (s.inWindow() && measuring) {
        latencies.add(now - s.servedAt(), s.size());
        acknowledgedInWindow += s.size();
      }
    }
    if (phase.now() == Phase.STOPPED) {
      return "{\"ok\":true,\"result\":[]}".getBytes(StandardCharsets.UTF_8);
    }
    int n = Math.max(1, Math.min(100, limit));
    StringBuilder body = new StringBuilder(n * 380).append("{\"ok\":true,\"result\":[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        body.append(',');
      }
      if (primed < UpdateFactory.GROUPS) {
        body.append(updates.nextInGroup(random, ++primed));
        if (primed == UpdateFactory.GROUPS) {
          primingLastId = updateIds.get() - 1;
        }
      } else {
        body.append(updates.next(random));
      }
    }
    body.append("]}");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    // Only this thread makes updates from this counter while the feed runs: the batch ends just below it.
    unacknowledged.addLast(new Served(updateIds.get() - 1, n, System.nanoTime(), phase.measuring()));
    return bytes;
  }

  synchronized Latencies latencies() {
    return Latencies.merge(java.util.List.of(latencies));
  }

  synchronized long acknowledgedInWindow() {
    return acknowledgedInWindow;
  }

  /** Whether the batches holding every group's first message were acknowledged: the caches are warm. */
  synchronized boolean primed() {
    return primingAcknowledged;
  }

  boolean stopped() {
    return phase.now() == Phase.STOPPED;
  }

  synchronized long polls() {
    return polls;
  }
}
