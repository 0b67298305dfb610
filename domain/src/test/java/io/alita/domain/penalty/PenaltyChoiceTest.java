package io.alita.domain.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One reading of "mode [duration]" for /setwarnmode, /setfloodmode and /blaction. */
class PenaltyChoiceTest {

  private static final Set<String> OWN = Set.of("none", "warn");

  private static PenaltyChoice strict(String typed) {
    return PenaltyChoice.parse(typed, OWN, PenaltyChoice.Rest.REFUSED);
  }

  private static PenaltyChoice lenient(String typed) {
    return PenaltyChoice.parse(typed, Set.of(), PenaltyChoice.Rest.IGNORED);
  }

  @Test
  void aModeIsReadInAnyCaseAndATimedOneWithItsDuration() {
    assertEquals(new PenaltyChoice.Chosen(Penalty.of(PenaltyMode.BAN)), lenient("BaN"));
    assertEquals(new PenaltyChoice.Chosen(Penalty.timed(PenaltyMode.TMUTE, Duration.ofHours(6))), lenient("tmute 6h"));
    assertEquals("tmute 6h", Penalty.timed(PenaltyMode.TMUTE, Duration.ofHours(6)).toString());
  }

  @Test
  void theCommandsOwnWordsComeBackAsTheyAre() {
    assertEquals(new PenaltyChoice.Own("warn"), strict("WARN"));
    assertEquals(new PenaltyChoice.Own("none"), strict("none"));
    assertEquals(new PenaltyChoice.Unknown("warn"), lenient("warn"), "the warn mode has no 'warn'");
  }

  @Test
  void nothingUnknownAndBadDurationsAreTold() {
    assertInstanceOf(PenaltyChoice.Missing.class, lenient("  "));
    assertEquals(new PenaltyChoice.Unknown("delete"), strict("delete"));
    assertInstanceOf(PenaltyChoice.BadDuration.class, lenient("tban"));
    assertInstanceOf(PenaltyChoice.BadDuration.class, lenient("tban 10"), "a bare number is no duration");
    assertInstanceOf(PenaltyChoice.BadDuration.class, lenient("tmute 400d"));
  }

  @Test
  void whatFollowsIsIgnoredOrRefusedAsTheCommandSays() {
    assertEquals(new PenaltyChoice.Chosen(Penalty.of(PenaltyMode.KICK)), lenient("kick them all"));
    assertEquals(new PenaltyChoice.Trailing("them all"), strict("kick them all"));
    assertEquals(new PenaltyChoice.Trailing("please"), strict("tmute 6h please"));
    assertEquals(new PenaltyChoice.Trailing("please"), strict("warn please"));
  }
}
