package io.alita.domain.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.Media;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GreetingsStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class GreetingsStoreContract {

  protected static final SeenChat ENGINES = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", "engines");
  protected static final SeenChat LOOMS = new SeenChat(ChatId.of(-1002), ChatKind.SUPERGROUP, "Looms", null);

  protected abstract GreetingsStore store();

  @Test
  void aChatThatSetNothingHasTheDefaults() {
    GreetingsSettings s = store().settings(ENGINES.id());

    assertEquals(GreetingsSettings.defaults(ENGINES.id()), s);
    assertTrue(s.welcome().enabled());
    assertEquals("Hey {first}, how are you?", s.welcome().content().text());
    assertFalse(s.goodbye().enabled());
    assertEquals("Sad to see you leaving {first}", s.goodbye().content().text());
    assertFalse(s.cleanService() || s.autoApprove() || s.welcome().cleanOld() || s.goodbye().cleanOld());
  }

  @Test
  void aTextWithButtonsComesBackAsStored() {
    StoredContent content = StoredContent.text(
        "*Hi* {first} <script> & \"q\" 🦊 %%% Yo {mention}\n[Site](buttonurl://example.com) [Two](buttonurl://b.org:same)");

    store().setContent(ENGINES, GreetingKind.WELCOME, content);

    assertEquals(content, store().settings(ENGINES.id()).welcome().content());
    assertFalse(content.buttons().isEmpty());
  }

  @Test
  void aMediaGreetingKeepsItsTypeFileAndCaption() {
    StoredContent gif = StoredContent.media(new Media(ContentType.ANIMATION, "CgACAgQAAx0"), "Bye {first}");

    store().setContent(ENGINES, GreetingKind.GOODBYE, gif);

    Greeting goodbye = store().settings(ENGINES.id()).goodbye();
    assertEquals(gif, goodbye.content());
    assertFalse(goodbye.enabled(), "setting the content does not switch it on");
    assertEquals(GreetingsSettings.defaults(ENGINES.id()).welcome(), store().settings(ENGINES.id()).welcome());
  }

  @Test
  void everySwitchIsItsOwn() {
    for (GreetingSwitch which : GreetingSwitch.values()) {
      SeenChat chat = new SeenChat(ChatId.of(-2000 - which.ordinal()), ChatKind.SUPERGROUP, "C", null);
      boolean before = which.in(store().settings(chat.id()));

      store().setSwitch(chat, which, !before);

      GreetingsSettings after = store().settings(chat.id());
      for (GreetingSwitch other : GreetingSwitch.values()) {
        boolean expected = other == which ? !before : other.in(GreetingsSettings.defaults(chat.id()));
        assertEquals(expected, other.in(after), which + " changed " + other);
      }
    }
  }

  @Test
  void resetBringsBackTheDefaultTextAndStateButKeepsTheCleanSetting() {
    store().setContent(ENGINES, GreetingKind.WELCOME, StoredContent.text("Custom"));
    store().setSwitch(ENGINES, GreetingSwitch.WELCOME, false);
    store().setSwitch(ENGINES, GreetingSwitch.CLEAN_WELCOME, true);
    store().setContent(ENGINES, GreetingKind.GOODBYE, StoredContent.text("Bye"));
    store().setSwitch(ENGINES, GreetingSwitch.GOODBYE, true);

    store().reset(ENGINES, GreetingKind.WELCOME);
    store().reset(ENGINES, GreetingKind.GOODBYE);

    GreetingsSettings s = store().settings(ENGINES.id());
    assertEquals(new Greeting(true, StoredContent.text(Greeting.DEFAULT_WELCOME), true), s.welcome());
    assertEquals(Greeting.defaultOf(GreetingKind.GOODBYE), s.goodbye());
  }

  @Test
  void theLastMessageIsSwappedPerGreetingAndChat() {
    store().setSwitch(ENGINES, GreetingSwitch.CLEAN_WELCOME, true);
    store().setSwitch(LOOMS, GreetingSwitch.CLEAN_WELCOME, true);

    assertEquals(Optional.empty(), store().swapLastMessage(ENGINES.id(), GreetingKind.WELCOME, MessageId.of(10)));
    assertEquals(Optional.of(MessageId.of(10)),
        store().swapLastMessage(ENGINES.id(), GreetingKind.WELCOME, MessageId.of(11)));
    assertEquals(Optional.empty(), store().swapLastMessage(ENGINES.id(), GreetingKind.GOODBYE, MessageId.of(12)));
    assertEquals(Optional.empty(), store().swapLastMessage(LOOMS.id(), GreetingKind.WELCOME, MessageId.of(13)));
    assertEquals(Optional.of(MessageId.of(11)),
        store().swapLastMessage(ENGINES.id(), GreetingKind.WELCOME, MessageId.of(14)));
    assertTrue(store().settings(ENGINES.id()).welcome().cleanOld(), "the settings are untouched");
  }

  @Test
  void aChatWithoutARowRecordsNoLastMessage() {
    assertEquals(Optional.empty(), store().swapLastMessage(ENGINES.id(), GreetingKind.WELCOME, MessageId.of(10)));
    assertEquals(Optional.empty(), store().swapLastMessage(ENGINES.id(), GreetingKind.WELCOME, MessageId.of(11)));
    assertEquals(ButtonGrid.empty(), store().settings(ENGINES.id()).welcome().content().buttons());
  }
}
