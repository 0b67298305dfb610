package io.alita.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.command.Words;
import io.alita.domain.fuzz.FuzzText;
import java.math.BigInteger;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzz properties of the duration parser (docs/decisions/0029): any text gives a duration within the limits or a reply. */
class ModerationDurationProperties {

  private static final ModerationDuration[] RULES = {ModerationDuration.TEMPORARY_ACTION, ModerationDuration.ANTI_RAID};

  @Property(seed = FuzzText.SEED)
  void anyTextGivesADurationWithinTheLimitsOrAFailure(@ForAll("texts") String text) {
    for (ModerationDuration rule : RULES) {
      DurationParse parsed = rule.parse(text);
      if (parsed instanceof DurationParse.Ok ok) {
        assertTrue(ok.duration().compareTo(rule.min()) >= 0 && ok.duration().compareTo(rule.max()) <= 0, ok::toString);
        assertEquals(Words.strip(ok.remainder()), ok.remainder(), "the remainder is stripped");
      } else {
        assertInstanceOf(DurationParse.Failure.class, parsed);
      }
    }
  }

  @Property(seed = FuzzText.SEED)
  void aTypedAmountMeansExactlyThatMuch(@ForAll("amounts") String amount, @ForAll("units") char unit,
      @ForAll("reasons") String reason) {
    DurationParse parsed = ModerationDuration.ANTI_RAID.parse(amount + unit + " " + reason);
    long seconds = switch (unit) {
      case 's' -> 1;
      case 'm' -> 60;
      case 'h' -> 3600;
      case 'd' -> 86_400;
      default -> 604_800;
    };
    BigInteger total = new BigInteger(amount).multiply(BigInteger.valueOf(seconds));
    if (total.signum() == 0) {
      assertEquals(DurationParse.Invalid.Problem.ZERO, ((DurationParse.Invalid) parsed).problem());
    } else if (total.compareTo(BigInteger.valueOf(Duration.ofDays(366).getSeconds())) > 0) {
      assertInstanceOf(DurationParse.OutOfRange.class, parsed);
    } else {
      DurationParse.Ok ok = assertInstanceOf(DurationParse.Ok.class, parsed, amount + unit);
      assertEquals(total.longValueExact(), ok.duration().getSeconds());
      assertEquals(Words.strip(reason), ok.remainder());
    }
  }

  @Property(seed = FuzzText.SEED)
  void aFormattedDurationReadsBackToItself(@ForAll("seconds") long seconds) {
    Duration duration = Duration.ofSeconds(seconds);
    DurationParse parsed = ModerationDuration.ANTI_RAID.parse(ModerationDuration.format(duration));
    assertEquals(duration, assertInstanceOf(DurationParse.Ok.class, parsed).duration());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, FuzzText.anything(20)),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().withChars("0123456789smhdwSMHDW+-.,e٣ \u00A0x").ofMaxLength(25)));
  }

  @Provide
  Arbitrary<String> amounts() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22);
  }

  @Provide
  Arbitrary<Character> units() {
    return Arbitraries.of('s', 'm', 'h', 'd', 'w');
  }

  @Provide
  Arbitrary<String> reasons() {
    return Arbitraries.strings().withChars("ab 1\n\u00A0").ofMaxLength(10);
  }

  @Provide
  Arbitrary<Long> seconds() {
    return Arbitraries.longs().between(1, Duration.ofDays(366).getSeconds());
  }
}
