package io.alita.domain.matching;

import io.alita.domain.command.Words;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a stored phrase follows (a blacklisted word, a filter's trigger): case-folded as {@link CaseFold} folds it,
 * not blank, without surrounding white space, no NUL character (PostgreSQL text cannot hold one), and at most a
 * number of characters counted in code points, as PostgreSQL's {@code char_length} counts them.
 */
public final class Phrase {

  /** Why typed text is not a phrase. */
  public enum Problem {
    BLANK,
    TOO_LONG
  }

  private Phrase() {}

  /** What an admin typed, as it would be stored: NUL characters dropped, stripped, case-folded. */
  public static String normalize(String typed) {
    return CaseFold.fold(Words.strip(typed.replace("\u0000", "")));
  }

  /** Why {@code normalized} (from {@link #normalize}) cannot be stored, if it cannot. */
  public static Optional<Problem> problem(String normalized, int maxLength) {
    if (normalized.isEmpty()) {
      return Optional.of(Problem.BLANK);
    }
    if (normalized.codePointCount(0, normalized.length()) > maxLength) {
      return Optional.of(Problem.TOO_LONG);
    }
    return Optional.empty();
  }

  /**
   * Refuses a {@code value} that breaks the rules ({@link IllegalArgumentException}).
   *
   * @param what names the phrase in the message, e.g. "a filter trigger"
   */
  public static String require(String value, int maxLength, String what) {
    Objects.requireNonNull(value, "value");
    if (Words.isBlank(value) || !Words.strip(value).equals(value)) {
      throw new IllegalArgumentException(what + " is not blank and has no surrounding space: '" + value + "'");
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new IllegalArgumentException(what + " has at most " + maxLength + " characters");
    }
    if (!CaseFold.fold(value).equals(value)) {
      throw new IllegalArgumentException(what + " is stored case-folded: '" + value + "'");
    }
    if (value.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException(what + " holds no NUL character");
    }
    return value;
  }
}
