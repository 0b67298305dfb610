package io.alita.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.format.FillingContext;
import io.alita.domain.format.Html;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.model.UserId;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Received entities written back as Markdown, checked by what the formatter makes of that Markdown. */
class EntityMarkdownTest {

  private static final FillingContext ADA =
      new FillingContext("Ada", "Lovelace", "ada_l", UserId.of(42), "Analytical Engines", 1234L, null);
  private static final RandomGenerator ONE_VARIANT = () -> {
    throw new AssertionError("a single variant needs no randomness");
  };

  private static String html(String text, List<MessageEntity> entities) {
    return MessageFormatter.render(EntityMarkdown.of(text, entities), ButtonGrid.empty(), ADA, ONE_VARIANT,
        Limits.MESSAGE_TEXT).html();
  }

  private static MessageEntity e(EntityType type, int offset, int length) {
    return MessageEntity.of(type, offset, length);
  }

  static Stream<Arguments> formatted() {
    return Stream.of(
        Arguments.of("bold word", List.of(e(EntityType.BOLD, 0, 4)), "<b>bold</b> word"),
        Arguments.of("an italic word", List.of(e(EntityType.ITALIC, 3, 6)), "an <i>italic</i> word"),
        Arguments.of("under line", List.of(e(EntityType.UNDERLINE, 0, 5)), "<u>under</u> line"),
        Arguments.of("struck out", List.of(e(EntityType.STRIKETHROUGH, 0, 6)), "<s>struck</s> out"),
        Arguments.of("the end is near", List.of(e(EntityType.SPOILER, 4, 3)), "the <tg-spoiler>end</tg-spoiler> is near"),
        Arguments.of("run ls -la now", List.of(e(EntityType.CODE, 4, 6)), "run <code>ls -la</code> now"),
        Arguments.of("x\nint a = 1;\nint *b;\ny", List.of(e(EntityType.PRE, 2, 18)),
            "x\n<pre>int a = 1;\nint *b;</pre>\ny"),
        Arguments.of("see the docs", List.of(MessageEntity.textLink(8, 4, "https://example.org/a_b")),
            "see the <a href=\"https://example.org/a_b\">docs</a>"),
        // nested: italic inside bold, bold inside a link
        Arguments.of("bold and italic", List.of(e(EntityType.BOLD, 0, 15), e(EntityType.ITALIC, 9, 6)),
            "<b>bold and <i>italic</i></b>"),
        Arguments.of("a bold link", List.of(MessageEntity.textLink(0, 11, "https://t.me/alita"), e(EntityType.BOLD, 2, 4)),
            "<a href=\"https://t.me/alita\">a <b>bold</b> link</a>"),
        // the same span with several styles
        Arguments.of("all", List.of(e(EntityType.BOLD, 0, 3), e(EntityType.ITALIC, 0, 3), e(EntityType.UNDERLINE, 0, 3)),
            "<u><b><i>all</i></b></u>"),
        // overlapping: split where they cross
        Arguments.of("abcdef", List.of(e(EntityType.BOLD, 0, 4), e(EntityType.STRIKETHROUGH, 2, 4)),
            "<b>ab<s>cd</s></b><s>ef</s>"),
        // a style across a link's edge is closed and reopened there
        Arguments.of("go to site now", List.of(e(EntityType.BOLD, 0, 10), MessageEntity.textLink(6, 8, "https://x.org")),
            "<b>go to</b> <a href=\"https://x.org\"><b>site</b> now</a>"),
        // spaces at the edges move out of the style
        Arguments.of("a  spaced  b", List.of(e(EntityType.BOLD, 1, 10)), "a  <b>spaced</b>  b"),
        // emoji count two code units, as Telegram counts
        Arguments.of("👉 look 👈", List.of(e(EntityType.BOLD, 3, 4), e(EntityType.ITALIC, 0, 2)),
            "<i>👉</i> <b>look</b> 👈"),
        // markup characters inside a styled span stay literal
        Arguments.of("*not* _this_", List.of(e(EntityType.BOLD, 0, 12)), "<b>*not* _this_</b>"),
        // plain entities stay plain text
        Arguments.of("hi @ada_l #tag https://x.org/a_b_c", List.of(e(EntityType.MENTION, 3, 6),
            e(EntityType.HASHTAG, 10, 4), e(EntityType.URL, 15, 19)), "hi @ada_l #tag https://x.org/a_b_c"),
        Arguments.of("Ada", List.of(MessageEntity.textMention(0, 3, UserId.of(42))), "Ada"),
        // what Markdown cannot say is dropped, never shown as stray markers
        Arguments.of("snakecase", List.of(e(EntityType.ITALIC, 5, 4)), "snakecase"),
        Arguments.of("use `x` here", List.of(e(EntityType.CODE, 4, 3)), "use `x` here"),
        Arguments.of("say {first}", List.of(e(EntityType.CODE, 4, 7)), "say {first}"),
        Arguments.of("click", List.of(MessageEntity.textLink(0, 5, "javascript:alert(1)")), "click"),
        // bold works inside words
        Arguments.of("halfbold", List.of(e(EntityType.BOLD, 4, 4)), "half<b>bold</b>"),
        // an entity reaching past the text is cut
        Arguments.of("short", List.of(e(EntityType.BOLD, 2, 40)), "sh<b>ort</b>"));
  }

