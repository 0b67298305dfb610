package io.alita.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine both blacklists and filters use: the two ways of choosing among several keys found in one text. */
class SubstringAutomatonTest {

  private static SubstringAutomaton<String> automaton(String... keys) {
    return SubstringAutomaton.of(Arrays.stream(keys).map(CaseFold::fold).toList(), Comparator.naturalOrder(), k -> k);
  }

  private static Optional<String> leftmost(SubstringAutomaton<String> a, String text) {
    return a.leftmostLongest(text).map(SubstringAutomaton.Match::key);
  }

  private static Optional<String> firstEnding(SubstringAutomaton<String> a, String text) {
    return a.firstEnding(text).map(SubstringAutomaton.Match::key);
  }

  @Test
  void theKeyThatStartsFirstWinsOverOneThatEndsFirst() {
    SubstringAutomaton<String> a = automaton("hello there", "the");

    assertEquals(Optional.of("hello there"), leftmost(a, "well, hello there!"));
    assertEquals(Optional.of("the"), firstEnding(a, "well, hello there!"));
  }

  @Test
  void ofKeysStartingTogetherTheLongerWins() {
    SubstringAutomaton<String> a = automaton("good", "good morning", "morning");

    assertEquals(Optional.of("good morning"), leftmost(a, "a good morning to you"));
    assertEquals(Optional.of("good"), leftmost(a, "a good evening, then morning"));
    assertEquals(Optional.of("good"), firstEnding(a, "a good morning to you"));
  }

  @Test
  void positionsAreInCodePointsOfTheText() {
    SubstringAutomaton<String> a = automaton("🍆", "cat");

    assertEquals(new SubstringAutomaton.Match<>("cat", 3, 6), a.leftmostLongest("xy cat 🍆").orElseThrow());
    assertEquals(new SubstringAutomaton.Match<>("🍆", 0, 1), a.leftmostLongest("🍆🍆 cat").orElseThrow());
    assertEquals(new SubstringAutomaton.Match<>("cat", 2, 5), a.leftmostLongest("a CAT").orElseThrow());
  }

  @Test
  void caseAndEncodingDoNotMatter() {
    SubstringAutomaton<String> a = automaton("Café", "ΣΟΦΟΣ");

    assertEquals(Optional.of("café"), leftmost(a, "CAFE\u0301 au lait"));
    assertEquals(Optional.of("σοφοσ"), leftmost(a, "ο σοφος λέει"));
    assertEquals(Optional.empty(), leftmost(a, "cafe"));
  }

  @Test
  void nothingInAnEmptyAutomatonOrText() {
    assertEquals(Optional.empty(), leftmost(automaton(), "anything"));
    assertEquals(Optional.empty(), leftmost(automaton("x"), ""));
    assertThrows(IllegalArgumentException.class, () -> automaton(""));
  }

  /** Against the obvious search over every key, on random texts from a small alphabet (many overlaps). */
  @Test
  void leftmostLongestAgreesWithABruteForceSearch() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<String> keys = random.ints(1 + random.nextInt(8), 0, 1000).mapToObj(i -> word(random, 1 + random.nextInt(4)))
          .distinct().toList();
      SubstringAutomaton<String> a = SubstringAutomaton.of(keys, Comparator.naturalOrder(), k -> k);
      String text = word(random, random.nextInt(30));
      assertEquals(bruteForce(keys, text), leftmost(a, text), () -> keys + " in " + text);
    }
  }

  private static String word(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append("abc".charAt(random.nextInt(3)));
    }
    return s.toString();
  }

  private static Optional<String> bruteForce(List<String> keys, String text) {
    String best = null;
    int bestStart = Integer.MAX_VALUE;
    for (String k : keys) {
      int at = text.indexOf(k);
      if (at >= 0 && (at < bestStart || at == bestStart && k.length() > best.length())) {
        best = k;
        bestStart = at;
      }
    }
    return Optional.ofNullable(best);
  }
}
