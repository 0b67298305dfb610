package io.alita.domain.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.content.ContentSender;
import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.UrlButton;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Media;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The use case's console side: previews of typed text, and the all-or-nothing form. */
class GreetingsEditTest {

  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser SAM = new SeenUser(UserId.of(77), "Sam", "Sample", "sample_member", false);
  private static final UrlButton RULES = new UrlButton("Rules", "https://t.me/alita_test_bot?start=rules_-100");

  private final InMemoryGreetingsStore store = new InMemoryGreetingsStore();
  private final ContentSender sender = new ContentSender(chat -> Optional.of(RULES), new Random(1));
  private final GreetingsEdit edit = new GreetingsEdit(store, sender, Messages.english());
  private int commits;
  private final Commit commit = new Commit() {
    @Override
    public <T> T apply(Supplier<T> change) {
      commits++;
      return change.get();
    }
  };

  private static Map<GreetingSwitch, Boolean> switches(boolean on) {
    Map<GreetingSwitch, Boolean> all = new EnumMap<>(GreetingSwitch.class);
    for (GreetingSwitch s : GreetingSwitch.values()) {
      all.put(s, on);
    }
    return all;
  }

  // ------------------------------------------------------------------------------------------------ typed previews

  @Test
  void aTypedWelcomeIsPreviewedWithTheMembersFillingsButtonsAndTheRulesButtonAndNothingIsStored() {
    GreetingsEdit.Preview preview = edit.preview(CHAT, GreetingKind.WELCOME,
        "*Hi* {first} {last}, welcome to {chatname}!\n[Site](buttonurl://example.com)\n{rules}", SAM);

    FormattedMessage shown = assertInstanceOf(GreetingsEdit.Preview.Shown.class, preview).message();
    assertEquals("<b>Hi</b> Sam Sample, welcome to Engines!", shown.html().strip());
    assertEquals("https://example.com", shown.buttons().buttons().get(0).url());
    assertEquals(RULES, shown.buttons().buttons().get(1));
    assertEquals(GreetingsSettings.defaults(CHAT_ID), store.settings(CHAT_ID), "a preview stores nothing");
    assertEquals(0, commits);
  }

  @Test
  void aTypedTextIsRenderedExactlyAsTheSavedOneWouldBe() {
    String typed = "Bye {first} <b>not bold</b>";
    FormattedMessage typedPreview = assertInstanceOf(GreetingsEdit.Preview.Shown.class,
        edit.preview(CHAT, GreetingKind.GOODBYE, typed, SAM)).message();

    edit.setText(CHAT, GreetingKind.GOODBYE, typed, commit);
    FormattedMessage savedPreview = edit.preview(CHAT, store.settings(CHAT_ID).goodbye().content(), SAM);

    assertEquals(savedPreview, typedPreview);
    assertEquals("Bye Sam &lt;b&gt;not bold&lt;/b&gt;", typedPreview.html());
  }

  @Test
  void aBlankTypedTextGetsTheSameUsageAsTheCommand() {
    GreetingsEdit.Preview.Refused welcome = assertInstanceOf(GreetingsEdit.Preview.Refused.class,
        edit.preview(CHAT, GreetingKind.WELCOME, "  \n ", SAM));
    GreetingsEdit.Preview.Refused goodbye = assertInstanceOf(GreetingsEdit.Preview.Refused.class,
        edit.preview(CHAT, GreetingKind.GOODBYE, "", SAM));

    assertEquals(edit.setText(CHAT, GreetingKind.WELCOME, " ", commit).html(), welcome.html());
    assertTrue(welcome.text().startsWith("Write the welcome after the command"), welcome.text());
    assertTrue(goodbye.text().startsWith("Write the goodbye after the command"), goodbye.text());
    assertFalse(welcome.text().contains("<code>"), "text() is what a reader sees");
  }

  @Test
  void aTypedTextTooLongOnceFormattedIsRefusedInTheWordsOfSaving() {
    GreetingsEdit.Preview.Refused refused = assertInstanceOf(GreetingsEdit.Preview.Refused.class,
        edit.preview(CHAT, GreetingKind.WELCOME, "x".repeat(4097), SAM));

    assertEquals("This is 4097 characters long once formatted, and Telegram allows 4096: shorten it by 1 characters.",
        refused.text());
  }

  // ------------------------------------------------------------------------------------------------ the form

  @Test
  void theFormSavesBothTextsAndEverySwitchInOneCommit() {
    GreetingsEdit.FormOutcome outcome = edit.save(CHAT, new GreetingsEdit.Form(Optional.of("Hello {first}"),
        Optional.of("Bye {first}"), switches(true)), commit);

    assertTrue(outcome.saved());
    assertEquals("Saved the greetings.", outcome.confirmation());
    assertEquals(1, commits);
    GreetingsSettings s = store.settings(CHAT_ID);
    assertEquals("Hello {first}", s.welcome().content().text());
    assertEquals("Bye {first}", s.goodbye().content().text());
    for (GreetingSwitch which : GreetingSwitch.values()) {
      assertTrue(which.in(s), which.command());
    }
  }

  @Test
  void aRefusedTextSavesNothingNotEvenTheSwitchesAndEveryRefusalIsReturned() {
    GreetingsEdit.FormOutcome outcome = edit.save(CHAT, new GreetingsEdit.Form(Optional.of(" "),
        Optional.of("y".repeat(5000)), switches(true)), commit);

    assertFalse(outcome.saved());
    assertEquals(2, outcome.refusals().size());
    assertTrue(outcome.refusals().get(0).startsWith("Write the welcome"), outcome.refusals().get(0));
    assertTrue(outcome.refusals().get(1).contains("shorten it by 904 characters"), outcome.refusals().get(1));
    assertEquals(0, commits);
    assertEquals(GreetingsSettings.defaults(CHAT_ID), store.settings(CHAT_ID));
  }

  @Test
  void aMediaWelcomeKeepsItsFileWhenTheFormLeavesItsTextOutAndIsReset() {
    StoredContent gif = StoredContent.media(new Media(ContentType.ANIMATION, "CgAC-gif"), "Welcome *{first}*");
    store.setContent(CHAT, GreetingKind.WELCOME, gif);

    assertTrue(edit.save(CHAT, new GreetingsEdit.Form(Optional.empty(), Optional.empty(), switches(false)), commit)
        .saved());

    GreetingsSettings s = store.settings(CHAT_ID);
    assertEquals(gif, s.welcome().content());
    assertFalse(s.welcome().enabled());
    assertEquals("Welcome <b>Sam</b>", edit.preview(CHAT, s.welcome().content(), SAM).html());

    assertEquals("The welcome is back to the default, and welcome messages are on.",
        edit.reset(CHAT, GreetingKind.WELCOME, commit).text());
    assertEquals(Greeting.defaultOf(GreetingKind.WELCOME), store.settings(CHAT_ID).welcome());
  }
}
