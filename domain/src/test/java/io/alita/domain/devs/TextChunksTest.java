package io.alita.domain.devs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.format.Html;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {

  @Test
  void linesThatFitStayInOneMessageUnderTheHeader() {
    assertEquals(List.of("<b>Chats:</b>\na &amp; b\nc"), TextChunks.of("<b>Chats:</b>", List.of("a & b", "c"), 100));
  }

  @Test
  void aMessageIsFilledToTheLimitAndNoLineIsSplit() {
    // "H" + "\n" + "aaaa" = 6 visible characters; the next line would make 11
    List<String> chunks = TextChunks.of("H", List.of("aaaa", "bbbb", "cccc"), 10);

    assertEquals(List.of("H\naaaa", "bbbb\ncccc"), chunks);
  }

  @Test
  void escapedCharactersCountOnceAsTelegramShowsThem() {
    List<String> chunks = TextChunks.of("", List.of("&&&&", "&&&&"), 9);

    assertEquals(List.of("&amp;&amp;&amp;&amp;\n&amp;&amp;&amp;&amp;"), chunks);
    assertEquals(9, Html.visibleLength(chunks.get(0)));
  }

  @Test
  void aLineLongerThanAMessageIsCutWithAnEllipsis() {
    List<String> chunks = TextChunks.of("", List.of("x".repeat(30)), 10);

    assertEquals(List.of("x".repeat(9) + "…"), chunks);
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    String line = "x".repeat(8) + "😀" + "yyyy"; // the emoji sits at code units 8 and 9

    String chunk = TextChunks.of("", List.of(line), 10).get(0);

    assertEquals("x".repeat(8) + "…", chunk);
    assertTrue(chunk.chars().noneMatch(c -> Character.isSurrogate((char) c)));
  }

  @Test
  void noLinesGiveTheHeaderAlone() {
    assertEquals(List.of("H"), TextChunks.of("H", List.of(), 10));
  }

  @Test
  void aHeaderFillingTheMessageIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> TextChunks.of("0123456789", List.of("a"), 10));
  }
}
