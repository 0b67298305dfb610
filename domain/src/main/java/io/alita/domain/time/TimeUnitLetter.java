package io.alita.domain.time;

import java.time.Duration;
import java.util.Optional;

/** The unit letters a typed duration may end with, largest first so that formatting can pick the largest exact one. */
enum TimeUnitLetter {
  WEEKS('w', Duration.ofDays(7)),
  DAYS('d', Duration.ofDays(1)),
  HOURS('h', Duration.ofHours(1)),
  MINUTES('m', Duration.ofMinutes(1)),
  SECONDS('s', Duration.ofSeconds(1));

  final char letter;
  final Duration size;

  TimeUnitLetter(char letter, Duration size) {
    this.letter = letter;
    this.size = size;
  }

  /**
   * Lowercase only: an uppercase {@code M} reads as "months" to many people, and silently muting for one minute instead
   * of a month would be worse than asking again.
   */
  static Optional<TimeUnitLetter> of(char letter) {
    for (TimeUnitLetter unit : values()) {
      if (unit.letter == letter) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