  @ParameterizedTest
  @MethodSource("formatted")
  void entitiesRenderAsTheHtmlTheyMean(String text, List<MessageEntity> entities, String expectedHtml) {
    assertEquals(expectedHtml, html(text, entities));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 * 3 * 4", "*bold?* _no_ __nor__ ~this~ ||that||", "[a](https://x.org) [b](buttonurl://x.org)",
      "Hi! %%% Hello!", "{first} {mention} {rules} {noprivate}", "`code` ```pre```", "back\\slash \\* \\\\",
      "(parens) [brackets] {braces}", "100% sure, 50%% off", "<b>not html</b> & \"quotes\""})
  void plainTextComesOutLiterally(String text) {
    assertEquals(Html.escape(text), html(text, List.of()));
  }

  @Test
  void anEntityEdgeInsideAnEmojiMovesToTheEmojiEdge() {
    // Found by StoredContentProperties: bold over the first half of "😀" put "<b>" between the two halves of the
    // surrogate pair, which UTF-8 cannot encode (the emoji arrived as two question marks).
    String text = "😀 ok";

    assertEquals("<b>😀</b> ok", html(text, List.of(e(EntityType.BOLD, 0, 1))));
    assertEquals("<i>😀 ok</i>", html(text, List.of(e(EntityType.ITALIC, 1, 4))));
  }

  @Test
  void randomEntitiesNeverLeaveStrayMarkersOrLoseText() {
    Random random = new Random(20261207);
    EntityType[] types = {EntityType.BOLD, EntityType.ITALIC, EntityType.UNDERLINE, EntityType.STRIKETHROUGH,
        EntityType.SPOILER, EntityType.CODE, EntityType.PRE, EntityType.TEXT_LINK, EntityType.MENTION};
    String alphabet = "ab c_*~|`[]()%{}\\\n";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<MessageEntity> entities = new ArrayList<>();
      for (int n = random.nextInt(5); n > 0; n--) {
        int offset = random.nextInt(length);
        int len = 1 + random.nextInt(length - offset);
        EntityType type = types[random.nextInt(types.length)];
        entities.add(type == EntityType.TEXT_LINK ? MessageEntity.textLink(offset, len, "https://x.org/" + n)
            : e(type, offset, len));
      }
      String markdown = EntityMarkdown.of(text.toString(), entities);
      String shown = Html.visibleText(MessageFormatter.render(markdown, ButtonGrid.empty(), ADA, ONE_VARIANT,
          Limits.MESSAGE_TEXT).html());
      assertEquals(text.toString().strip(), shown.strip(), () -> "text " + text + " entities " + entities + " as " + markdown);
    }
  }
}
