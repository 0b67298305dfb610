package io.alita.domain.time;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import java.time.Duration;

/** What came of reading a duration typed by an admin. Each failure carries a reply the admin can act on. */
public sealed interface DurationParse {

  MessageKey MISSING = MessageKey.of("time.missing");
  MessageKey MISSING_UNIT = MessageKey.of("time.missing_unit");
  MessageKey ZERO = MessageKey.of("time.zero");
  MessageKey NOT_A_DURATION = MessageKey.of("time.invalid");
  MessageKey OUT_OF_RANGE = MessageKey.of("time.out_of_range");

  /**
   * A duration within the limits.
   *
   * @param duration the length asked for
   * @param remainder the text after the duration, stripped: the reason for /tban and /tmute, empty when none was given
   */
  record Ok(Duration duration, String remainder) implements DurationParse {}

  /** Any of the ways reading a duration can fail, each with a reply the admin can act on. */
  sealed interface Failure extends DurationParse permits Missing, Invalid, OutOfRange {

    /** A reply the admin can act on, as Telegram HTML. */
    String message(Messages messages);
  }

  /** No duration was given at all. */
  record Missing() implements Failure {

    /** A reply the admin can act on, as Telegram HTML. */
    public String message(Messages messages) {
      return messages.html(MISSING);
    }
  }

  /**
   * The first word is not a duration.
   *
   * @param input the word as typed
   * @param problem what is wrong with it
   */
  record Invalid(String input, Problem problem) implements Failure {

    /** Why a word is not a duration. */
    public enum Problem {
      /** A bare number: the unit is required, so that "10" cannot mean 10 seconds to one admin and 10 minutes to another. */
      MISSING_UNIT,
      /** The amount is zero. */
      ZERO,
      /** Anything else: a letter that is no unit, a sign, a fraction, other text. */
      NOT_A_DURATION
    }

    /** A reply the admin can act on, as Telegram HTML. */
    public String message(Messages messages) {
      MessageKey key = switch (problem) {
        case MISSING_UNIT -> MISSING_UNIT;
        case ZERO -> ZERO;
        case NOT_A_DURATION -> NOT_A_DURATION;
      };
      return messages.html(key, "input", input);
    }
  }

  /**
   * A well-formed duration outside the allowed limits (also when the number is too big to compute).
   *
   * @param input the word as typed
   * @param min the shortest duration allowed
   * @param max the longest duration allowed
   */
  record OutOfRange(String input, Duration min, Duration max) implements Failure {

    /** A reply the admin can act on, as Telegram HTML. */
    public String message(Messages messages) {
      return messages.html(OUT_OF_RANGE, "input", input, "min", ModerationDuration.format(min),
          "max", ModerationDuration.format(max));
    }
  }
}
