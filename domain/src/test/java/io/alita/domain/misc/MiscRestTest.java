package io.alita.domain.misc;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.privateChat;
import static io.alita.domain.rules.TestBot.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.content.ContentType;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.rules.TestBot;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.update.ForwardOrigin;
import io.alita.domain.update.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /stat, /tell, /removebotkeyboard, /tr and what /id shows besides ids (topics, forwards, file ids). */
class MiscRestTest {

  /** A translation service that answers what the test sets, and remembers what it was asked. */
  private static final class FakeTranslator implements TranslationPort {
    TranslationPort.Result answer = new Translated("Bonjour", Optional.of("en"));
    final List<String> asked = new ArrayList<>();

    @Override
    public Result translate(String text, String target) {
      asked.add(target + ":" + text);
      return answer;
    }
  }

  private final FakeTranslator translator = new FakeTranslator();
  private final TestBot bot = bot(translator);
  private final TestMessages messages = new TestMessages(TestBot.CLOCK, 5000, 700);

  private static TestBot bot(TranslationPort translator) {
    return TestBot.with(List.of(new MiscModule(new TargetExtractor(username -> Optional.empty()),
        new InMemoryUserProfiles(), TestBot.TEAM, TestBot.CLOCK, translator)));
  }

  private static Reply forwardedFrom(ForwardOrigin origin) {
    Reply plain = replyTo(9, ADA);
    return new Reply(plain.id(), plain.sender(), plain.fromUser(), "hi", List.of(), Optional.empty(),
        Optional.of(origin));
  }

  // ------------------------------------------------------------------------------------------------------------ /id

  @Test
  void idInAForumTopicAlsoGivesTheTopicsId() {
    Effects effects = bot.dispatcher().dispatch(messages.message(GROUP, BOB).command("/id").inThread(77).incoming());

    assertEquals("Your id: <code>43</code>\nThis chat's id: <code>-100123</code>\nThis topic's id: <code>77</code>",
        onlyReply(effects));
  }

  @Test
  void idOnAForwardedMessageSaysWhereItCameFrom() {
    String user = onlyReply(bot.send(GROUP, BOB, "/id", forwardedFrom(new ForwardOrigin.User(BOB))));
    assertTrue(user.endsWith("\nForwarded from Bob: <code>43</code>"), user);

    String hidden = onlyReply(bot.send(GROUP, BOB, "/id", forwardedFrom(new ForwardOrigin.HiddenUser("<i>Ghost</i>"))));
    assertTrue(hidden.endsWith("\nForwarded from &lt;i&gt;Ghost&lt;/i&gt;, who hides their account, so there is no id "
        + "to show."), hidden);

    SeenChannel news = new SeenChannel(ChatId.of(-1001777), "Daily News", "dailynews");
    String channel = onlyReply(bot.send(GROUP, BOB, "/id", forwardedFrom(new ForwardOrigin.Chat(news, true))));
    assertTrue(channel.endsWith("\nForwarded from the channel Daily News: <code>-1001777</code>"), channel);

    String group = onlyReply(bot.send(GROUP, BOB, "/id", forwardedFrom(new ForwardOrigin.Chat(news, false))));
    assertTrue(group.endsWith("\nForwarded from the group Daily News: <code>-1001777</code>"), group);
  }

  @Test
  void idOnAStickerOrGifGivesItsFileIdButNotOnOtherFiles() {
    String sticker = onlyReply(bot.send(GROUP, BOB, "/id",
        TestMessages.replyToMedia(GROUP, 9, ADA, ContentType.STICKER, "CAACAgSticker", "")));
    assertEquals("The id of Ada Lovelace: <code>42</code>\nThis chat's id: <code>-100123</code>\n"
        + "The sticker's file id: <code>CAACAgSticker</code>", sticker);

    String gif = onlyReply(bot.send(GROUP, BOB, "/id",
        TestMessages.replyToMedia(GROUP, 9, ADA, ContentType.ANIMATION, "CgACAgGif", "")));
    assertTrue(gif.endsWith("\nThe GIF's file id: <code>CgACAgGif</code>"), gif);

    String photo = onlyReply(bot.send(GROUP, BOB, "/id",
        TestMessages.replyToMedia(GROUP, 9, ADA, ContentType.PHOTO, "AgACPhoto", "")));
    assertFalse(photo.contains("AgACPhoto"), photo);
  }

