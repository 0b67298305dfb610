package io.alita.domain.help;

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
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesView;
import io.alita.domain.rules.TestBot;
import io.alita.domain.tracking.SeenChat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** /about, /donate, the about deep link and button, and modules found by their aliases. */
class AboutAndAliasesTest {

  private static final SeenChat BOBS_PM = privateChat(BOB);

  private final TestBot bot;

  AboutAndAliasesTest() {
    List<BotModule> modules = new ArrayList<>();
    for (String name : List.of("Bans", "Formatting", "AntiRaid", "Misc")) {
      modules.add(named(name));
    }
    InMemoryRulesStore rules = new InMemoryRulesStore();
    RulesView view = new RulesView(TestBot.BOT, new Random(1));
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

  /** A module with a name and nothing else: the help only needs its name and its text in the bundle. */
  private static BotModule named(String name) {
    return new BotModule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void register(Registry registry) {}
    };
  }

  private static String text(String key) {
    return Messages.english().template(MessageKey.of(key));
  }

  @Test
  void helpFindsAModuleByItsAlias() {
    assertEquals(text("help.module.bans"), onlyReply(bot.send(BOBS_PM, BOB, "/help ban")));
    assertEquals(text("help.module.bans"), onlyReply(bot.send(BOBS_PM, BOB, "/help KICK")));
    assertEquals(text("help.module.formatting"), onlyReply(bot.send(BOBS_PM, BOB, "/help mdhelp")));
    assertEquals(text("help.module.formatting"), onlyReply(bot.send(BOBS_PM, BOB, "/help markdownhelp")));
    assertEquals(text("help.module.antiraid"), onlyReply(bot.send(BOBS_PM, BOB, "/help anti-raid")));
    assertEquals(text("help.module.misc"), onlyReply(bot.send(BOBS_PM, BOB, "/help extras")));
  }

  @Test
  void anAliasInAGroupPointsToTheModulesHelpByItsName() {
    OutgoingMessage reply = onlySent(bot.send(GROUP, BOB, "/help ban"));

    assertEquals("Tap the button below for the help of <b>Bans</b> in my private chat.", reply.html());
    assertEquals(Keyboard.row(new Button.Url("Help", "https://t.me/AlitaBot?start=help_Bans")), reply.keyboard());
    assertEquals(text("help.module.bans"), onlyReply(bot.send(BOBS_PM, BOB, "/start help_ban")));
  }

  @Test
  void anAliasOfAModuleTheBotDoesNotHaveFindsNothing() {
    assertTrue(onlyReply(bot.send(BOBS_PM, BOB, "/help warn")).startsWith("I have no module called <b>warn</b>"));
  }

  @Test
  void noAliasBelongsToTwoModulesOrIsAnotherModulesName() {
    Map<String, String> owner = new HashMap<>();
    for (Map.Entry<String, List<String>> module : HelpTopics.ALIASES.entrySet()) {
      for (String alias : module.getValue()) {
        String key = HelpTopics.normalized(alias);
        String before = owner.put(key, module.getKey());
        assertTrue(before == null, alias + " is an alias of " + before + " and " + module.getKey());
        assertTrue(HelpTopics.ALIASES.keySet().stream().noneMatch(m -> HelpTopics.normalized(m).equals(key)),
            alias + " is a module's name");
      }
    }
  }

  @Test
  void aboutAndDonateAnswerAnywhere() {
    for (SeenChat chat : List.of(BOBS_PM, GROUP)) {
      assertTrue(onlyReply(bot.send(chat, BOB, "/about")).startsWith("<b>About me</b>\n\nI'm @AlitaBot, run by "
          + "<b>Alita Robot for the JVM</b>"));
      assertTrue(onlyReply(bot.send(chat, BOB, "/donate")).startsWith("<b>Donate</b>"));
    }
  }

  @Test
  void theAboutDeepLinkShowsTheAboutTextWithAButtonToTheHelp() {
    OutgoingMessage about = onlySent(bot.send(BOBS_PM, BOB, "/start about"));

    assertTrue(about.html().startsWith("<b>About me</b>"), about.html());
    assertEquals(Keyboard.row(new Button.Callback("Help", "helpq|v1|_")), about.keyboard());
  }

  @Test
  void theStartScreensAboutButtonOpensTheAboutText() {
    OutgoingMessage start = onlySent(bot.send(BOBS_PM, BOB, "/start"));
    Button.Callback aboutButton = (Button.Callback) start.keyboard().rows().get(1).get(1);
    assertEquals("About", aboutButton.text());

    ChatAction.Edit edit = assertInstanceOf(ChatAction.Edit.class,
        bot.press(BOBS_PM, BOB, aboutButton.data()).actions().get(0));
    assertTrue(edit.html().startsWith("<b>About me</b>"), edit.html());
  }
}
