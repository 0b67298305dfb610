package io.alita.domain.time;

import static io.alita.domain.time.ModerationDuration.ANTI_RAID;
import static io.alita.domain.time.ModerationDuration.TEMPORARY_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.time.DurationParse.Invalid.Problem;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModerationDurationTest {

  private static DurationParse.Ok ok(ModerationDuration rule, String text) {
    DurationParse result = rule.parse(text);
    return assertInstanceOf(DurationParse.Ok.class, result, () -> text + " gave " + result);
  }

  private static DurationParse.Invalid invalid(ModerationDuration rule, String text) {
    DurationParse result = rule.parse(text);
    return assertInstanceOf(DurationParse.Invalid.class, result, () -> text + " gave " + result);
  }

  private static DurationParse.OutOfRange outOfRange(ModerationDuration rule, String text) {
    DurationParse result = rule.parse(text);
    return assertInstanceOf(DurationParse.OutOfRange.class, result, () -> text + " gave " + result);
  }

  static Stream<Arguments> everyUnit() {
    return Stream.of(
        Arguments.of("45s", Duration.ofSeconds(45)),
        Arguments.of("30m", Duration.ofMinutes(30)),
        Arguments.of("6h", Duration.ofHours(6)),
        Arguments.of("2d", Duration.ofDays(2)),
        Arguments.of("1w", Duration.ofDays(7)),
        Arguments.of("90m", Duration.ofMinutes(90)));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("everyUnit")
  void numberWithUnitIsThatDuration(String text, Duration expected) {
    assertEquals(new DurationParse.Ok(expected, ""), TEMPORARY_ACTION.parse(text));
  }

  @Test
  void wordsAfterTheDurationAreTheReason() {
    assertEquals(new DurationParse.Ok(Duration.ofHours(2), "reason text"), TEMPORARY_ACTION.parse("2h reason text"));
  }

  @Test
  void reasonKeepsInnerLayoutButLosesOuterSpace() {
    assertEquals(new DurationParse.Ok(Duration.ofDays(1), "line one\nline  two"),
        TEMPORARY_ACTION.parse("  1d \n line one\nline  two \n"));
  }

  @Test
  void reasonMayBeUnicode() {
    assertEquals("спам 🤬", ok(TEMPORARY_ACTION, "1d спам 🤬").remainder());
  }

  @Test
  void leadingZerosAreAllowed() {
    assertEquals(Duration.ofMinutes(5), ok(TEMPORARY_ACTION, "005m").duration());
  }

  @Test
  void emptyTextIsMissing() {
    assertInstanceOf(DurationParse.Missing.class, TEMPORARY_ACTION.parse(""));
  }

  @Test
  void blankTextIsMissing() {
    assertInstanceOf(DurationParse.Missing.class, TEMPORARY_ACTION.parse(" \n\t "));
  }

  @Test
  void missingMessageShowsExamples() {
    assertTrue(new DurationParse.Missing().message(io.alita.domain.i18n.Messages.english()).contains("30m"));
  }

  @Test
  void bareNumberNeedsAUnit() {
    DurationParse.Invalid result = invalid(TEMPORARY_ACTION, "10");
    assertEquals(Problem.MISSING_UNIT, result.problem());
    assertEquals("10", result.input());
    assertTrue(result.message(io.alita.domain.i18n.Messages.english()).contains("needs a unit"), result.message(io.alita.domain.i18n.Messages.english()));
    assertTrue(result.message(io.alita.domain.i18n.Messages.english()).contains("10m"), result.message(io.alita.domain.i18n.Messages.english()));
  }

  @Test
  void antiRaidAlsoRefusesABareNumberAndSaysAUnitIsNeeded() {
    // The original's docs said a bare number means seconds; its parser refused it, and so do we.
    DurationParse.Invalid result = invalid(ANTI_RAID, "3600 raid");
    assertEquals(Problem.MISSING_UNIT, result.problem());
    assertTrue(result.message(io.alita.domain.i18n.Messages.english()).contains("unit"), result.message(io.alita.domain.i18n.Messages.english()));
  }

  @ParameterizedTest(name = "{0} is zero")
  @ValueSource(strings = {"0m", "0s", "000h", "0w"})
  void zeroAmountIsInvalid(String text) {
    assertEquals(Problem.ZERO, invalid(TEMPORARY_ACTION, text).problem());
    assertEquals(Problem.ZERO, invalid(ANTI_RAID, text).problem());
  }

  @ParameterizedTest(name = "{0} is not a duration")
  @ValueSource(strings = {
      "m", "h", "abc", "5x", "5mm", "5m30s", "1.5h", "1,5h", "-5m", "+5m", "5M", "2H", "1D", "m5", "5min", "5minutes",
      "\u0665m", "5m,", "2hspam", "5🙂", "🙂", "∞h", "0x10m", "1e3s", "5m\u200B"
  })
  void anythingButDigitsAndOneLowercaseUnitIsInvalid(String text) {
    DurationParse.Invalid result = invalid(TEMPORARY_ACTION, text);
    assertEquals(Problem.NOT_A_DURATION, result.problem(), text);
    assertEquals(text, result.input());
  }

  @Test
  void invalidTimeMessageQuotesTheInputAndShowsTheFormat() {
    String message = invalid(TEMPORARY_ACTION, "5x").message(io.alita.domain.i18n.Messages.english());
    assertTrue(message.contains("'5x'"), message);
    assertTrue(message.contains("invalid time"), message);
    assertTrue(message.contains("s, m, h, d or w"), message);
  }

  @Test
  void thirtySecondsIsTheShortestTemporaryAction() {
    assertEquals(Duration.ofSeconds(30), ok(TEMPORARY_ACTION, "30s").duration());
  }

  @Test
  void twentyNineSecondsIsTooShortForATemporaryAction() {
    // Telegram treats an until_date under 30 s away as "forever"; a temporary ban must never become permanent.
    DurationParse.OutOfRange result = outOfRange(TEMPORARY_ACTION, "29s");
    assertEquals("29s", result.input());
    assertEquals(Duration.ofSeconds(30), result.min());
    assertEquals(Duration.ofDays(366), result.max());
  }

  @Test
  void threeHundredSixtySixDaysIsTheLongestTemporaryAction() {
    assertEquals(Duration.ofDays(366), ok(TEMPORARY_ACTION, "366d").duration());
    assertEquals(Duration.ofDays(366), ok(TEMPORARY_ACTION, "8784h").duration());
  }

  @ParameterizedTest(name = "{0} is beyond 366 days")
  @ValueSource(strings = {"367d", "53w", "8785h", "527041m", "31622401s"})
  void beyondThreeHundredSixtySixDaysExceedsTheLimit(String text) {
    outOfRange(TEMPORARY_ACTION, text);
    outOfRange(ANTI_RAID, text);
  }

  @Test
  void fiftyTwoWeeksIsWithinTheLimit() {
    assertEquals(Duration.ofDays(364), ok(TEMPORARY_ACTION, "52w").duration());
  }

  @ParameterizedTest(name = "{0} overflows into out of range, not an exception")
  @ValueSource(strings = {"99999999999999999999m", "9223372036854775807s", "9223372036854775808w", "1000000000000s",
      "00000000000000000000000001000000000000d"})
  void hugeNumbersExceedTheLimit(String text) {
    outOfRange(TEMPORARY_ACTION, text);
  }

  @Test
  void manyLeadingZerosOnASmallNumberAreStillThatNumber() {
    assertEquals(Duration.ofMinutes(1), ok(TEMPORARY_ACTION, "0000000000000000000000001m").duration());
  }

  @Test
  void limitExceededMessageShowsTheAllowedRange() {
    String message = outOfRange(TEMPORARY_ACTION, "367d").message(io.alita.domain.i18n.Messages.english());
    assertTrue(message.contains("exceeds the limit"), message);
    assertTrue(message.contains("30s"), message);
    assertTrue(message.contains("366d"), message);
  }

  @Test
  void antiRaidAcceptsOneSecond() {
    assertEquals(Duration.ofSeconds(1), ok(ANTI_RAID, "1s").duration());
  }

  @Test
  void antiRaidAcceptsDurationsShorterThanThirtySeconds() {
    assertEquals(Duration.ofSeconds(29), ok(ANTI_RAID, "29s").duration());
  }

  @Test
  void antiRaidAcceptsSixHours() {
    assertEquals(new DurationParse.Ok(Duration.ofHours(6), ""), ANTI_RAID.parse("6h"));
  }

  @Test
  void antiRaidLimitMessageShowsOneSecondAsItsFloor() {
    String message = outOfRange(ANTI_RAID, "400d").message(io.alita.domain.i18n.Messages.english());
    assertTrue(message.contains("1s"), message);
  }

  @Test
  void rulesExposeTheirLimits() {
    assertEquals(Duration.ofSeconds(30), TEMPORARY_ACTION.min());
    assertEquals(Duration.ofDays(366), TEMPORARY_ACTION.max());
    assertEquals(Duration.ofSeconds(1), ANTI_RAID.min());
    assertEquals(Duration.ofDays(366), ANTI_RAID.max());
  }

  @ParameterizedTest(name = "{0} seconds formats as {1}")
  @CsvSource({
      "21600, 6h", "3600, 1h", "5400, 90m", "1209600, 2w", "604800, 1w", "45, 45s", "0, 0s", "86400, 1d", "31622400, 366d",
      "90061, 90061s", "60, 1m", "2592000, 30d"
  })
  void formatUsesTheLargestExactUnit(long seconds, String expected) {
    assertEquals(expected, ModerationDuration.format(Duration.ofSeconds(seconds)));
  }

  @Test
  void formatRefusesNegativeDurations() {
    assertThrows(IllegalArgumentException.class, () -> ModerationDuration.format(Duration.ofSeconds(-1)));
  }

  @Test
  void formatRefusesFractionsOfASecond() {
    assertThrows(IllegalArgumentException.class, () -> ModerationDuration.format(Duration.ofMillis(1500)));
  }

  @Test
  void everyFormattedDurationParsesBackToItself() {
    long[] samples = {1, 29, 30, 59, 60, 61, 3599, 3600, 5400, 86399, 86400, 604800, 1209600, 31535999, 31536000, 31622400};
    for (long seconds : samples) {
      Duration duration = Duration.ofSeconds(seconds);
      assertEquals(new DurationParse.Ok(duration, ""), ANTI_RAID.parse(ModerationDuration.format(duration)), "seconds " + seconds);
    }
  }
}
