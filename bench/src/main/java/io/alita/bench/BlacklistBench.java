package io.alita.bench;

import io.alita.domain.blacklists.BlacklistAutomaton;
import io.alita.domain.blacklists.BlacklistWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the per-message cost of blacklist matching against the number of words in a chat's list: the claim is that
 * it does not grow with the list (one Aho-Corasick automaton per chat). Prints a table; run with {@code make bench}.
 *
 * <p>Method: for each list size, build the automaton once (timed separately: it happens only when the list changes),
 * then scan a fixed corpus of realistic chat messages (no match, as most messages are) in warm-up rounds followed by
 * measured rounds; the median of the rounds is reported as nanoseconds per message.
 */
public final class BlacklistBench {

  private static final int MESSAGES = 2_000;
  private static final int WARMUP_ROUNDS = 20;
  private static final int ROUNDS = 15;

  private BlacklistBench() {}

  public static void main(String[] args) {
    Random random = new Random(42);
    List<String> corpus = corpus(random);
    System.out.println("Blacklist matching: cost per message against list size");
    System.out.println("(" + MESSAGES + " messages of 40-300 chars, no match; median of " + ROUNDS + " rounds after "
        + WARMUP_ROUNDS + " warm-up rounds; JDK " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores)");
    System.out.println();
    System.out.printf(Locale.ROOT, "| %8s | %14s | %14s | %12s |%n", "words", "build (ms)", "ns / message",
        "MB/s scanned");
    System.out.println("|----------|----------------|----------------|--------------|");
    long totalChars = corpus.stream().mapToLong(String::length).sum();
    int sink = 0;
    for (int size : new int[] {10, 100, 1_000, 10_000, 100_000}) {
      List<BlacklistWord> words = words(random, size);
      long t0 = System.nanoTime();
      BlacklistAutomaton automaton = BlacklistAutomaton.of(words);
      double buildMs = (System.nanoTime() - t0) / 1e6;
      long[] rounds = new long[ROUNDS];
      for (int r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
        long start = System.nanoTime();
        for (String message : corpus) {
          sink += automaton.firstMatch(message).isPresent() ? 1 : 0;
        }
        long elapsed = System.nanoTime() - start;
        if (r >= WARMUP_ROUNDS) {
          rounds[r - WARMUP_ROUNDS] = elapsed;
        }
      }
      Arrays.sort(rounds);
      long median = rounds[ROUNDS / 2];
      double perMessage = (double) median / MESSAGES;
      double mbPerSecond = (totalChars * 2.0 / 1e6) / (median / 1e9);
      System.out.printf(Locale.ROOT, "| %8d | %14.1f | %14.0f | %12.1f |%n", size, buildMs, perMessage, mbPerSecond);
    }
    if (sink != 0) {
      System.out.println("(unexpected matches: " + sink + ")");
    }
  }

  /** Words of 4-12 letters from an alphabet the corpus does not use, so no message matches (the common case). */
  private static List<BlacklistWord> words(Random random, int count) {
    List<BlacklistWord> words = new ArrayList<>(count);
    while (words.size() < count) {
      StringBuilder w = new StringBuilder();
      int length = 4 + random.nextInt(9);
      for (int i = 0; i < length; i++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      w.append('q').append('x'); // "qx" never appears in the corpus
      BlacklistWord.parse(w.toString()).word().ifPresent(words::add);
    }
    return words;
  }

  private static List<String> corpus(Random random) {
    String[] vocabulary = {"hello", "everyone", "the", "meeting", "is", "at", "five", "please", "read", "rules",
        "thanks", "great", "idea", "see", "you", "tomorrow", "who", "wants", "coffee", "link", "photo", "video",
        "question", "answer", "group", "admin", "bot", "Привет", "всем", "مرحبا", "😀", "👍", "ok", "lol"};
    List<String> corpus = new ArrayList<>(MESSAGES);
    for (int m = 0; m < MESSAGES; m++) {
      StringBuilder text = new StringBuilder();
      int target = 40 + random.nextInt(261);
      while (text.length() < target) {
        text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      corpus.add(text.toString());
    }
    return corpus;
  }
}
