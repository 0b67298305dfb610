package io.alita.domain.warns;

import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarnValuesTest {

  @Test
  void aWarnLimitIsOneToOneHundred() {
    assertEquals(1, new WarnLimit(1).value());
    assertEquals(100, new WarnLimit(100).value());
    assertThrows(IllegalArgumentException.class, () -> new WarnLimit(0));
    assertThrows(IllegalArgumentException.class, () -> new WarnLimit(101));
  }

  @Test
  void aTypedLimitIsAWholeNumberInRange() {
    assertEquals(Optional.of(new WarnLimit(5)), WarnLimit.parse("5"));
    assertEquals(Optional.of(new WarnLimit(5)), WarnLimit.parse("005"));
    assertEquals(Optional.of(new WarnLimit(100)), WarnLimit.parse("100"));
    for (String bad : new String[] {"0", "000", "101", "abc", "-3", "+3", "3.5", "", "99999999999999999999999"}) {
      assertEquals(Optional.empty(), WarnLimit.parse(bad), bad);
    }
  }

  @Test
  void modesAreReadInAnyCase() {
    assertEquals(Optional.of(PenaltyMode.TMUTE), PenaltyMode.of("TMute"));
    assertEquals(Optional.empty(), PenaltyMode.of("mutes"));
  }

  @Test
  void aTimedModeNeedsADurationWithinTelegramsLimits() {
    assertThrows(IllegalArgumentException.class, () -> WarnSettings.DEFAULTS.withMode(PenaltyMode.TBAN, Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> WarnSettings.DEFAULTS.withMode(PenaltyMode.TBAN, Optional.of(Duration.ofSeconds(29))));
    assertThrows(IllegalArgumentException.class,
        () -> WarnSettings.DEFAULTS.withMode(PenaltyMode.TMUTE, Optional.of(Duration.ofDays(367))));
    assertEquals(Optional.of(Duration.ofDays(366)),
        WarnSettings.DEFAULTS.withMode(PenaltyMode.TMUTE, Optional.of(Duration.ofDays(366))).modeDuration());
  }

  @Test
  void anUntimedModeForgetsAnyDuration() {
    assertEquals(Optional.empty(), WarnSettings.DEFAULTS.withMode(PenaltyMode.KICK, Optional.of(Duration.ofHours(1)))
        .modeDuration());
  }

  @Test
  void noReasonIsStoredAsNoReason() {
    assertEquals("No Reason", WarnReason.typed("").text());
    assertEquals("No Reason", WarnReason.typed("  \n ").text());
    assertEquals("spamming links", WarnReason.typed("  spamming links ").text());
  }

  @Test
  void aLongReasonIsCutToThreeThousandBytesWithoutSplittingACharacter() {
    String emoji = "🚀".repeat(1000); // 4 bytes each
    WarnReason cut = WarnReason.typed(emoji);
    assertEquals(3000, cut.text().getBytes(StandardCharsets.UTF_8).length);
    assertEquals("🚀".repeat(750), cut.text());

    String mixed = "é" + "a".repeat(3000); // 2 + 3000 bytes
    assertEquals(2999, WarnReason.typed(mixed).text().length());
  }

  @Test
  void nulCharactersAreDroppedFromAReason() {
    assertEquals("ab", WarnReason.typed("a\u0000b").text());
    assertEquals("No Reason", WarnReason.typed("\u0000").text());
  }
}
