package io.alita.domain.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An Aho-Corasick automaton over a set of keys (a chat's blacklisted words, a chat's filter triggers): one pass over a
 * text finds which key occurs in it, in time proportional to the text (the failure links are followed at most once
 * per character read), whatever the number of keys. Built once per chat and kept until the chat's list changes.
 *
 * <p>It works on Unicode code points, folded as {@link CaseFold} folds them, so a text matches regardless of case and
 * of how an accented letter was encoded; emoji and other characters outside the Basic Multilingual Plane are one
 * step each, never half a surrogate pair. Each key's text must be folded already (the value types that hold them
 * fold what an admin typed).
 *
 * <p>Layout: after building, every state's outgoing edges sit sorted in two flat arrays (compressed rows), so a step is
 * a binary search among that state's few edges and the whole automaton is a handful of {@code int[]}. Immutable and
 * safe to share between threads.
 *
 * @param <K> what is matched: a value with a text and an order (duplicates by that order are kept once)
 */
public final class SubstringAutomaton<K> {

  /**
   * Where a key was found.
   *
   * @param key the key
   * @param start the offset, in code points of the normalized text, of its first code point
   * @param end the offset just after its last code point
   */
  public record Match<K>(K key, int start, int end) {
    public Match {
      Objects.requireNonNull(key, "key");
    }
  }

  private static final int ROOT = 0;
  private static final int NONE = -1;

  private final List<K> keys;
  /** Code points of each key, by index in {@link #keys}. */
  private final int[] lengths;
  /** Edges of state s are at [edgeStart[s], edgeStart[s + 1]) of edgeLabel/edgeTarget, sorted by label. */
  private final int[] edgeStart;
  private final int[] edgeLabel;
  private final int[] edgeTarget;
  private final int[] failure;
  /** The index (in {@link #keys}) of the longest key ending at the state, following the failure links; or -1. */
  private final int[] output;

  private SubstringAutomaton(List<K> keys, int[] lengths, int[] edgeStart, int[] edgeLabel, int[] edgeTarget,
      int[] failure, int[] output) {
    this.keys = keys;
    this.lengths = lengths;
    this.edgeStart = edgeStart;
    this.edgeLabel = edgeLabel;
    this.edgeTarget = edgeTarget;
    this.failure = failure;
    this.output = output;
  }