  // ---------------------------------------------------------------------------------------------------------- /stat

  @Test
  void statEstimatesTheMessageCountFromTheCommandsIdAndSaysItIsAnEstimate() {
    Effects effects = bot.dispatcher().dispatch(messages.message(GROUP, BOB).id(41_999).command("/stat").incoming());

    String html = onlyReply(effects);
    assertTrue(html.startsWith("This chat has had about <b>42000</b> messages."), html);
    assertTrue(html.contains("estimate"), html);
  }

  @Test
  void statInPrivateIsRefused() {
    String html = onlyReply(bot.send(privateChat(BOB), BOB, "/stat"));
    assertFalse(html.contains("messages"), html);
  }

  // ---------------------------------------------------------------------------------------------------------- /tell

  @Test
  void tellRepliesToTheMessageWithTheAdminsTextAndDeletesTheCommand() {
    Effects effects = bot.dispatcher().dispatch(
        messages.message(GROUP, ADA).id(300).command("/tell Please read the <rules>").replyTo(replyTo(9, BOB))
            .incoming());

    List<ChatAction> actions = effects.actions();
    assertEquals(2, actions.size(), actions::toString);
    ChatAction.Send told = assertInstanceOf(ChatAction.Send.class, actions.get(0));
    assertEquals("Please read the &lt;rules&gt;", told.message().html());
    assertEquals(Optional.of(MessageId.of(9)), told.message().replyTo());
    assertEquals(ChatAction.Delete.one(GROUP.id(), MessageId.of(300)), actions.get(1));
  }

  @Test
  void tellWithoutAReplyOrWithoutTextExplainsItself() {
    String usage = "Reply to a message with <code>/tell &lt;text&gt;</code> and I'll answer it with your text.";
    assertEquals(usage, onlyReply(bot.send(GROUP, ADA, "/tell hello")));
    assertEquals(usage, onlyReply(bot.send(GROUP, ADA, "/tell", replyTo(9, BOB))));
  }

  @Test
  void tellFromAMemberIsRefusedAndEchoesNothing() {
    Effects effects = bot.send(GROUP, BOB, "/tell I am the admin now", replyTo(9, ADA));

    assertFalse(effects.actions().stream().anyMatch(a -> a instanceof ChatAction.Send s
        && s.message().html().contains("I am the admin now")), effects.actions()::toString);
    assertFalse(effects.actions().stream().anyMatch(a -> a instanceof ChatAction.Delete), effects.actions()::toString);
  }

  // ------------------------------------------------------------------------------------------------ /removebotkeyboard

  @Test
  void removeBotKeyboardSendsTheRemovalAndDeletesItsMessageASecondLater() {
    Effects effects = bot.dispatcher().dispatch(
        messages.message(GROUP, BOB).id(400).command("/removebotkeyboard").incoming());

    assertEquals(1, effects.size());
    ChatAction.RemoveReplyKeyboard remove =
        assertInstanceOf(ChatAction.RemoveReplyKeyboard.class, effects.step(0).action());
    assertEquals(MessageId.of(400), remove.replyTo());
    assertEquals("Removing the stuck keyboard…", remove.html());

    effects.step(0).then().accept(new ActionResult.Sent(MessageId.of(401)));
    Effects.Scheduled later = effects.scheduled().get(0);
    assertEquals(TestBot.NOW.plus(MiscModule.KEYBOARD_NOTICE_LIFETIME), later.due());
    assertEquals(DelayedAction.delete(GROUP.id(), MessageId.of(401)), later.timer());
  }

