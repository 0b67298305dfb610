package io.alita.domain.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
  /** The root's step for each ASCII code point (the root is where most of a text that matches nothing is read). */
  private final int[] rootAscii = new int[128];

  private SubstringAutomaton(List<K> keys, int[] lengths, int[] edgeStart, int[] edgeLabel, int[] edgeTarget,
      int[] failure, int[] output) {
    this.keys = keys;
    this.lengths = lengths;
    this.edgeStart = edgeStart;
    this.edgeLabel = edgeLabel;
    this.edgeTarget = edgeTarget;
    this.failure = failure;
    this.output = output;
    for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1] && edgeLabel[e] < 128; e++) {
      rootAscii[edgeLabel[e]] = edgeTarget[e]; // ROOT (0) where the root has no such edge
    }
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
    String[] values = new String[sorted.size()];
    int capacity = 1;
    for (int w = 0; w < sorted.size(); w++) {
      values[w] = text.apply(sorted.get(w));
      if (values[w].isEmpty()) {
        throw new IllegalArgumentException("a key has text");
      }
      capacity += values[w].length();
    }
    // The trie in flat arrays (state, label) -> child through an open-addressing table: no boxing, no map per state.
    int[] parent = new int[capacity];
    int[] label = new int[capacity];
    int[] terminal = new int[capacity];
    Arrays.fill(terminal, NONE);
    Edges edges = new Edges(capacity);
    int states = 1;
    for (int w = 0; w < sorted.size(); w++) {
      String value = values[w];
      int state = ROOT;
      for (int i = 0; i < value.length(); ) {
        int raw = value.codePointAt(i);
        i += Character.charCount(raw);
        int cp = CaseFold.fold(raw);
        lengths[w]++;
        int next = edges.get(state, cp);
        if (next < 0) {
          next = states++;
          parent[next] = state;
          label[next] = cp;
          edges.put(state, cp, next);
        }
        state = next;
      }
      if (terminal[state] == NONE) {
        terminal[state] = w;
      }
    }
    // Compressed rows: each state's edges together, sorted by label.
    int[] edgeStart = new int[states + 1];
    for (int s = 1; s < states; s++) {
      edgeStart[parent[s] + 1]++;
    }
    for (int s = 0; s < states; s++) {
      edgeStart[s + 1] += edgeStart[s];
    }
    int[] fill = Arrays.copyOf(edgeStart, states);
    int[] edgeLabel = new int[states - 1];
    int[] edgeTarget = new int[states - 1];
    for (int s = 1; s < states; s++) {
      int at = fill[parent[s]]++;
      edgeLabel[at] = label[s];
      edgeTarget[at] = s;
    }
    for (int s = 0; s < states; s++) {
      sortRow(edgeLabel, edgeTarget, edgeStart[s], edgeStart[s + 1]);
    }
    int[] failure = new int[states];
    int[] output = new int[states];
    Arrays.fill(output, NONE);
    SubstringAutomaton<K> built =
        new SubstringAutomaton<>(sorted, lengths, edgeStart, edgeLabel, edgeTarget, failure, output);
    built.link(terminal);
    return built;
  }

  /** Sorts one state's edges by label (insertion sort: most states have one edge, few more than a handful). */
  private static void sortRow(int[] labels, int[] targets, int from, int to) {
    if (to - from > 16) {
      long[] packed = new long[to - from];
      for (int i = from; i < to; i++) {
        packed[i - from] = ((long) labels[i] << 32) | (targets[i] & 0xffffffffL);
      }
      Arrays.sort(packed); // labels are code points, never negative
      for (int i = from; i < to; i++) {
        labels[i] = (int) (packed[i - from] >>> 32);
        targets[i] = (int) packed[i - from];
      }
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int l = labels[i];
      int t = targets[i];
      int j = i - 1;
      while (j >= from && labels[j] > l) {
        labels[j + 1] = labels[j];
        targets[j + 1] = targets[j];
        j--;
      }
      labels[j + 1] = l;
      targets[j + 1] = t;
    }
  }

  /** The trie's edges while it is built: (state, code point) to child, open addressing with linear probing. */
  private static final class Edges {
    private final long[] keys;
    private final int[] children;
    private final int mask;

    Edges(int expected) {
      int size = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
      keys = new long[size];
      children = new int[size];
      Arrays.fill(children, NONE);
      mask = size - 1;
    }

    private static long key(int state, int cp) {
      return ((long) state << 32) | (cp & 0xffffffffL);
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }

    int get(int state, int cp) {
      long k = key(state, cp);
      for (int i = slot(k); ; i = (i + 1) & mask) {
        if (children[i] == NONE) {
          return NONE;
        }
        if (keys[i] == k) {
          return children[i];
        }
      }
    }

    void put(int state, int cp, int child) {
      long k = key(state, cp);
      int i = slot(k);
      while (children[i] != NONE) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      children[i] = child;
    }
  }

  /** Failure links and outputs, breadth first: a state's links rely on those of shorter prefixes. */
  private void link(int[] terminal) {
    int[] queue = new int[failure.length];
    int head = 0;
    int tail = 0;
    failure[ROOT] = ROOT;
    output[ROOT] = NONE;
    queue[tail++] = ROOT;
    while (head < tail) {
      int state = queue[head++];
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
        output[child] = terminal[child] != NONE ? terminal[child] : output[failure[child]];
        queue[tail++] = child;
      }
    }
  }

  /** The state reached from {@code state} by {@code label}, or -1 when it has no such edge. */
  private int step(int state, int label) {
    int found = Arrays.binarySearch(edgeLabel, edgeStart[state], edgeStart[state + 1], label);
    return found >= 0 ? edgeTarget[found] : -1;
  }

  private int advance(int state, int cp) {
    while (state != ROOT) {
      int next = step(state, cp);
      if (next >= 0) {
        return next;
      }
      state = failure[state];
    }
    if (cp < 128) {
      return rootAscii[cp];
    }
    int next = step(ROOT, cp);
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
