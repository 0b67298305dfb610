package io.alita.domain.time;

import io.alita.domain.command.AsciiInteger;
import io.alita.domain.command.Words;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule for a duration typed as {@code <N><unit>} (units {@code s m h d w}, lowercase, unit required, N a whole number
 * above zero) and the limits it must fall within.
 *
 * <p>Two rules exist: {@link #TEMPORARY_ACTION} for /tban and /tmute, whose floor and ceiling are Telegram's own (an
 * {@code until_date} less than 30 seconds or more than 366 days away means "forever", which a temporary action must never
 * silently become), and {@link #ANTI_RAID} for /antiraid, /raidtime and /raidactiontime. Both refuse a bare number: the
 * original bot's docs claimed "bare number = seconds" but its parser refused it, and refusing is the safer reading.
 */
public final class ModerationDuration {

  /** /tban and /tmute: 30 seconds to 366 days, both inclusive. */
  public static final ModerationDuration TEMPORARY_ACTION = new ModerationDuration(Duration.ofSeconds(30), Duration.ofDays(366));

  /** /antiraid, /raidtime, /raidactiontime: 1 second to 366 days, both inclusive. */
  public static final ModerationDuration ANTI_RAID = new ModerationDuration(Duration.ofSeconds(1), Duration.ofDays(366));

  // More digits than this cannot be within any limit here (10^12 seconds is ~31,700 years) and would risk overflow.
  private static final int MAX_SIGNIFICANT_DIGITS = 12;

  private final Duration min;
  private final Duration max;

  private ModerationDuration(Duration min, Duration max) {
    this.min = min;
    this.max = max;
  }

  public Duration min() {
    return min;
  }

  public Duration max() {
    return max;
  }

  /**
   * Reads the duration at the start of {@code text}; whatever follows it is returned, stripped, as the remainder
   * ({@code "2h flooding"} gives 2 hours and "flooding").
   */
  public DurationParse parse(String text) {
    Objects.requireNonNull(text, "text");
    Words.Split split = Words.splitFirst(text);
    String word = split.first();
    if (word.isEmpty()) {
      return new DurationParse.Missing();
    }
    if (AsciiInteger.isDigits(word)) {
      return new DurationParse.Invalid(word, DurationParse.Invalid.Problem.MISSING_UNIT);
    }
    String amount = word.substring(0, word.length() - 1);
    Optional<TimeUnitLetter> unit = TimeUnitLetter.of(word.charAt(word.length() - 1));
    if (unit.isEmpty() || !AsciiInteger.isDigits(amount)) {
      return new DurationParse.Invalid(word, DurationParse.Invalid.Problem.NOT_A_DURATION);
    }
    String significant = amount.replaceFirst("^0+", "");
    if (significant.isEmpty()) {
      return new DurationParse.Invalid(word, DurationParse.Invalid.Problem.ZERO);
    }
    if (significant.length() > MAX_SIGNIFICANT_DIGITS) {
      return new DurationParse.OutOfRange(word, min, max);
    }
    Duration duration = unit.get().size.multipliedBy(Long.parseLong(significant));
    if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      return new DurationParse.OutOfRange(word, min, max);
    }
    return new DurationParse.Ok(duration, Words.strip(split.rest()));
  }

  /**
   * {@code duration} in the largest unit that divides it exactly: {@code 6h}, {@code 90m}, {@code 2w}, {@code 45s}, {@code 0s}.
   * The result reads back through {@link #parse} to the same duration.
   *
   * @throws IllegalArgumentException for negative durations or fractions of a second, which no command produces
   */
  public static String format(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot format a negative duration: " + duration);
    }
    if (duration.getNano() != 0) {
      throw new IllegalArgumentException("cannot format a fraction of a second: " + duration);
    }
    long seconds = duration.getSeconds();
    if (seconds == 0) {
      return "0s";
    }
    for (TimeUnitLetter unit : TimeUnitLetter.values()) {
      long size = unit.size.getSeconds();
      if (seconds % size == 0) {
        return seconds / size + String.valueOf(unit.letter);
      }
    }
    throw new AssertionError("seconds always divide exactly");
  }
}
