package io.alita.domain.warns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonListTest {

  private static String visible(List<String> reasons) {
    return Html.visibleText(ReasonList.render(reasons, Messages.english()).html());
  }

  @Test
  void reasonsAreNumberedOldestFirstAndEscaped() {
    String html = ReasonList.render(List.of("spam", "<b>loud</b>"), Messages.english()).html();

    assertEquals("1. spam\n2. &lt;b&gt;loud&lt;/b&gt;", html);
  }

  @Test
  void aHundredLongReasonsStillFitOneTelegramMessage() {
    List<String> reasons = Collections.nCopies(100, "x".repeat(3000));

    String text = visible(reasons);

    assertTrue(text.length() <= ReasonList.BUDGET + 40, () -> "length " + text.length());
    assertTrue(text.startsWith("1. xxx"), text.substring(0, 10));
    assertTrue(text.endsWith("… and 99 more"), text.substring(text.length() - 20));
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    String text = visible(List.of("🚀".repeat(2000)));

    assertTrue(text.endsWith("🚀…"), text.substring(text.length() - 5));
  }
}
