package io.alita.domain.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.update.Media;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The use case's console side (add, edit, delete), and the overwrite payload that carries a new reply. */
class FiltersEditTest {

  private static final ChatId CHAT = ChatId.of(-100);
  private final InMemoryFiltersStore store = new InMemoryFiltersStore();
  private final FiltersEdit edit = new FiltersEdit(store, Messages.english());
  private int commits;
  private final Commit commit = new Commit() {
    @Override
    public <T> T apply(Supplier<T> change) {
      commits++;
      return change.get();
    }
  };

  private static FilterTrigger trigger(String typed) {
    return FilterTrigger.parse(typed).trigger().orElseThrow();
  }

  @Test
  void addingFromTheConsoleTakesAPhraseWithOrWithoutQuotes() {
    assertTrue(edit.add(CHAT, "Good Morning", "Morning!", commit).applied());
    assertTrue(edit.add(CHAT, "\"see you\"", "Bye", commit).applied());

    assertEquals("Morning!", store.find(CHAT, trigger("good morning")).orElseThrow().content().text());
    assertEquals("Bye", store.find(CHAT, trigger("see you")).orElseThrow().content().text());
  }

  @Test
  void addingAKnownTriggerFromTheConsoleIsRefusedAndWritesNothing() {
    edit.add(CHAT, "hi", "one", commit);
    int before = commits;

    ChangeOutcome outcome = edit.add(CHAT, "HI", "two", commit);

    assertEquals("There is a filter for hi already: change that one instead.", outcome.text());
    assertEquals(before, commits);
    assertEquals("one", store.find(CHAT, trigger("hi")).orElseThrow().content().text());
  }

  @Test
  void refusalsForABlankTriggerOrReplyAndAnOverlongReply() {
    assertTrue(edit.add(CHAT, "  ", "x", commit).text().startsWith("Give a trigger"));
    assertTrue(edit.add(CHAT, "hi", " ", commit).text().startsWith("What should I answer to hi?"));
    assertTrue(edit.add(CHAT, "hi", "x".repeat(4097), commit).text().contains("shorten it by 1 characters"));
    assertEquals(0, store.count(CHAT));
  }

  @Test
  void editingChangesATextFilterAndRefusesAMediaOneOrAMissingOne() {
    edit.add(CHAT, "hi", "one", commit);
    store.put(CHAT, new Filter(trigger("cat"), StoredContent.media(new Media(ContentType.STICKER, "CAAC"), "")));

    assertEquals("Replaced the filter hi.", edit.edit(CHAT, trigger("hi"), "two", commit).text());
    assertEquals("two", store.find(CHAT, trigger("hi")).orElseThrow().content().text());
    assertEquals("The filter cat sends a file; set it again from Telegram to change it.",
        edit.edit(CHAT, trigger("cat"), "meow", commit).text());
    assertEquals("There is no filter for dog here.", edit.edit(CHAT, trigger("dog"), "woof", commit).text());
  }

  @Test
  void deletingAnyFilter() {
    store.put(CHAT, new Filter(trigger("cat"), StoredContent.media(new Media(ContentType.STICKER, "CAAC"), "")));

    assertEquals("Removed the filter cat.", edit.remove(CHAT, trigger("cat"), commit).text());
    assertTrue(edit.remove(CHAT, trigger("cat"), commit).refused());
  }

  @Test
  void thePayloadReadsBackTextAndMediaRepliesExactly() {
    Filter text = new Filter(trigger("a:b|c 12:"),
        StoredContent.text("*Hi* {first} %%% yo\n[Site](buttonurl://https://example.com)"));
    Filter photo = new Filter(trigger("cat"),
        StoredContent.media(new Media(ContentType.PHOTO, "Ag:AC|1"), "a _cat_"));

    assertEquals(Optional.of(text), FilterPayload.read(FilterPayload.write(text.trigger(), text.content())));
    assertEquals(Optional.of(photo), FilterPayload.read(FilterPayload.write(photo.trigger(), photo.content())));
    assertEquals(Optional.empty(), FilterPayload.read(""));
    assertEquals(Optional.empty(), FilterPayload.read("f1|99|0:3:abc"));
    assertEquals(Optional.empty(), FilterPayload.read("f1|1|x"));
  }
}
