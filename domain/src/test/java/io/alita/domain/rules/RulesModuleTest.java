package io.alita.domain.rules;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.onlySent;
import static io.alita.domain.rules.TestBot.privateChat;
import static io.alita.domain.rules.TestBot.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.model.MessageId;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RulesModuleTest {

  private final InMemoryRulesStore store = new InMemoryRulesStore();
  private final TestBot bot = bot(true);

  private TestBot bot(boolean botIsAdmin) {
    RulesView view = new RulesView(TestBot.BOT, new Random(1));
    return TestBot.with(List.of(new RulesModule(store, view)), botIsAdmin);
  }

  @Test
  void rulesSetByAnAdminAreShownRenderedWithTheChatTitleAndTheReadersName() {
    Effects saved = bot.send(GROUP, ADA, "/setrules *Be kind*, {first}.\n<script>alert(1)</script> & __smile__");

    assertEquals("Saved the rules of this chat.", onlyReply(saved));
    assertEquals("The rules of <b>Analytical Engines</b>:\n\n"
        + "<b>Be kind</b>, Bob.\n&lt;script&gt;alert(1)&lt;/script&gt; &amp; <u>smile</u>",
        onlyReply(bot.send(GROUP, BOB, "/rules")));
  }

  @Test
  void theStoredFormIsTheMarkdownSourceNotHtml() {
    bot.send(GROUP, ADA, "/setrules *Be kind*\n\n{rules}");

    assertEquals(Optional.of("*Be kind*\n\n{rules}"), store.find(GROUP.id()).source());
  }

  @Test
  void buttonsInTheRulesComeAsTheirKeyboard() {
    bot.send(GROUP, ADA, "/setrules Read the FAQ [FAQ](buttonurl://example.com/faq)");

    OutgoingMessage shown = onlySent(bot.send(GROUP, BOB, "/rules"));

    assertEquals(Keyboard.row(new Button.Url("FAQ", "https://example.com/faq")), shown.keyboard());
  }

  @Test
  void aChatWithoutRulesSaysSo() {
    assertEquals("This chat has no rules yet. An admin can set them with /setrules.",
        onlyReply(bot.send(GROUP, BOB, "/rules")));
  }

  @Test
  void rulesAnswerTheMessageTheCommandRepliesToAndNameItsAuthor() {
    bot.send(GROUP, ADA, "/setrules Welcome, {first}!");

    OutgoingMessage shown = onlySent(bot.send(GROUP, ADA, "/rules", replyTo(77, BOB)));

    assertEquals(Optional.of(MessageId.of(77)), shown.replyTo());
    assertTrue(shown.html().endsWith("Welcome, Bob!"), shown.html());
  }

  @Test
  void privateRulesAnswerWithADeepLinkButtonInsteadOfTheRules() {
    bot.send(GROUP, ADA, "/setrules Be kind");
    bot.send(GROUP, ADA, "/privaterules on");

    OutgoingMessage shown = onlySent(bot.send(GROUP, BOB, "/rules"));

    assertEquals("The rules are waiting in my private chat: tap the button below to read them.", shown.html());
    assertEquals(Keyboard.row(new Button.Url("Rules", "https://t.me/AlitaBot?start=rules_-100123")), shown.keyboard());
  }

  @Test
  void theDeepLinkButtonCarriesTheChatsOwnButtonText() {
    bot.send(GROUP, ADA, "/setrules Be kind");
    bot.send(GROUP, ADA, "/privaterules yes");
    bot.send(GROUP, ADA, "/rulesbutton 📜 House rules");

    Button button = onlySent(bot.send(GROUP, BOB, "/rules")).keyboard().rows().get(0).get(0);

    assertEquals(new Button.Url("📜 House rules", "https://t.me/AlitaBot?start=rules_-100123"), button);
  }

  @Test
  void theRulesAndTheirHeadingTogetherNeverExceedTelegramsLimit() {
    bot.send(GROUP, ADA, "/setrules " + "a".repeat(Limits.MESSAGE_TEXT));

    String html = onlyReply(bot.send(GROUP, BOB, "/rules"));

    assertEquals(Limits.MESSAGE_TEXT, Html.visibleLength(html));
    assertTrue(html.endsWith("…"), html.substring(html.length() - 10));
  }

  @Test
  void setRulesWithoutTextExplainsHowAndStoresNothing() {
    String reply = onlyReply(bot.send(GROUP, ADA, "/setrules   "));

    assertTrue(reply.startsWith("Write the rules after the command"), reply);
    assertEquals(0, store.writes());
  }

  @Test
  void setRulesAsAReplyTakesTheRepliedMessagesText() {
    Reply pointed = new Reply(MessageId.of(7), RepliedMessage.fromUser(GROUP.id(), BOB.id()), Optional.of(BOB),
        "*Be kind.* No spam.");
    bot.send(GROUP, ADA, "/setrules", pointed);

    String html = onlyReply(bot.send(GROUP, BOB, "/rules"));

    assertTrue(html.contains("<b>Be kind.</b> No spam."), html);
  }

  @Test
  void setRulesAsAReplyToAMessageWithoutTextExplainsHow() {
    Reply pointed = new Reply(MessageId.of(7), RepliedMessage.fromUser(GROUP.id(), BOB.id()), Optional.of(BOB), "");
    String reply = onlyReply(bot.send(GROUP, ADA, "/setrules", pointed));

    assertTrue(reply.startsWith("Write the rules after the command"), reply);
    assertEquals(0, store.writes());
  }

  @Test
  void rulesTooLongForTelegramAreRefusedWithTheirLength() {
    String reply = onlyReply(bot.send(GROUP, ADA, "/setrules " + "a".repeat(Limits.MESSAGE_TEXT + 5)));

    assertEquals("These rules are 4101 characters long once formatted, and Telegram allows 4096: shorten them by 5 "
        + "characters.", reply);
    assertEquals(0, store.writes());
  }

  @Test
  void markupDoesNotCountTowardsTheLimit() {
    String bold = "*" + "a".repeat(Limits.MESSAGE_TEXT) + "*";

    assertEquals("Saved the rules of this chat.", onlyReply(bot.send(GROUP, ADA, "/setrules " + bold)));
  }

  @Test
  void onlyAdminsSetRules() {
    assertEquals("You need to be an admin to do this.", onlyReply(bot.send(GROUP, BOB, "/setrules Anarchy")));
    assertEquals("You need to be an admin to do this.", onlyReply(bot.send(GROUP, BOB, "/privaterules on")));
    assertEquals("You need to be an admin to do this.", onlyReply(bot.send(GROUP, BOB, "/clearrules")));
    assertEquals(0, store.writes());
  }

  @Test
  void settingRulesNeedsTheBotToBeAnAdmin() {
    TestBot notAdmin = bot(false);

    assertEquals("I need to be an admin here to do this.", onlyReply(notAdmin.send(GROUP, ADA, "/setrules Be kind")));
    assertEquals(0, store.writes());
  }

  @Test
  void rulesInPrivateWithoutAConnectionSayToConnectFirst() {
    // /rules works over a connection (see ConnectionsModuleTest); without one it points at /connect.
    assertEquals(io.alita.domain.i18n.Messages.english().html(
            io.alita.domain.dispatch.ConnectedChats.Target.CONNECT_FIRST, "command", "rules"),
        onlyReply(bot.send(privateChat(BOB), BOB, "/rules")));
  }

  @Test
  void aRepeatedUpdateNeitherWritesNorAnswersAgain() {
    UpdateId update = bot.nextUpdate();

    Effects first = bot.send(update, GROUP, ADA, "/setrules Be kind");
    Effects repeat = bot.send(update, GROUP, ADA, "/setrules Be kind");

    assertEquals("Saved the rules of this chat.", onlyReply(first));
    assertTrue(repeat.isEmpty(), () -> repeat.actions().toString());
    assertEquals(1, store.writes());
  }

  @Test
  void resetRulesAndClearRulesRemoveThem() {
    bot.send(GROUP, ADA, "/setrules Be kind");
    assertEquals("Cleared the rules of this chat.", onlyReply(bot.send(GROUP, ADA, "/resetrules")));
    assertFalse(store.find(GROUP.id()).hasRules());

    bot.send(GROUP, ADA, "/setrules Be kind");
    bot.send(GROUP, ADA, "/clearrules");
    assertEquals("This chat has no rules yet. An admin can set them with /setrules.",
        onlyReply(bot.send(GROUP, BOB, "/rules")));
  }

  @Test
  void privateRulesWithoutAnArgumentShowTheSettingAndAnUnknownWordIsRefused() {
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/privaterules")).startsWith("Private rules are off"));
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/privaterules ON")).startsWith("Private rules are on"));
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/privaterules")).startsWith("Private rules are on"));
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/privaterules false")).startsWith("Private rules are off"));
    assertEquals("'maybe' is neither on nor off: use <code>/privaterules on</code> or <code>/privaterules off</code>.",
        onlyReply(bot.send(GROUP, ADA, "/privaterules maybe")));
    assertFalse(store.find(GROUP.id()).privately());
  }

  @Test
  void theRulesButtonTextIsShownSetAndReset() {
    assertEquals("You need to be an admin to do this.", onlyReply(bot.send(GROUP, BOB, "/rulesbtn Mine")));
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/rulesbtn")).startsWith("The rules button reads <b>Rules</b>."));

    assertEquals("The rules button now reads <b>Read &amp; obey</b>.",
        onlyReply(bot.send(GROUP, ADA, "/rulesbutton Read & obey")));
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/rulesbtn")).startsWith("The rules button reads <b>Read &amp; obey</b>."));

    assertEquals("The rules button reads <b>Rules</b> again.", onlyReply(bot.send(GROUP, ADA, "/clearrulesbutton")));
    assertEquals(Optional.empty(), store.find(GROUP.id()).button());
  }

  @Test
  void everyResetAliasPutsTheDefaultButtonBack() {
    for (String alias : List.of("resetrulesbtn", "resetrulesbutton", "clearrulesbtn", "clearrulesbutton")) {
      bot.send(GROUP, ADA, "/rulesbtn Custom");
      bot.send(GROUP, ADA, "/" + alias);
      assertEquals(Optional.empty(), store.find(GROUP.id()).button(), alias);
    }
  }

  @Test
  void aButtonTextOfThirtyCharactersIsTakenAndThirtyOneRefused() {
    String thirty = "🦊".repeat(30);

    assertEquals("The rules button now reads <b>" + thirty + "</b>.",
        onlyReply(bot.send(GROUP, ADA, "/rulesbtn " + thirty)));
    assertEquals("A button text can be at most 30 characters; this one has 31.",
        onlyReply(bot.send(GROUP, ADA, "/rulesbtn " + "x".repeat(31))));
    assertEquals(thirty, store.find(GROUP.id()).buttonText().value());
  }
}
