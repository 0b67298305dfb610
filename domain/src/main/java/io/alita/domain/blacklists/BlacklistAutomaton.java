package io.alita.domain.blacklists;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over a chat's blacklisted words: one pass over a text finds whether any word occurs in it,
 * in time proportional to the text (the failure links are followed at most once per character read), whatever the
 * number of words. Built once per chat and kept until the chat's list changes.
 *
 * <p>It works on Unicode code points, folded as {@link CaseFold} folds them, so a text matches regardless of case and
 * of how an accented letter was encoded; emoji and other characters outside the Basic Multilingual Plane are one
 * step each, never half a surrogate pair.
 *
 * <p>Layout: after building, every state's outgoing edges sit sorted in two flat arrays (compressed rows), so a step is
 * a binary search among that state's few edges and the whole automaton is a handful of {@code int[]}. Immutable and
 * safe to share between threads.
 */
public final class BlacklistAutomaton {

  /** An automaton without words: matches nothing. */
  public static final BlacklistAutomaton EMPTY = of(List.of());

  private static final int ROOT = 0;
  private static final int NO_WORD = -1;

  private final List<BlacklistWord> words;
  /** Edges of state s are at [edgeStart[s], edgeStart[s + 1]) of edgeLabel/edgeTarget, sorted by label. */
  private final int[] edgeStart;
  private final int[] edgeLabel;
  private final int[] edgeTarget;
  private final int[] failure;
  /** The index (in {@link #words}) of the longest word ending at the state, following the failure links; or -1. */
  private final int[] output;

  private BlacklistAutomaton(List<BlacklistWord> words, int[] edgeStart, int[] edgeLabel, int[] edgeTarget,
      int[] failure, int[] output) {
    this.words = words;
    this.edgeStart = edgeStart;
    this.edgeLabel = edgeLabel;
    this.edgeTarget = edgeTarget;
    this.failure = failure;
    this.output = output;
  }

  /** The automaton of {@code words} (duplicates are ignored). */
  public static BlacklistAutomaton of(Collection<BlacklistWord> words) {
    List<BlacklistWord> sorted = List.copyOf(new TreeSet<>(words));
    // The trie, with a map of edges per state while it grows.
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<Integer> terminal = new ArrayList<>();
    children.add(new HashMap<>());
    terminal.add(NO_WORD);
    for (int w = 0; w < sorted.size(); w++) {
      String value = sorted.get(w).value();
      int state = ROOT;
      for (int i = 0; i < value.length(); ) {
        int cp = CaseFold.fold(value.codePointAt(i));
        i += Character.charCount(value.codePointAt(i));
        Integer next = children.get(state).get(cp);
        if (next == null) {
          next = children.size();
          children.add(new HashMap<>());
          terminal.add(NO_WORD);
          children.get(state).put(cp, next);
        }
        state = next;
      }
      terminal.set(state, w);
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
    Arrays.fill(output, NO_WORD);
    BlacklistAutomaton built = new BlacklistAutomaton(sorted, edgeStart, edgeLabel, edgeTarget, failure, output);
    built.link(terminal);
    return built;
  }

  /** Failure links and outputs, breadth first: a state's links rely on those of shorter prefixes. */
  private void link(List<Integer> terminal) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    failure[ROOT] = ROOT;
    output[ROOT] = NO_WORD;
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
        output[child] = terminal.get(child) != NO_WORD ? terminal.get(child) : output[failure[child]];
        queue.add(child);
      }
    }
  }

  /** The state reached from {@code state} by {@code label}, or -1 when it has no such edge. */
  private int step(int state, int label) {
    int found = Arrays.binarySearch(edgeLabel, edgeStart[state], edgeStart[state + 1], label);
    return found >= 0 ? edgeTarget[found] : -1;
  }

  /**
   * The first word that occurs in {@code text} (the one whose occurrence ends first; of several ending at the same
   * place, the longest), compared case-insensitively; empty when none does.
   */
  public Optional<BlacklistWord> firstMatch(String text) {
    if (words.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    String normalized = CaseFold.nfc(text);
    int state = ROOT;
    for (int i = 0; i < normalized.length(); ) {
      int raw = normalized.codePointAt(i);
      i += Character.charCount(raw);
      int cp = CaseFold.fold(raw);
      int next = step(state, cp);
      while (next < 0 && state != ROOT) {
        state = failure[state];
        next = step(state, cp);
      }
      state = next < 0 ? ROOT : next;
      if (output[state] != NO_WORD) {
        return Optional.of(words.get(output[state]));
      }
    }
    return Optional.empty();
  }

  /** The words it finds, sorted. */
  public List<BlacklistWord> words() {
    return words;
  }

  /** True when it has no words. */
  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** How many states it has (one per distinct prefix of its words, plus the root): its size in memory. */
  public int states() {
    return failure.length;
  }
}