  /**
   * The automaton of {@code keys}.
   *
   * @param order sorts the keys ({@link #keys()}) and tells duplicates, which are kept once
   * @param text a key's text, folded (not empty)
   */
  public static <K> SubstringAutomaton<K> of(java.util.Collection<K> keys, Comparator<? super K> order,
      Function<? super K, String> text) {
    TreeSet<K> unique = new TreeSet<>(order);
    unique.addAll(keys);
    List<K> sorted = List.copyOf(unique);
    int[] lengths = new int[sorted.size()];
    // The trie, with a map of edges per state while it grows.
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<Integer> terminal = new ArrayList<>();
    children.add(new HashMap<>());
    terminal.add(NONE);
    for (int w = 0; w < sorted.size(); w++) {
      String value = text.apply(sorted.get(w));
      if (value.isEmpty()) {
        throw new IllegalArgumentException("a key has text");
      }
      int state = ROOT;
      for (int i = 0; i < value.length(); ) {
        int cp = CaseFold.fold(value.codePointAt(i));
        i += Character.charCount(value.codePointAt(i));
        lengths[w]++;
        Integer next = children.get(state).get(cp);
        if (next == null) {
          next = children.size();
          children.add(new HashMap<>());
          terminal.add(NONE);
          children.get(state).put(cp, next);
        }
        state = next;
      }
      if (terminal.get(state) == NONE) {
        terminal.set(state, w);
      }
    }
    int states = children.size();
    int[] edgeStart = new int[states + 1];
    for (int s = 0; s < states; s++) {
      edgeStart[s + 1] = edgeStart[s] + children.get(s).size();
    }
    int[] edgeLabel = new int[edgeStart[states]];
    int[] edgeTarget = new int[edgeStart[states]];
    for (int s = 0; s < states; s++) {
      int[] labels = children.get(s).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int k = 0; k < labels.length; k++) {
        edgeLabel[edgeStart[s] + k] = labels[k];
        edgeTarget[edgeStart[s] + k] = children.get(s).get(labels[k]);
      }
    }
    int[] failure = new int[states];
    int[] output = new int[states];
    Arrays.fill(output, NONE);
    SubstringAutomaton<K> built =
        new SubstringAutomaton<>(sorted, lengths, edgeStart, edgeLabel, edgeTarget, failure, output);
    built.link(terminal);
    return built;
  }

  /** Failure links and outputs, breadth first: a state's links rely on those of shorter prefixes. */
  private void link(List<Integer> terminal) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    failure[ROOT] = ROOT;
    output[ROOT] = NONE;
    queue.add(ROOT);
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
        int label = edgeLabel[e];
        int child = edgeTarget[e];
        if (state == ROOT) {
          failure[child] = ROOT;
        } else {
          int f = failure[state];
          while (f != ROOT && step(f, label) < 0) {
            f = failure[f];
          }
          int target = step(f, label);
          failure[child] = target >= 0 ? target : ROOT;
        }
        output[child] = terminal.get(child) != NONE ? terminal.get(child) : output[failure[child]];
        queue.add(child);
      }
    }
  }

  /** The state reached from {@code state} by {@code label}, or -1 when it has no such edge. */
  private int step(int state, int label) {
    int found = Arrays.binarySearch(edgeLabel, edgeStart[state], edgeStart[state + 1], label);
    return found >= 0 ? edgeTarget[found] : -1;
  }

  private int advance(int state, int cp) {
    int next = step(state, cp);
    while (next < 0 && state != ROOT) {
      state = failure[state];
      next = step(state, cp);
    }
    return next < 0 ? ROOT : next;
  }

  /**
   * The key whose occurrence in {@code text} ends first (of several ending at the same place, the longest), compared
   * case-insensitively; empty when none occurs. Stops reading at that point: the cheapest answer to "does any occur?".
   */
  public Optional<Match<K>> firstEnding(String text) {
    if (keys.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    String normalized = CaseFold.nfc(text);
    int state = ROOT;
    int position = 0;
    for (int i = 0; i < normalized.length(); ) {
      int raw = normalized.codePointAt(i);
      i += Character.charCount(raw);
      position++;
      state = advance(state, CaseFold.fold(raw));
      if (output[state] != NONE) {
        int k = output[state];
        return Optional.of(new Match<>(keys.get(k), position - lengths[k], position));
      }
    }
    return Optional.empty();
  }

  /**
   * The key whose occurrence in {@code text} starts first (of several starting at the same place, the longest),
   * compared case-insensitively; empty when none occurs: the leftmost-longest match, the one a reader sees first.
   * Reads on past the first occurrence only as far as a longer key could still start at or before it.
   */
  public Optional<Match<K>> leftmostLongest(String text) {
    if (keys.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    String normalized = CaseFold.nfc(text);
    int longest = Arrays.stream(lengths).max().orElse(0);
    int state = ROOT;
    int position = 0;
    int bestKey = NONE;
    int bestStart = Integer.MAX_VALUE;
    for (int i = 0; i < normalized.length(); ) {
      if (bestKey != NONE && position >= bestStart + longest) {
        break; // every key ending from here on starts after the best one
      }
      int raw = normalized.codePointAt(i);
      i += Character.charCount(raw);
      position++;
      state = advance(state, CaseFold.fold(raw));
      int k = output[state];
      if (k != NONE) {
        // the longest key ending here is the one that starts earliest among those ending here; a later end with the
        // same start is longer, so it wins the tie
        int start = position - lengths[k];
        if (start <= bestStart) {
          bestStart = start;
          bestKey = k;
        }
      }
    }
    if (bestKey == NONE) {
      return Optional.empty();
    }
    return Optional.of(new Match<>(keys.get(bestKey), bestStart, bestStart + lengths[bestKey]));
  }

  /** The keys it finds, in their order. */
  public List<K> keys() {
    return keys;
  }

  /** True when it has no keys. */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** How many states it has (one per distinct prefix of its keys, plus the root): its size in memory. */
  public int states() {
    return failure.length;
  }
}
