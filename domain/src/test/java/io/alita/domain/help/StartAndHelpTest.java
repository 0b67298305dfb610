package io.alita.domain.help;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.onlySent;
import static io.alita.domain.rules.TestBot.privateChat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.Messages;
import io.alita.domain.misc.MiscModule;
import io.alita.domain.model.MessageId;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesView;
import io.alita.domain.rules.TestBot;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.tracking.SeenChat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StartAndHelpTest {

  private static final SeenChat BOBS_PM = privateChat(BOB);
  private static final Keyboard BACK = Keyboard.row(new Button.Callback("« Back", "helpq|v1|_"));

  private final InMemoryRulesStore rules = new InMemoryRulesStore();
  private final TestBot bot;

  StartAndHelpTest() {
    List<BotModule> modules = new ArrayList<>();
    RulesView view = new RulesView(TestBot.BOT, new Random(1));
    modules.add(new RulesModule(rules, view));
    modules.add(new MiscModule(new TargetExtractor(username -> Optional.empty()), user -> Optional.empty(),
        TestBot.TEAM, TestBot.CLOCK));
    modules.add(new HiddenModule());
    io.alita.domain.notes.NotesModule notes = new io.alita.domain.notes.NotesModule(
        new io.alita.domain.notes.InMemoryNotesStore(),
        new io.alita.domain.permission.AdminCache(TestBot.telegram(true), TestBot.CLOCK), TestBot.BOT,
        new io.alita.domain.content.ContentSender(io.alita.domain.content.ContentSender.RulesButtons.NONE,
            new Random(1)),
        new io.alita.domain.confirm.Confirmations(new io.alita.domain.confirm.InMemoryConfirmationStore(),
            TestBot.CLOCK, new Random(1)));
    modules.add(new HelpModule(new HelpTopics(() -> modules), new PrivateRules(rules, view), notes.privateNotes(),
        TestBot.BOT));
    bot = TestBot.with(modules);
  }

  /** A module without a help text, like the original's Devs. */
  private static final class HiddenModule implements BotModule {
    @Override
    public String name() {
      return "Devs";
    }

    @Override
    public void register(Registry registry) {}
  }

  private static String text(String key) {
    return Messages.english().template(io.alita.domain.i18n.MessageKey.of(key));
  }

  @Test
  void startInPrivateShowsTheStartScreenWithButtonsToAddTheBotAndToOpenHelp() {
    OutgoingMessage start = onlySent(bot.send(BOBS_PM, BOB, "/start"));

    assertTrue(start.html().startsWith("Hi Bob! I'm @AlitaBot, and I help admins run their groups"), start.html());
    assertEquals(Keyboard.row(new Button.Url("Add me to a group", "https://t.me/AlitaBot?startgroup=true"))
        .plusRow(new Button.Callback("Help", "helpq|v1|_"), new Button.Callback("About", "helpq|v1|p=about")),
        start.keyboard());
  }

  @Test
  void startInAGroupAnswersWithAButtonThatOpensAPrivateChat() {
    OutgoingMessage reply = onlySent(bot.send(GROUP, BOB, "/start"));

    assertEquals("Hey, I'm here! Message me in private to find out what I can do.", reply.html());
    assertEquals(Keyboard.row(new Button.Url("Message me", "https://t.me/AlitaBot")), reply.keyboard());
  }

  @Test
  void theRulesDeepLinkShowsThatChatsRulesInPrivate() {
    bot.send(GROUP, ADA, "/setrules *Welcome*, {first}! <b>not bold</b>");

    assertEquals("The rules of <b>Analytical Engines</b>:\n\n<b>Welcome</b>, Bob! &lt;b&gt;not bold&lt;/b&gt;",
        onlyReply(bot.send(BOBS_PM, BOB, "/start rules_-100123")));
  }

  @Test
  void theRulesDeepLinkOfAChatWithoutRulesSaysSo() {
    assertEquals("That chat has no rules yet.", onlyReply(bot.send(BOBS_PM, BOB, "/start rules_-100999")));
  }

  @Test
  void theNotesDeepLinksAnswerWithThatChatsNotes() {
    assertEquals("There are no notes here yet.", onlyReply(bot.send(BOBS_PM, BOB, "/start notes_-100123")));
    assertTrue(onlyReply(bot.send(BOBS_PM, BOB, "/start note_-100123_faq")).startsWith("That chat has no note"));
  }

  @Test
  void theHelpDeepLinkOpensThatModulesHelp() {
    OutgoingMessage help = onlySent(bot.send(BOBS_PM, BOB, "/start help_rules"));

    assertEquals(text("help.module.rules"), help.html());
    assertEquals(BACK, help.keyboard());
  }

  @Test
  void anyOtherStartArgumentFallsBackToTheStartScreen() {
    for (String arg : List.of("notes_42", "note_-100123", "connect_-100123", "rules_42", "what?")) {
      String html = onlyReply(bot.send(BOBS_PM, BOB, "/start " + arg));
      assertTrue(html.startsWith("Hi Bob!"), arg + " -> " + html);
    }
  }

  @Test
  void helpInPrivateListsTheModulesWithAHelpTextAsButtons() {
    OutgoingMessage menu = onlySent(bot.send(BOBS_PM, BOB, "/help"));

    assertEquals(text("help.menu"), menu.html());
    assertEquals(Keyboard.row(new Button.Callback("Misc", "helpq|v1|m=Misc"),
        new Button.Callback("Rules", "helpq|v1|m=Rules")), menu.keyboard());
  }

  @Test
  void helpWithAModuleNameShowsItsHelpWhateverTheCase() {
    OutgoingMessage help = onlySent(bot.send(BOBS_PM, BOB, "/help MISC"));

    assertEquals(text("help.module.misc"), help.html());
    assertEquals(BACK, help.keyboard());
  }

  @Test
  void helpForAModuleThatDoesNotExistOrIsHiddenOffersTheMenu() {
    for (String name : List.of("devs", "<b>nope</b>")) {
      OutgoingMessage reply = onlySent(bot.send(BOBS_PM, BOB, "/help " + name));
      assertTrue(reply.html().startsWith("I have no module called <b>"), reply.html());
      assertEquals(2, reply.keyboard().rows().get(0).size());
    }
    assertTrue(onlyReply(bot.send(BOBS_PM, BOB, "/help <b>nope</b>")).contains("&lt;b&gt;nope"));
  }

  @Test
  void helpInAGroupPointsToPrivateWithADeepLink() {
    OutgoingMessage menu = onlySent(bot.send(GROUP, BOB, "/help"));
    assertEquals(Keyboard.row(new Button.Url("Help", "https://t.me/AlitaBot?start=help_help")), menu.keyboard());

    OutgoingMessage rulesHelp = onlySent(bot.send(GROUP, BOB, "/help rules"));
    assertEquals("Tap the button below for the help of <b>Rules</b> in my private chat.", rulesHelp.html());
    assertEquals(Keyboard.row(new Button.Url("Help", "https://t.me/AlitaBot?start=help_Rules")), rulesHelp.keyboard());
  }

  @Test
  void aHelpLinkThatNamesNoModuleLeadsToTheMenu() {
    assertEquals(text("help.menu"), onlyReply(bot.send(BOBS_PM, BOB, "/start help_help")));
    assertEquals(text("help.menu"), onlyReply(bot.send(BOBS_PM, BOB, "/start help_devs")));
  }

  @Test
  void pressingAModuleButtonOpensItsHelpAndBackReturnsToTheMenu() {
    Effects opened = bot.press(BOBS_PM, BOB, "helpq|v1|m=Rules");

    ChatAction.Edit edit = assertInstanceOf(ChatAction.Edit.class, opened.actions().get(0));
    assertEquals(MessageId.of(500), edit.message());
    assertEquals(text("help.module.rules"), edit.html());
    assertEquals(BACK, edit.keyboard());
    assertInstanceOf(ChatAction.AnswerButton.class, opened.actions().get(1));

    ChatAction.Edit back = assertInstanceOf(ChatAction.Edit.class, bot.press(BOBS_PM, BOB, "helpq|v1|_").actions().get(0));
    assertEquals(text("help.menu"), back.html());
    assertEquals(2, back.keyboard().rows().get(0).size());
  }
}
