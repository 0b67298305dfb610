package io.alita.domain.languages;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.CLOCK;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.onlySent;
import static io.alita.domain.rules.TestBot.privateChat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.i18n.Languages;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesView;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.TestBot;
import io.alita.domain.testing.TestMessages;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguagesModuleTest {

  private static final MessageKey NO_RULES = MessageKey.of("rules.none");

  private final InMemoryLanguageStore store = new InMemoryLanguageStore();
  private final LanguagesModule languages = new LanguagesModule(store, new AdminCache(TestBot.telegram(true), CLOCK));
  private final TestBot bot = TestBot.with(List.of(languages,
      new RulesModule(new InMemoryRulesStore(), new RulesView(TestBot.BOT, new Random(1)))));

  private static String text(String language, MessageKey key, Object... namesAndValues) {
    return Messages.forLanguage(language).html(key, namesAndValues);
  }

  private static String callbackData(OutgoingMessage shown, String label) {
    return shown.keyboard().rows().stream().flatMap(List::stream)
        .filter(b -> ((Button.Callback) b).text().equals(label))
        .map(b -> ((Button.Callback) b).data()).findFirst().orElseThrow();
  }

  @Test
  void langInPrivateShowsEveryLanguageByItsOwnName() {
    OutgoingMessage shown = onlySent(bot.send(privateChat(BOB), BOB, "/lang"));

    assertEquals(text("en", LanguagesModule.CHOOSE_PRIVATE, "language", "English"), shown.html());
    List<String> labels = shown.keyboard().rows().stream().flatMap(List::stream)
        .map(b -> ((Button.Callback) b).text()).toList();
    assertEquals(Languages.ALL.stream().map(Languages.Language::nativeName).toList(), labels);
    assertTrue(shown.keyboard().rows().stream().allMatch(r -> r.size() <= 2), "two buttons to a row");
  }

  @Test
  void aUserWhoChoosesSpanishIsAnsweredInSpanishInPrivate() {
    String done = onlyReply(bot.send(privateChat(BOB), BOB, "/lang es"));

    assertEquals(text("es", LanguagesModule.SET_PRIVATE, "language", "Español"), done);
    assertEquals(Optional.of("es"), store.userLanguage(BOB.id()));
    // what follows in private comes in Spanish, the language it was asked in included
    assertEquals(text("es", LanguagesModule.CHOOSE_PRIVATE, "language", "Español"),
        onlySent(bot.send(privateChat(BOB), BOB, "/lang")).html());
    // and the group, which nobody changed, stays English
    assertEquals(text("en", NO_RULES), onlyReply(bot.send(GROUP, BOB, "/rules")));
  }

  @Test
  void anAdminSetsTheGroupsLanguageAndEveryMemberIsAnsweredInIt() {
    String done = onlyReply(bot.send(GROUP, ADA, "/lang fr"));

    assertEquals(text("fr", LanguagesModule.SET_GROUP, "language", "Français"), done);
    assertEquals(Optional.of("fr"), store.chatLanguage(GROUP.id()));
    assertEquals(text("fr", NO_RULES), onlyReply(bot.send(GROUP, BOB, "/rules")));
    // Ada's own private chat keeps her language
    assertEquals(text("en", LanguagesModule.CHOOSE_PRIVATE, "language", "English"),
        onlySent(bot.send(privateChat(ADA), ADA, "/lang")).html());
  }

  @Test
  void aMemberWhoIsNoAdminCannotChangeTheGroupsLanguage() {
    assertEquals(text("en", LanguagesModule.ADMINS_ONLY), onlyReply(bot.send(GROUP, BOB, "/lang es")));
    assertEquals(Optional.empty(), store.chatLanguage(GROUP.id()));

    OutgoingMessage shown = onlySent(bot.send(GROUP, ADA, "/lang"));
    Effects pressed = bot.press(GROUP, BOB, callbackData(shown, "Español"));
    ChatAction.AnswerButton alert = (ChatAction.AnswerButton) pressed.actions().get(0);
    assertEquals(Messages.english().plain(LanguagesModule.ADMINS_ONLY), alert.text());
    assertTrue(alert.alert());
    assertEquals(Optional.empty(), store.chatLanguage(GROUP.id()));
  }

  @Test
  void anAdminPressingALanguageButtonSetsItAndTheMessageSaysSoInTheNewLanguage() {
    OutgoingMessage shown = onlySent(bot.send(GROUP, ADA, "/lang"));
    assertEquals(text("en", LanguagesModule.CHOOSE_GROUP, "language", "English"), shown.html());

    Effects pressed = bot.press(GROUP, ADA, callbackData(shown, "Русский"));

    assertEquals(Optional.of("ru"), store.chatLanguage(GROUP.id()));
    ChatAction.Edit edit = pressed.actions().stream().filter(ChatAction.Edit.class::isInstance)
        .map(ChatAction.Edit.class::cast).findFirst().orElseThrow();
    assertEquals(text("ru", LanguagesModule.SET_GROUP, "language", "Русский"), edit.html());
    assertEquals(text("ru", NO_RULES), onlyReply(bot.send(GROUP, BOB, "/rules")));
  }

  @Test
  void aButtonInPrivateSetsThePressersOwnLanguage() {
    OutgoingMessage shown = onlySent(bot.send(privateChat(BOB), BOB, "/lang"));

    bot.press(privateChat(BOB), BOB, callbackData(shown, "Bahasa Indonesia"));

    assertEquals(Optional.of("id"), store.userLanguage(BOB.id()));
    assertEquals(text("id", LanguagesModule.CHOOSE_PRIVATE, "language", "Bahasa Indonesia"),
        onlySent(bot.send(privateChat(BOB), BOB, "/lang")).html());
  }

  @Test
  void anAnonymousAdminSetsTheGroupsLanguage() {
    TestMessages more = new TestMessages(CLOCK, 90_000, 9_000);

    bot.dispatcher().dispatch(more.messageFromAnonymousAdmin(GROUP).command("/lang pt").incoming());

    assertEquals(Optional.of("pt"), store.chatLanguage(GROUP.id()));
  }

  @Test
  void anUnknownCodeIsAnsweredWithTheCodesThereAre() {
    String reply = onlyReply(bot.send(privateChat(BOB), BOB, "/lang klingon"));

    assertEquals(text("en", LanguagesModule.UNKNOWN, "input", "klingon", "codes", "en, es, fr, hi, id, pt, ru"), reply);
    assertEquals(Optional.empty(), store.userLanguage(BOB.id()));
  }

  @Test
  void codesAreReadWhateverTheirCase() {
    bot.send(privateChat(BOB), BOB, "/lang ES");

    assertEquals(Optional.of("es"), store.userLanguage(BOB.id()));
  }

  @Test
  void aStoredLanguageWithoutABundleIsReadAsEnglish() {
    store.setChatLanguage(GROUP, "de");

    assertEquals("en", languages.languages().of(GROUP.id()).language());
  }

  @Test
  void theLanguageIsReadOncePerChatNotOncePerMessage() {
    for (int i = 0; i < 5; i++) {
      bot.send(GROUP, BOB, "hello " + i);
    }
    int afterFive = store.reads();
    for (int i = 0; i < 20; i++) {
      bot.send(GROUP, BOB, "again " + i);
    }

    assertEquals(1, afterFive);
    assertEquals(afterFive, store.reads());
  }

  @Test
  void aChangeFromElsewhereIsSeenOnceTheChatIsReported() {
    assertEquals("en", languages.languages().of(GROUP.id()).language());
    store.setChatLanguage(GROUP, "hi"); // as the console would, behind the cache's back

    bot.dispatcher().settingsChanges().chatChanged(GROUP.id());

    assertEquals("hi", languages.languages().of(GROUP.id()).language());
  }

  @Test
  void aPrivateChatIsResolvedByItsUsersLanguage() {
    store.setUserLanguage(ADA, "pt");

    assertEquals("pt", languages.languages().of(ChatId.of(ADA.id().value())).language());
    assertEquals("en", languages.languages().of(ChatId.of(UserId.of(7).value())).language());
  }
}
