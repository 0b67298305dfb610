package io.alita.domain.time;

import java.time.Duration;

/** What came of reading a duration typed by an admin. Each failure carries a reply the admin can act on. */
public sealed interface DurationParse {

  /**
   * A duration within the limits.
   *
   * @param duration the length asked for
   * @param remainder the text after the duration, stripped: the reason for /tban and /tmute, empty when none was given
   */
  record Ok(Duration duration, String remainder) implements DurationParse {}

  /** No duration was given at all. */
  record Missing() implements DurationParse {

    public String message() {
      return "Tell me how long: a number followed by s, m, h, d or w, e.g. 30m, 6h or 2d.";
    }
  }

  /**
   * The first word is not a duration.
   *
   * @param input the word as typed
   * @param problem what is wrong with it
   */
  record Invalid(String input, Problem problem) implements DurationParse {

    /** Why a word is not a duration. */
    public enum Problem {
      /** A bare number: the unit is required, so that "10" cannot mean 10 seconds to one admin and 10 minutes to another. */
      MISSING_UNIT,
      /** The amount is zero. */
      ZERO,
      /** Anything else: a letter that is no unit, a sign, a fraction, other text. */
      NOT_A_DURATION
    }

    public String message() {
      switch (problem) {
        case MISSING_UNIT:
          return "'" + input + "' needs a unit: add s, m, h, d or w, e.g. " + input + "m for " + input + " minutes.";
        case ZERO:
          return "'" + input + "' is no time at all: use a number above zero, e.g. 30m.";
        default:
          return "'" + input + "' is an invalid time: write a whole number followed by s, m, h, d or w, e.g. 30m, 6h or 2d.";
      }
    }
  }

  /**
   * A well-formed duration outside the allowed limits (also when the number is too big to compute).
   *
   * @param input the word as typed
   * @param min the shortest duration allowed
   * @param max the longest duration allowed
   */
  record OutOfRange(String input, Duration min, Duration max) implements DurationParse {

    public String message() {
      return "'" + input + "' exceeds the limit: use between " + ModerationDuration.format(min) + " and "
          + ModerationDuration.format(max) + ".";
    }
  }
}
