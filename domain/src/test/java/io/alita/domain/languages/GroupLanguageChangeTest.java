package io.alita.domain.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class GroupLanguageChangeTest {

  private static final SeenChat GROUP = new SeenChat(ChatId.of(-1001555), ChatKind.SUPERGROUP, "Lingua", null);

  private final InMemoryLanguageStore store = new InMemoryLanguageStore();
  private final GroupLanguageChange change = new GroupLanguageChange(store);
  private int commits;
  private final Commit commit = new Commit() {
    @Override
    public <T> T apply(Supplier<T> write) {
      commits++;
      return write.get();
    }
  };

  @Test
  void aKnownCodeIsSetAndConfirmedInTheTextsGiven() {
    ChangeOutcome outcome = change.set(GROUP, " ES ", Messages.forLanguage("es"), commit);

    assertTrue(outcome.applied(), outcome.html());
    assertEquals(Optional.of("es"), store.chatLanguage(GROUP.id()));
    assertEquals(Messages.forLanguage("es").html(LanguagesModule.SET_GROUP, "language", "Español"), outcome.html());
    assertEquals("es", change.current(GROUP).code());
    assertEquals(1, commits);
  }

  @Test
  void anUnknownOrEmptyCodeIsRefusedInTheAskersLanguageAndNothingIsWritten() {
    ChangeOutcome outcome = change.set(GROUP, "xx", Messages.english(), commit);

    assertTrue(outcome.refused());
    assertTrue(outcome.html().contains("xx") && outcome.html().contains("es"), outcome.html());
    assertTrue(change.set(GROUP, "", Messages.english(), commit).refused());
    assertEquals(Optional.empty(), store.chatLanguage(GROUP.id()));
    assertEquals(0, commits);
    assertEquals("en", change.current(GROUP).code(), "English while unset");
  }
}