  @Test
  void removeBotKeyboardThatTelegramRefusedSchedulesNothing() {
    Effects effects = bot.send(privateChat(BOB), BOB, "/removebotkeyboard");

    effects.step(0).then().accept(new ActionResult.Refused(ActionResult.Refusal.BLOCKED_BY_USER, "blocked"));
    assertTrue(effects.scheduled().isEmpty());
  }

  // ------------------------------------------------------------------------------------------------------------ /tr

  @Test
  void trTranslatesTheTextIntoTheNamedLanguage() {
    assertEquals("<b>Translated</b> (en → fr):\nBonjour", onlyReply(bot.send(GROUP, BOB, "/tr fr Good morning")));
    assertEquals(List.of("fr:Good morning"), translator.asked);
  }

  @Test
  void trAsAReplyTranslatesTheRepliedTextIntoEnglishUnlessALanguageIsNamed() {
    Reply reply = TestMessages.replyTo(GROUP, 9, ADA, "Buenos días");
    bot.send(GROUP, BOB, "/tr", reply);
    bot.send(GROUP, BOB, "/tr pt-BR", reply);

    assertEquals(List.of("en:Buenos días", "pt-BR:Buenos días"), translator.asked);
  }

  @Test
  void trEscapesTheTranslationAndSaysSoWhenTheSourceIsUnknown() {
    translator.answer = new TranslationPort.Translated("<b>x</b>", Optional.empty());
    assertEquals("<b>Translated</b> (→ de):\n&lt;b&gt;x&lt;/b&gt;", onlyReply(bot.send(GROUP, BOB, "/tr de x")));
  }

  @Test
  void trWithoutTextOrWithABadLanguageCodeGivesTheUsage() {
    for (String command : List.of("/tr", "/tr fr", "/tr français bonjour", "/tr <b> x")) {
      assertTrue(onlyReply(bot.send(GROUP, BOB, command)).startsWith("Write <code>/tr &lt;language&gt;"), command);
    }
    assertEquals(List.of(), translator.asked);
  }

  @Test
  void trOfATextLongerThanOneMessageIsRefusedBeforeAsking() {
    String html = onlyReply(bot.send(GROUP, BOB, "/tr fr " + "a".repeat(MiscModule.TR_MAX_TEXT + 1)));
    assertEquals("That is too long to translate: at most 4096 characters.", html);
    assertEquals(List.of(), translator.asked);
  }

  @Test
  void aLongTranslationIsCutToFitOneMessage() {
    translator.answer = new TranslationPort.Translated("b".repeat(5000), Optional.of("en"));
    String html = onlyReply(bot.send(GROUP, BOB, "/tr fr hello"));
    assertTrue(html.endsWith("b".repeat(10) + "…"), html);
    assertTrue(html.length() < 4096, () -> "length " + html.length());
  }

  @Test
  void everyFailureOfTheServiceGetsAShortAnswer() {
    List<String> answers = new ArrayList<>();
    translator.answer = new TranslationPort.Rejected("'xx' is not supported");
    answers.add(onlyReply(bot.send(GROUP, BOB, "/tr xx hello")));
    for (TranslationPort.Unavailable.Cause cause : TranslationPort.Unavailable.Cause.values()) {
      translator.answer = new TranslationPort.Unavailable(cause);
      answers.add(onlyReply(bot.send(GROUP, BOB, "/tr fr hello")));
    }
    assertEquals(List.of(
        "The translation service would not translate that into <code>xx</code>: check the language code.",
        "The translation service did not answer in time. Try again later.",
        "The translation service is not available right now. Try again later.",
        "The translation service gave an answer I could not read. Try again later.",
        "I'm translating as much as I can right now. Try again in a moment."), answers);
  }

  @Test
  void withoutATranslationServiceTrSaysItIsNotConfigured() {
    TestBot unconfigured = bot(TranslationPort.NOT_CONFIGURED);
    assertEquals("Translation is not configured on this bot.", onlyReply(unconfigured.send(GROUP, BOB, "/tr fr hi")));
    assertEquals("Translation is not configured on this bot.", onlyReply(unconfigured.send(GROUP, BOB, "/tr")));
  }
}
