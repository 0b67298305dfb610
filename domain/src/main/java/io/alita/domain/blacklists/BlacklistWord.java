package io.alita.domain.blacklists;

import io.alita.domain.command.Words;
import io.alita.domain.matching.CaseFold;
import java.util.Objects;
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
    Objects.requireNonNull(value, "value");
    if (Words.isBlank(value) || !Words.strip(value).equals(value)) {
      throw new IllegalArgumentException("a blacklisted word is not blank and has no surrounding space: '" + value + "'");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new IllegalArgumentException("a blacklisted word has at most " + MAX_LENGTH + " characters");
    }
    if (!CaseFold.fold(value).equals(value)) {
      throw new IllegalArgumentException("a blacklisted word is stored case-folded: '" + value + "'");
    }
    if (value.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException("a blacklisted word holds no NUL character");
    }
  }

  /** Why typed text is not a word. */
  public enum Problem {
    BLANK,
    TOO_LONG
  }

  /**
   * The word an admin typed: stripped, NUL characters dropped (PostgreSQL text cannot hold them), case-folded.
   *
   * @return the word, or why there is none
   */
  public static Parsed parse(String typed) {
    String folded = CaseFold.fold(Words.strip(typed.replace("\u0000", "")));
    if (folded.isEmpty()) {
      return new Parsed(Optional.empty(), Optional.of(Problem.BLANK));
    }
    if (folded.codePointCount(0, folded.length()) > MAX_LENGTH) {
      return new Parsed(Optional.empty(), Optional.of(Problem.TOO_LONG));
    }
    return new Parsed(Optional.of(new BlacklistWord(folded)), Optional.empty());
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
