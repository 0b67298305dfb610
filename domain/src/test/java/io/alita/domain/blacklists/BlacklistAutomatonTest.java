package io.alita.domain.blacklists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Aho-Corasick automaton: what it finds, in which case and encoding, and that it agrees with a naive search. */
class BlacklistAutomatonTest {

  private static BlacklistWord word(String typed) {
    return BlacklistWord.parse(typed).word().orElseThrow();
  }

  private static BlacklistAutomaton automaton(String... words) {
    return BlacklistAutomaton.of(Arrays.stream(words).map(BlacklistAutomatonTest::word).toList());
  }

  private static Optional<String> find(BlacklistAutomaton automaton, String text) {
    return automaton.firstMatch(text).map(BlacklistWord::value);
  }

  @Test
  void findsAWordAnywhereInTheTextInAnyCase() {
    BlacklistAutomaton a = automaton("spam");

    assertEquals(Optional.of("spam"), find(a, "Buy my SPAM now"));
    assertEquals(Optional.of("spam"), find(a, "antispammers"));
    assertEquals(Optional.empty(), find(a, "sp am, s-p-a-m"));
    assertEquals(Optional.empty(), find(a, ""));
  }

  @Test
  void anEmptyAutomatonMatchesNothing() {
    assertTrue(BlacklistAutomaton.EMPTY.isEmpty());
    assertEquals(Optional.empty(), find(BlacklistAutomaton.EMPTY, "anything at all"));
  }

  @Test
  void overlappingWordsAreFoundThroughTheFailureLinks() {
    BlacklistAutomaton a = automaton("he", "she", "his", "hers");

    assertEquals(Optional.of("she"), find(a, "ushers"));
    assertEquals(Optional.of("his"), find(a, "this"));
    assertEquals(Optional.of("he"), find(a, "ahe"));
    assertEquals(Optional.empty(), find(a, "hi"));
  }

  @Test
  void aWordInsideALongerPartialMatchIsNotMissed() {
    // "abcd" fails at 'x', and "bcx" must still be found: the search falls back along the failure link to "bc".
    BlacklistAutomaton a = automaton("abcd", "bcx");

    assertEquals(Optional.of("bcx"), find(a, "abcx"));
    assertEquals(Optional.of("abcd"), find(a, "zabcdz"));
  }

  @Test
  void aWordThatIsASuffixOfAPathIsReportedWhereItEnds() {
    BlacklistAutomaton a = automaton("cat", "concatenate");

    assertEquals(Optional.of("cat"), find(a, "concat"));
  }

  @Test
  void theFirstWordToEndWinsAndOfThoseEndingTogetherTheLongest() {
    BlacklistAutomaton a = automaton("bad", "very bad", "worse");

    assertEquals(Optional.of("very bad"), find(a, "it is VERY BAD and worse"));
    assertEquals(Optional.of("worse"), find(a, "worse, and bad"));
  }

  @Test
  void phrasesMatchWithTheirSpaces() {
    BlacklistAutomaton a = automaton("buy now");

    assertEquals(Optional.of("buy now"), find(a, "Please BUY NOW!"));
    assertEquals(Optional.empty(), find(a, "buynow"));
  }

  @Test
  void unicodeCaseIsFoldedBothWays() {
    BlacklistAutomaton a = automaton("ärger", "σοφος", "казино", "straße", "İstanbul");

    assertEquals(Optional.of("ärger"), find(a, "KEIN ÄRGER"));
    // the final sigma of the typed word was stored as a plain one
    assertEquals(Optional.of("σοφοσ"), find(a, "ο ΣΟΦΟΣ"));
    assertEquals(Optional.of("казино"), find(a, "Лучшее КАЗИНО"));
    assertEquals(Optional.of("straße"), find(a, "STRAßE"));
    // İ folds to a plain i, one character for one, whatever the default locale
    assertEquals(Optional.of("istanbul"), find(a, "İSTANBUL"));
    assertEquals(Optional.of("istanbul"), find(a, "ISTANBUL"));
  }

  @Test
  void finalSigmaAndTheKelvinSignFoldLikeTheirPlainLetters() {
    BlacklistAutomaton a = automaton("σοφοσ", "k9");

    assertEquals(Optional.of("σοφοσ"), find(a, "ΣΟΦΟς"));
    assertEquals(Optional.of("k9"), find(a, "\u212A9 units"));
  }

  @Test
  void aDecomposedAccentMatchesAPrecomposedWord() {
    BlacklistAutomaton a = automaton("café");

    assertEquals(Optional.of("café"), find(a, "CAFE\u0301 au lait"));
  }

  @Test
  void emojiAndOtherAstralCharactersAreWholeSteps() {
    BlacklistAutomaton a = automaton("🍆", "𝔰𝔭𝔞𝔪");

    assertEquals(Optional.of("🍆"), find(a, "look 🍆!"));
    assertEquals(Optional.of("𝔰𝔭𝔞𝔪"), find(a, "𝔟𝔲𝔶 𝔰𝔭𝔞𝔪"));
    // the same high surrogate starts 🍑; half of one emoji never matches another
    assertEquals(Optional.empty(), find(a, "🍑🍑"));
  }

  @Test
  void duplicateWordsAreKeptOnce() {
    BlacklistAutomaton a = BlacklistAutomaton.of(List.of(word("spam"), word("SPAM"), word("spam")));

    assertEquals(List.of(word("spam")), a.words());
    assertEquals(5, a.states());
  }

  @Test
  void sharedPrefixesShareStates() {
    assertEquals(1 + 4 + 2, automaton("spam", "spit").states());
  }

  @Test
  void tenThousandWordsAgreeWithANaiveSearchOnRandomTexts() {
    Random random = new Random(42);
    Set<String> words = new HashSet<>();
    while (words.size() < 10_000) {
      words.add(randomText(random, 6 + random.nextInt(5)));
    }
    BlacklistAutomaton a = BlacklistAutomaton.of(words.stream().map(BlacklistAutomatonTest::word).toList());
    int found = 0;
    for (int t = 0; t < 2_000; t++) {
      String text = randomText(random, 30);
      Optional<String> expected = naiveFirstMatch(words, text);
      assertEquals(expected, find(a, text), text);
      found += expected.isPresent() ? 1 : 0;
    }
    assertTrue(found > 100 && found < 1_900, "the texts should both match and miss, matched " + found);
  }

  /** The word whose occurrence ends first, the longest of those ending together: the automaton's promise. */
  private static Optional<String> naiveFirstMatch(Set<String> words, String text) {
    for (int end = 1; end <= text.length(); end++) {
      for (int start = 0; start < end; start++) {
        if (words.contains(text.substring(start, end))) {
          return Optional.of(text.substring(start, end));
        }
      }
    }
    return Optional.empty();
  }

  /** Text over a small alphabet, so that random words and texts overlap often; never starting or ending in a space. */
  private static String randomText(Random random, int length) {
    String alphabet = "abcdé ";
    while (true) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (s.charAt(0) != ' ' && s.charAt(length - 1) != ' ') {
        return s.toString();
      }
    }
  }
}
