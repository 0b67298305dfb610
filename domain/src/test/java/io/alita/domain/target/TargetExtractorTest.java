package io.alita.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.command.Command;
import io.alita.domain.command.CommandParser;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetExtractorTest {

  private static final ChatId GROUP = ChatId.of(-1001111111111L);
  private static final ChatId CHANNEL = ChatId.of(-1002222222222L);
  private static final UserId CHANNEL_BOT = UserId.of(136817688L);
  private static final UserId ALICE = UserId.of(1001);
  private static final UserId BOB = UserId.of(1002);
  private static final UserId REPLIED = UserId.of(2002);

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory()
      .with("alice_w", new Target.User(ALICE))
      .with("NewsChannel", new Target.Channel(CHANNEL));
  private final TargetExtractor extractor = new TargetExtractor(directory);
  private final CommandParser parser = new CommandParser("AlitaRobot");

  private Command command(String text, MessageEntity... entities) {
    return parser.parse(text, List.of(entities)).orElseThrow();
  }

  private TargetOutcome extract(String text) {
    return extractor.extract(command(text));
  }

  private TargetOutcome extractReplying(String text, RepliedMessage reply) {
    return extractor.extract(command(text), Optional.of(reply));
  }

  private static TargetOutcome found(Target target, String reason) {
    return new TargetOutcome.Found(target, reason);
  }

  private static TargetOutcome.Invalid invalid(TargetOutcome outcome) {
    return assertInstanceOf(TargetOutcome.Invalid.class, outcome);
  }

  // (1) text_mention

  @Test
  void textMentionRightAfterTheCommandIsTheTarget() {
    String text = "/ban Bob Smith flooding the chat";
    TargetOutcome outcome = extractor.extract(command(text, MessageEntity.textMention(5, 9, BOB)));
    assertEquals(found(new Target.User(BOB), "flooding the chat"), outcome);
  }

  @Test
  void textMentionAfterExtraSpacesAndEmojiOffsetsIsStillRightAfterTheCommand() {
    String text = "/ban   👨‍👩‍👧 Family spam";
    int start = text.indexOf("👨");
    int length = "👨‍👩‍👧 Family".length();
    TargetOutcome outcome = extractor.extract(command(text, MessageEntity.textMention(start, length, BOB)));
    assertEquals(found(new Target.User(BOB), "spam"), outcome);
  }

  @Test
  void textMentionWinsOverAReply() {
    TargetOutcome outcome = extractor.extract(command("/ban Bob", MessageEntity.textMention(5, 3, BOB)),
        Optional.of(RepliedMessage.fromUser(GROUP, REPLIED)));
    assertEquals(found(new Target.User(BOB), ""), outcome);
  }

  @Test
  void textMentionLaterInTheTextIsNotTheTarget() {
    String text = "/ban @alice_w because Bob said so";
    TargetOutcome outcome = extractor.extract(command(text, MessageEntity.textMention(text.indexOf("Bob"), 3, BOB)));
    assertEquals(found(new Target.User(ALICE), "because Bob said so"), outcome);
  }

  @Test
  void otherEntityAtTheStartIsNotATarget() {
    TargetOutcome outcome = extractor.extract(command("/ban spam", MessageEntity.of(EntityType.BOLD, 5, 4)));
    assertInstanceOf(TargetOutcome.None.class, outcome);
  }

  // (2) @username

  @Test
  void knownUsernameIsResolvedThroughTheDirectory() {
    assertEquals(found(new Target.User(ALICE), "spamming links"), extract("/ban @alice_w spamming links"));
    assertEquals(List.of(Username.of("alice_w")), directory.lookups());
  }

  @Test
  void usernameLookupIgnoresCase() {
    assertEquals(found(new Target.User(ALICE), ""), extract("/ban @ALICE_W"));
  }

  @Test
  void usernameOfAChannelResolvesToTheChannel() {
    assertEquals(found(new Target.Channel(CHANNEL), "ads"), extract("/ban @newschannel ads"));
  }

  @Test
  void unknownUsernameIsNotFound() {
    TargetOutcome outcome = extract("/ban @nobody_here spam");
    assertEquals(new TargetOutcome.NotFound(Username.of("nobody_here")), outcome);
    String message = ((TargetOutcome.NotFound) outcome).message(io.alita.domain.i18n.Messages.english());
    assertTrue(message.contains("@nobody_here"), message);
  }

  @Test
  void unknownUsernameIsNotFoundEvenWhenReplying() {
    // The admin named someone; falling back to the replied-to sender would act on the wrong person.
    TargetOutcome outcome = extractReplying("/ban @nobody_here", RepliedMessage.fromUser(GROUP, REPLIED));
    assertInstanceOf(TargetOutcome.NotFound.class, outcome);
  }

  @Test
  void usernameWinsOverAReply() {
    assertEquals(found(new Target.User(ALICE), "x"), extractReplying("/ban @alice_w x", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  @Test
  void usernameShorterThanFiveCharactersIsNotATarget() {
    TargetOutcome.Invalid outcome = invalid(extract("/ban @abcd spam"));
    assertEquals("@abcd", outcome.input());
    assertTrue(outcome.message(io.alita.domain.i18n.Messages.english()).contains("5 to 32"), outcome.message(io.alita.domain.i18n.Messages.english()));
    assertEquals(List.of(), directory.lookups());
  }

  @ParameterizedTest(name = "{0} is not a username")
  @ValueSource(strings = {"@", "@1abcde", "@_abcde", "@abc-def", "@alice_w,", "@алиса_w", "@@alice_w", "@alice.w",
      "@abcdefghijklmnopqrstuvwxyz1234567"})
  void malformedUsernameIsInvalidAndNeverLookedUp(String word) {
    assertEquals(word, invalid(extract("/ban " + word + " spam")).input());
    assertEquals(List.of(), directory.lookups());
  }

  @Test
  void usernameOfThirtyTwoCharactersIsLookedUp() {
    String name = "a" + "b".repeat(31);
    assertInstanceOf(TargetOutcome.NotFound.class, extract("/ban @" + name));
    assertEquals(List.of(Username.of(name)), directory.lookups());
  }

  @Test
  void usernameFollowedByNewlineReasonKeepsTheReasonsLines() {
    assertEquals(found(new Target.User(ALICE), "line one\nline two"), extract("/warn @alice_w\nline one\nline two\n"));
  }

  // (3) numeric id

  @Test
  void positiveNumberIsAUserId() {
    assertEquals(found(new Target.User(UserId.of(123456789)), "spam"), extract("/ban 123456789 spam"));
  }

  @Test
  void numberBelowMinusTenToTheTwelfthIsAChannel() {
    assertEquals(found(new Target.Channel(ChatId.of(-1001234567890L)), ""), extract("/ban -1001234567890"));
  }

  @Test
  void minusTenToTheTwelfthItselfIsNotAChannel() {
    invalid(extract("/ban -1000000000000"));
    assertEquals(found(new Target.Channel(ChatId.of(-1000000000001L)), ""), extract("/ban -1000000000001"));
  }

  @ParameterizedTest(name = "{0} is not a user or channel id")
  @ValueSource(strings = {"0", "-0", "-1", "-12345", "-999999999999", "99999999999999999999", "-99999999999999999999",
      "9223372036854775808"})
  void numberThatIsNeitherAUserNorAChannelIdIsInvalid(String word) {
    TargetOutcome.Invalid outcome = invalid(extract("/ban " + word + " reason"));
    assertEquals(word, outcome.input());
    assertTrue(outcome.message(io.alita.domain.i18n.Messages.english()).contains("-100"), outcome.message(io.alita.domain.i18n.Messages.english()));
  }

  @Test
  void invalidNumberIsInvalidEvenWhenReplying() {
    invalid(extractReplying("/ban -5 reason", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  @Test
  void largestLongIsAUserId() {
    assertEquals(found(new Target.User(UserId.of(Long.MAX_VALUE)), ""), extract("/ban 9223372036854775807"));
  }

  @Test
  void idWinsOverAReply() {
    assertEquals(found(new Target.User(UserId.of(42)), "x"), extractReplying("/ban 42 x", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  @Test
  void numberWithOtherCharactersIsNotAnId() {
    assertEquals(found(new Target.User(REPLIED), "12abc"), extractReplying("/ban 12abc", RepliedMessage.fromUser(GROUP, REPLIED)));
    assertEquals(found(new Target.User(REPLIED), "+42"), extractReplying("/ban +42", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  // (4) reply

  @Test
  void repliedToSenderIsTheTargetWhenNothingIsNamed() {
    assertEquals(found(new Target.User(REPLIED), ""), extractReplying("/ban", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  @Test
  void wholeArgumentTextIsTheReasonForARepliedTarget() {
    assertEquals(found(new Target.User(REPLIED), "posting scam links\nagain"),
        extractReplying("/ban   posting scam links\nagain  ", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  @Test
  void durationWordIsLeftInTheReasonForTheCallerToRead() {
    assertEquals(found(new Target.User(REPLIED), "2h flooding"), extractReplying("/tmute 2h flooding", RepliedMessage.fromUser(GROUP, REPLIED)));
  }

  @Test
  void replyToAChannelPostTargetsTheChannel() {
    TargetOutcome outcome = extractReplying("/ban", RepliedMessage.fromSenderChat(GROUP, CHANNEL_BOT, CHANNEL));
    assertEquals(found(new Target.Channel(CHANNEL), ""), outcome);
  }

  @Test
  void replyToALinkedChannelForwardTargetsTheChannel() {
    TargetOutcome outcome = extractReplying("/ban", RepliedMessage.fromSenderChat(GROUP, UserId.TELEGRAM, CHANNEL));
    assertEquals(found(new Target.Channel(CHANNEL), ""), outcome);
  }

  @Test
  void replyToAnAnonymousAdminTargetsTheAnonymousAdminBotNotTheGroup() {
    TargetOutcome outcome = extractReplying("/ban", RepliedMessage.fromSenderChat(GROUP, UserId.GROUP_ANONYMOUS_BOT, GROUP));
    assertEquals(found(new Target.User(UserId.GROUP_ANONYMOUS_BOT), ""), outcome);
  }

  @Test
  void replyWithoutAnySenderIsNoTarget() {
    TargetOutcome outcome = extractReplying("/ban", new RepliedMessage(GROUP, Optional.empty(), Optional.empty()));
    assertInstanceOf(TargetOutcome.None.class, outcome);
  }

  // none

  @Test
  void commandAloneWithoutReplyHasNoTarget() {
    assertInstanceOf(TargetOutcome.None.class, extract("/ban"));
  }

  @Test
  void commandWithOnlySpacesHasNoTarget() {
    assertInstanceOf(TargetOutcome.None.class, extract("/ban   \n  "));
  }

  @Test
  void reasonWithoutTargetOrReplyHasNoTarget() {
    assertInstanceOf(TargetOutcome.None.class, extract("/ban being rude"));
    assertEquals(List.of(), directory.lookups());
  }

  @Test
  void noTargetMessageExplainsTheWaysToNameSomeone() {
    String message = new TargetOutcome.None().message(io.alita.domain.i18n.Messages.english());
    assertTrue(message.contains("reply") && message.contains("@username") && message.contains("id"), message);
  }

  @Test
  void commandBuiltWithoutTheParserWorksToo() {
    assertEquals(found(new Target.User(ALICE), "x"), extractor.extract(Command.of("ban", "@alice_w x")));
  }
}
