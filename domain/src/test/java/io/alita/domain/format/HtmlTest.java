package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapeReplacesTheFourCharactersTelegramReserves() {
    assertEquals("&lt;b&gt; &amp; &quot;x&quot;", Html.escape("<b> & \"x\""));
  }

  @Test
  void escapeNeutralisesAScriptTag() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
  }

  @Test
  void escapeOfAnAttributeBreakingValueCannotCloseTheQuote() {
    assertEquals("x&quot; onclick=&quot;y", Html.escape("x\" onclick=\"y"));
  }

  @Test
  void escapeEscapesAnExistingEntityAgainSoItShowsAsTyped() {
    assertEquals("&amp;lt;", Html.escape("&lt;"));
  }

  @Test
  void escapeLeavesApostrophesEmojiAndOtherScriptsAlone() {
    String text = "It's 🔥 Привет مرحبا 你好";
    assertSame(text, Html.escape(text));
  }

  @Test
  void escapeOfEmptyTextIsEmpty() {
    assertEquals("", Html.escape(""));
  }

  @Test
  void escapeRefusesNull() {
    assertThrows(NullPointerException.class, () -> Html.escape(null));
  }

  @Test
  void visibleTextDropsTagsAndDecodesEntities() {
    assertEquals("bold <x> & \"q\" €", Html.visibleText("<b>bold</b> &lt;x&gt; &amp; &quot;q&quot; &#8364;"));
  }

  @Test
  void visibleTextDecodesHexadecimalEntities() {
    assertEquals("€", Html.visibleText("&#x20AC;"));
  }

  @Test
  void visibleLengthCountsUtf16UnitsAsTelegramDoes() {
    assertEquals(2, Html.visibleLength("<b>🔥</b>"));
    assertEquals(1, Html.visibleLength("&amp;"));
    assertEquals(5, Html.visibleLength("<a href=\"https://e.com\">hello</a>"));
  }
}
