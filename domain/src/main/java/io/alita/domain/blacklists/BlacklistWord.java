package io.alita.domain.blacklists;

import io.alita.domain.matching.Phrase;
import io.alita.domain.matching.Phrase.Problem;
import java.util.Optional;

/**
 * A blacklisted word or phrase, as stored and matched: case-folded ({@link #parse} does it), not blank, without
 * surrounding white space, at most {@link #MAX_LENGTH} characters (code points, as PostgreSQL's {@code char_length}
 * counts them). A message matches when its text contains the word anywhere, in any case.
 *
 * @param value the folded text
 */
public record BlacklistWord(String value) implements Comparable<BlacklistWord> {

  /** The longest word the database takes. */
  public static final int MAX_LENGTH = 200;

  public BlacklistWord {
    Phrase.require(value, MAX_LENGTH, "a blacklisted word");
  }

  /**
   * The word an admin typed: stripped, NUL characters dropped (PostgreSQL text cannot hold them), case-folded.
   *
   * @return the word, or why there is none
   */
  public static Parsed parse(String typed) {
    String folded = Phrase.normalize(typed);
    Optional<Problem> problem = Phrase.problem(folded, MAX_LENGTH);
    return problem.isPresent() ? new Parsed(Optional.empty(), problem)
        : new Parsed(Optional.of(new BlacklistWord(folded)), Optional.empty());
  }

  /**
   * The result of {@link #parse}: exactly one of the two is present.
   *
   * @param word the word
   * @param problem why the text is not one
   */
  public record Parsed(Optional<BlacklistWord> word, Optional<Problem> problem) {
    public Parsed {
      if (word.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("a parse has a word or a problem");
      }
    }
  }

  @Override
  public int compareTo(BlacklistWord other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
