package io.alita.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.format.Html;
import io.alita.domain.format.MarkdownToHtml;
import io.alita.domain.format.TelegramHtmlSubset;
import io.alita.domain.fuzz.FuzzText;
import io.alita.domain.model.UserId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of stored content made from a replied message (docs/decisions/0029): whatever text and entities
 * Telegram delivers, the Markdown written for it renders to valid HTML that shows exactly the received text.
 */
class StoredContentProperties {

  @Property(seed = FuzzText.SEED)
  void aFormattedMessageIsStoredAsMarkdownThatShowsExactlyItsText(
      @ForAll("texts") String text, @ForAll("entities") List<MessageEntity> entities) {
    String markdown = EntityMarkdown.of(text, entities);
    String html = MarkdownToHtml.convert(markdown);
    TelegramHtmlSubset.problem(html).ifPresent(problem -> {
      throw new AssertionError(problem + "\n  from " + text + " " + entities);
    });
    assertEquals(text, Html.visibleText(html), () -> "markdown " + markdown + " from " + entities);
  }

  @Provide
  Arbitrary<String> texts() {
    return FuzzText.mixed(25);
  }

  @Provide
  Arbitrary<List<MessageEntity>> entities() {
    Arbitrary<EntityType> types = Arbitraries.of(EntityType.BOLD, EntityType.ITALIC, EntityType.UNDERLINE,
        EntityType.STRIKETHROUGH, EntityType.SPOILER, EntityType.CODE, EntityType.PRE, EntityType.TEXT_LINK,
        EntityType.TEXT_MENTION, EntityType.URL, EntityType.MENTION);
    Arbitrary<String> urls = Arbitraries.of("https://example.com", "https://a.io/x_(y)", "google.com", "javascript:x",
        "https://a.io/{first}", "https://a.io/%%%", "tg://user?id=1", "https://a.io/](b)");
    return Combinators.combine(types, Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 40), urls)
        .as((type, offset, length, url) -> switch (type) {
          case TEXT_LINK -> MessageEntity.textLink(offset, length, url);
          case TEXT_MENTION -> MessageEntity.textMention(offset, length, UserId.of(5));
          default -> MessageEntity.of(type, offset, length);
        }).list().ofMaxSize(5);
  }
}
