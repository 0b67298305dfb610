package io.alita.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH microbenchmarks of {@code io.alita.bench.jmh} (command parser, markdown formatter, blacklist automaton,
 * one message's decision), prints JMH's table, then the cost growth with message length: for 10, 100 and 1,000 words,
 * ns per message, ns per word, and the ratio of the 1,000-word throughput per word to the 10-word one (1.0: a word
 * costs the same in a long message as in a short one).
 *
 * <p>Short by default, so that {@code make bench} stays within minutes: 1 fork, 3 warm-up and 5 measured iterations
 * of 1 s. Any JMH option given overrides that, e.g. for a longer run:
 * {@code java -cp ... io.alita.bench.MicroBench -f 3 -wi 5 -i 10 -r 2s} or one benchmark only:
 * {@code ... io.alita.bench.MicroBench DecisionBench}.
 */
public final class MicroBench {

  private MicroBench() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions given = new CommandLineOptions(args);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
    if (given.getIncludes().isEmpty()) {
      options.include("io\\.alita\\.bench\\.jmh\\..*");
    }
    if (!given.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!given.getWarmupIterations().hasValue()) {
      options.warmupIterations(3);
    }
    if (!given.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!given.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!given.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    growth(results);
  }

  /** The cost growth table of each benchmark with a {@code words} parameter. */
  static void growth(Collection<RunResult> results) {
    Map<String, Map<Integer, Double>> byBench = new TreeMap<>();
    for (RunResult r : results) {
      String words = r.getParams().getParam("words");
      if (words == null) {
        continue;
      }
      String name = r.getParams().getBenchmark().replaceFirst("^.*\\.jmh\\.", "");
      double ns = nanos(r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreUnit());
      byBench.computeIfAbsent(name, k -> new TreeMap<>()).put(Integer.parseInt(words), ns);
    }
    if (byBench.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("Cost growth with message length (ns per message; throughput per word relative to 10 words)");
    System.out.println();
    System.out.printf(Locale.ROOT, "| %-28s | %6s | %14s | %10s | %19s |%n", "benchmark", "words", "ns / message",
        "ns / word", "per-word rate vs 10");
    System.out.println("|------------------------------|--------|----------------|------------|---------------------|");
    List<String> verdicts = new ArrayList<>();
    byBench.forEach((name, rows) -> {
      Double base = rows.get(10);
      rows.forEach((words, ns) -> {
        String ratio = base == null ? "-" : String.format(Locale.ROOT, "%.2f", (base / 10) / (ns / words));
        System.out.printf(Locale.ROOT, "| %-28s | %6d | %14.0f | %10.1f | %19s |%n", name, words, ns, ns / words,
            ratio);
      });
      Double longest = rows.get(1000);
      if (base != null && longest != null) {
        verdicts.add(String.format(Locale.ROOT, "%s: 1,000-word messages at %.2f of the 10-word rate per word",
            name, (base / 10) / (longest / 1000)));
      }
    });
    System.out.println();
    verdicts.forEach(System.out::println);
  }

  private static double nanos(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score;
      case "us/op" -> score * 1e3;
      case "ms/op" -> score * 1e6;
      case "s/op" -> score * 1e9;
      default -> throw new IllegalArgumentException("unexpected JMH unit " + unit + " (use -bm avgt)");
    };
  }
}
