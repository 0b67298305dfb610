package io.alita.domain.blacklists;

import io.alita.domain.matching.SubstringAutomaton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A chat's blacklisted words compiled for matching: the shared {@link SubstringAutomaton} (Aho-Corasick over folded
 * code points; the filters use the same engine) over {@link BlacklistWord}s. One pass over a text finds whether any
 * word occurs in it, in time proportional to the text, whatever the number of words. Built once per chat and kept
 * until the chat's list changes. Immutable and safe to share between threads.
 */
public final class BlacklistAutomaton {

  /** An automaton without words: matches nothing. */
  public static final BlacklistAutomaton EMPTY = of(List.of());

  private final SubstringAutomaton<BlacklistWord> engine;

  private BlacklistAutomaton(SubstringAutomaton<BlacklistWord> engine) {
    this.engine = engine;
  }

  /** The automaton of {@code words} (duplicates are ignored). */
  public static BlacklistAutomaton of(Collection<BlacklistWord> words) {
    return new BlacklistAutomaton(SubstringAutomaton.of(words, Comparator.naturalOrder(), BlacklistWord::value));
  }

  /**
   * The first word that occurs in {@code text} (the one whose occurrence ends first; of several ending at the same
   * place, the longest), compared case-insensitively; empty when none does. A blacklist only needs to know that some
   * word occurs, so it stops at the earliest point it can tell.
   */
  public Optional<BlacklistWord> firstMatch(String text) {
    return engine.firstEnding(text).map(SubstringAutomaton.Match::key);
  }

  /** The words it finds, sorted. */
  public List<BlacklistWord> words() {
    return engine.keys();
  }

  /** True when it has no words. */
  public boolean isEmpty() {
    return engine.isEmpty();
  }

  /** How many states it has (one per distinct prefix of its words, plus the root): its size in memory. */
  public int states() {
    return engine.states();
  }
}
