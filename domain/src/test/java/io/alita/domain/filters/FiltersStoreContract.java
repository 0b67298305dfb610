package io.alita.domain.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.Media;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FiltersStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class FiltersStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);

  protected abstract FiltersStore store();

  protected static FilterTrigger trigger(String typed) {
    return FilterTrigger.parse(typed).trigger().orElseThrow();
  }

  protected static Filter text(String trigger, String source) {
    return new Filter(trigger(trigger), StoredContent.text(source));
  }

  @Test
  void aChatThatNeverSetAFilterHasNone() {
    assertEquals(List.of(), store().filters(CHAT));
    assertEquals(0, store().count(CHAT));
    assertEquals(Optional.empty(), store().find(CHAT, trigger("hello")));
  }

  @Test
  void aFilterReadsBackAsStoredWithItsButtons() {
    Filter filter = text("hello", "*Hi* {first}!\n[Site](buttonurl://example.com)\n[Chat](buttonurl://t.me/x:same)");

    assertTrue(store().put(CHAT, filter));

    assertEquals(Optional.of(filter), store().find(CHAT, trigger("hello")));
    assertEquals(List.of(filter), store().filters(CHAT));
    assertEquals(2, filter.content().buttons().rows().get(0).size());
  }

  @Test
  void mediaFiltersKeepTheirTypeFileAndCaption() {
    Filter sticker = new Filter(trigger("cat"),
        StoredContent.media(new Media(ContentType.STICKER, "CAACAgIAAxkBAAIC"), ""));
    Filter photo = new Filter(trigger("dog"),
        StoredContent.media(new Media(ContentType.PHOTO, "AgACAgIAAxkBAAID"), "_a dog_"));
    Filter gif = new Filter(trigger("party"),
        StoredContent.media(new Media(ContentType.ANIMATION, "CgACAgIAAxkBAAIE"), "🎉"));
    store().put(CHAT, sticker);
    store().put(CHAT, photo);
    store().put(CHAT, gif);

    assertEquals(List.of(sticker, photo, gif), store().filters(CHAT));
  }

  @Test
  void filtersAreListedByTriggerAndCounted() {
    store().put(CHAT, text("zebra", "z"));
    store().put(CHAT, text("good morning", "m"));
    store().put(CHAT, text("apple", "a"));

    assertEquals(List.of(trigger("apple"), trigger("good morning"), trigger("zebra")),
        store().filters(CHAT).stream().map(Filter::trigger).toList());
    assertEquals(3, store().count(CHAT));
  }

  @Test
  void puttingAKnownTriggerReplacesItsReply() {
    store().put(CHAT, text("hello", "old"));

    assertFalse(store().put(CHAT, text("hello", "new")));

    assertEquals(List.of(text("hello", "new")), store().filters(CHAT));
  }

  @Test
  void removingOneAndAll() {
    store().put(CHAT, text("a", "1"));
    store().put(CHAT, text("b", "2"));
    store().put(OTHER_CHAT, text("a", "3"));

    assertTrue(store().remove(CHAT, trigger("a")));
    assertFalse(store().remove(CHAT, trigger("a")));
    assertEquals(List.of(text("b", "2")), store().filters(CHAT));

    assertEquals(1, store().removeAll(CHAT));
    assertEquals(0, store().removeAll(CHAT));
    assertEquals(List.of(), store().filters(CHAT));
    assertEquals(List.of(text("a", "3")), store().filters(OTHER_CHAT));
  }

  @Test
  void aTriggerOfAHundredCharactersAndAccentsIsKept() {
    Filter longest = text("é".repeat(FilterTrigger.MAX_LENGTH), "long");
    Filter folded = text("ÄRGER ΣΟΦΟΣ", "x");
    store().put(CHAT, longest);
    store().put(CHAT, folded);

    assertEquals(Optional.of(longest), store().find(CHAT, longest.trigger()));
    assertEquals(Optional.of(folded), store().find(CHAT, trigger("ärger σοφοσ")));
  }
}
