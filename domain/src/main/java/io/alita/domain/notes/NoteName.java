package io.alita.domain.notes;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A note's name: one word, compared without regard to case and kept in lower case ({@code /get MyNote} and
 * {@code #mynote} are the same note), 1 to 100 characters, as the {@code notes.note_name} column's CHECK wants.
 */
public record NoteName(String value) {

  /** The most characters (code points, as PostgreSQL's {@code char_length} counts) a name may have. */
  public static final int MAX_LENGTH = 100;

  public NoteName {
    Objects.requireNonNull(value, "value");
    if (!isValid(value) || !value.equals(value.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("not a lower-case note name of 1 to 100 characters without spaces: " + value);
    }
  }

  /** The name {@code typed} stands for (lower-cased), or empty when it is blank, too long or holds a space. */
  public static Optional<NoteName> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String lower = typed.strip().toLowerCase(Locale.ROOT);
    return isValid(lower) ? Optional.of(new NoteName(lower)) : Optional.empty();
  }

  private static boolean isValid(String name) {
    int length = name.codePointCount(0, name.length());
    return length >= 1 && length <= MAX_LENGTH && name.codePoints().noneMatch(Character::isWhitespace);
  }

  @Override
  public String toString() {
    return value;
  }
}
