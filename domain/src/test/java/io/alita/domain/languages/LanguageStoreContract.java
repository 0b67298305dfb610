package io.alita.domain.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.i18n.LanguageStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link LanguageStore} does; each implementation's test extends this with an empty store. */
public abstract class LanguageStoreContract {

  protected static final SeenChat ENGINES = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", "engines");
  protected static final SeenChat LOOMS = new SeenChat(ChatId.of(-1002), ChatKind.GROUP, "Looms", null);
  protected static final SeenUser ADA = new SeenUser(UserId.of(42), "Ada", "Lovelace", "ada_l", false);
  protected static final SeenUser BOB = new SeenUser(UserId.of(43), "Bob", null, null, false);

  protected abstract LanguageStore store();

  @Test
  void anUnrecordedChatOrUserHasNoLanguage() {
    assertEquals(Optional.empty(), store().chatLanguage(ENGINES.id()));
    assertEquals(Optional.empty(), store().userLanguage(ADA.id()));
  }

  @Test
  void aChatsLanguageIsKeptAndChangedForThatChatOnly() {
    store().setChatLanguage(ENGINES, "es");
    store().setChatLanguage(LOOMS, "fr");
    store().setChatLanguage(ENGINES, "ru");

    assertEquals(Optional.of("ru"), store().chatLanguage(ENGINES.id()));
    assertEquals(Optional.of("fr"), store().chatLanguage(LOOMS.id()));
  }

  @Test
  void aUsersLanguageIsKeptAndChangedForThatUserOnly() {
    store().setUserLanguage(ADA, "pt");
    store().setUserLanguage(BOB, "hi");
    store().setUserLanguage(ADA, "id");

    assertEquals(Optional.of("id"), store().userLanguage(ADA.id()));
    assertEquals(Optional.of("hi"), store().userLanguage(BOB.id()));
  }

  @Test
  void aUsersLanguageAndTheirPrivateChatAreNotAGroups() {
    store().setUserLanguage(ADA, "es");

    assertEquals(Optional.empty(), store().chatLanguage(ChatId.of(ADA.id().value())));
  }
}
