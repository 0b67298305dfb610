package io.alita.bench.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A child JVM (the worker or the bare endpoint), its output in a log file, stopped with SIGTERM then SIGKILL. */
final class ChildProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  /** Killed when the bench itself is stopped (Ctrl-C), so no worker outlives it. */
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "bench-children"));
  }

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code command} in {@code directory} (an empty one, so no developer's {@code .env} is read) with only
   * {@code PATH}, {@code HOME} and {@code env} in its environment.
   */
  static ChildProcess start(String name, List<String> command, Map<String, String> env, Path directory)
      throws IOException {
    Path log = directory.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    String path = environment.get("PATH");
    String home = environment.get("HOME");
    environment.clear();
    if (path != null) {
      environment.put("PATH", path);
    }
    if (home != null) {
      environment.put("HOME", home);
    }
    String arenas = System.getenv("MALLOC_ARENA_MAX"); // part of the JVM defaults under test (decision 0036)
    if (arenas != null) {
      environment.put("MALLOC_ARENA_MAX", arenas);
    }
    environment.putAll(env);
    Process process = builder.start();
    LIVE.add(process);
    return new ChildProcess(name, process, log);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  long logBytes() {
    try {
      return Files.size(log);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Waits until {@code GET url} answers 200 and {@code also} holds; fails with the log's tail otherwise. */
  void awaitReady(String url, BooleanSupplier also, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready:\n"
            + tail(40));
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 && also.getAsBoolean()) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s:\n" + tail(40));
  }

  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** SIGTERM, up to 40 s for its own shutdown, then SIGKILL. Idempotent. */
  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }

  @Override
  public void close() {
    LIVE.remove(process);
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(40, TimeUnit.SECONDS)) {
        System.err.println("(" + name + " did not stop within 40 s of SIGTERM; killed)");
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
