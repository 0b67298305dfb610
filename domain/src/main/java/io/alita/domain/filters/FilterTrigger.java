package io.alita.domain.filters;

import io.alita.domain.command.Arguments;
import io.alita.domain.command.Words;
import io.alita.domain.matching.Phrase;
import io.alita.domain.matching.Phrase.Problem;
import java.util.Optional;

/**
 * What a filter answers to: a word or phrase, found anywhere in a message regardless of case. Stored case-folded (as
 * {@link Phrase} says), not blank, without surrounding white space, at most {@link #MAX_LENGTH} characters (code
 * points, as PostgreSQL's {@code char_length} counts them; the {@code filters.keyword} check).
 *
 * @param value the folded text
 */
public record FilterTrigger(String value) implements Comparable<FilterTrigger> {

  /** The longest trigger the database takes. */
  public static final int MAX_LENGTH = 100;

  public FilterTrigger {
    Phrase.require(value, MAX_LENGTH, "a filter trigger");
  }

  /**
   * The trigger an admin typed (one word, or a quoted phrase already unquoted): stripped, NUL characters dropped,
   * case-folded.
   */
  public static Parsed parse(String typed) {
    String folded = Phrase.normalize(typed);
    Optional<Problem> problem = Phrase.problem(folded, MAX_LENGTH);
    return problem.isPresent() ? new Parsed(Optional.empty(), problem)
        : new Parsed(Optional.of(new FilterTrigger(folded)), Optional.empty());
  }

  /**
   * The result of {@link #parse}: exactly one of the two is present.
   */
  public record Parsed(Optional<FilterTrigger> trigger, Optional<Problem> problem) {
    public Parsed {
      if (trigger.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("a parse has a trigger or a problem");
      }
    }
  }

  /**
   * A command's text split into its first argument (a word, or a {@code "quoted phrase"} with the quoting rules of
   * {@link Arguments}) and the rest, which is kept exactly as typed (its line breaks and Markdown), leading white space
   * removed.
   */
  public sealed interface Split {
    /** The first argument, unquoted, and the rest. */
    record Parts(String first, String rest) implements Split {}

    /** A quote that never closes. */
    record Unterminated(Arguments.UnterminatedQuote quote) implements Split {}
  }

  /** Splits {@code text} as {@link Split} says. Blank text gives an empty first argument. */
  public static Split splitFirst(String text) {
    String t = text == null ? "" : text;
    int start = 0;
    while (start < t.length() && Words.isSeparator(t.charAt(start))) {
      start++;
    }
    if (start == t.length()) {
      return new Split.Parts("", "");
    }
    char opener = t.charAt(start);
    char closer = opener == '"' ? '"' : opener == '\u201C' ? '\u201D' : 0;
    if (closer == 0) {
      Words.Split plain = Words.splitFirst(t);
      return new Split.Parts(plain.first(), plain.rest());
    }
    StringBuilder token = new StringBuilder();
    int i = start + 1;
    while (true) {
      if (i == t.length()) {
        return new Split.Unterminated(new Arguments.UnterminatedQuote(opener, closer, start, t.substring(start + 1)));
      }
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == closer || t.charAt(i + 1) == '\\')) {
        token.append(t.charAt(i + 1));
        i += 2;
      } else if (c == closer && (i + 1 == t.length() || Words.isSeparator(t.charAt(i + 1)))) {
        i++;
        break;
      } else {
        token.append(c);
        i++;
      }
    }
    while (i < t.length() && Words.isSeparator(t.charAt(i))) {
      i++;
    }
    return new Split.Parts(token.toString(), t.substring(i));
  }

  @Override
  public int compareTo(FilterTrigger other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
