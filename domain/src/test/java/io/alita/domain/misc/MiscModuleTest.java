package io.alita.domain.misc;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.privateChat;
import static io.alita.domain.rules.TestBot.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.rules.TestBot;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MiscModuleTest {

  private static final SeenUser OWNER = new SeenUser(TestBot.OWNER, "Olga", null, "olga", false);
  private static final SeenUser DEV = new SeenUser(UserId.of(2), "Dev", null, null, false);
  private static final SeenUser SNEAKY = new SeenUser(UserId.of(66), "<b>Boss</b>", null, "sneaky_one", false);

  private final InMemoryUserProfiles profiles = new InMemoryUserProfiles().seen(ADA).seen(SNEAKY);
  private final TestBot bot = TestBot.with(List.of(new MiscModule(
      new TargetExtractor(username -> username.canonical().equals("ada_l")
          ? Optional.of(new Target.User(ADA.id())) : Optional.empty()),
      profiles, TestBot.TEAM, TestBot.CLOCK)));

  @Test
  void idInAGroupGivesYourIdAndTheChats() {
    assertEquals("Your id: <code>43</code>\nThis chat's id: <code>-100123</code>", onlyReply(bot.send(GROUP, BOB, "/id")));
  }

  @Test
  void idInPrivateGivesYourId() {
    assertEquals("Your id: <code>43</code>", onlyReply(bot.send(privateChat(BOB), BOB, "/id")));
  }

  @Test
  void idReplyingToSomeoneGivesTheirs() {
    assertEquals("The id of Ada Lovelace: <code>42</code>\nThis chat's id: <code>-100123</code>",
        onlyReply(bot.send(GROUP, BOB, "/id", replyTo(9, ADA))));
  }

  @Test
  void idOfAUsernameLooksTheUserUp() {
    assertEquals("The id of Ada Lovelace: <code>42</code>\nThis chat's id: <code>-100123</code>",
        onlyReply(bot.send(GROUP, BOB, "/id @ada_l")));
    assertEquals("I can't find @nobody_here. Reply to one of their messages, or use their numeric id instead.",
        onlyReply(bot.send(GROUP, BOB, "/id @nobody_here")));
  }

  @Test
  void idReplyingToAChannelsPostGivesTheChannelsId() {
    Reply post = new Reply(MessageId.of(9),
        RepliedMessage.fromSenderChat(GROUP.id(), UserId.of(136817688), ChatId.of(-1001234567890L)), Optional.empty());

    assertEquals("That channel's id: <code>-1001234567890</code>\nThis chat's id: <code>-100123</code>",
        onlyReply(bot.send(GROUP, BOB, "/id", post)));
  }

  @Test
  void infoAboutYourselfShowsNameUsernameIdAndLink() {
    assertEquals("<b>User info</b>\nID: <code>42</code>\nName: Ada Lovelace\nUsername: @ada_l\n"
        + "Link: <a href=\"tg://user?id=42\">Ada Lovelace</a>", onlyReply(bot.send(GROUP, ADA, "/info")));
  }

  @Test
  void infoAboutSomeoneNeverSeenShowsTheIdAndSaysSo() {
    assertEquals("<b>User info</b>\nID: <code>777</code>\nLink: <a href=\"tg://user?id=777\">777</a>\n"
        + "I have not seen this user yet, so I only know their id.", onlyReply(bot.send(GROUP, BOB, "/info 777")));
  }

  @Test
  void infoEscapesWhatUsersCallThemselves() {
    assertEquals("<b>User info</b>\nID: <code>66</code>\nName: &lt;b&gt;Boss&lt;/b&gt;\nUsername: @sneaky_one\n"
        + "Link: <a href=\"tg://user?id=66\">&lt;b&gt;Boss&lt;/b&gt;</a>", onlyReply(bot.send(GROUP, BOB, "/info 66")));
  }

  @Test
  void infoMarksTheBotsOwnerAndDevelopers() {
    assertEquals("<b>User info</b>\nID: <code>1</code>\nName: Olga\nUsername: @olga\n"
        + "Link: <a href=\"tg://user?id=1\">Olga</a>\n\nThis is my owner.",
        onlyReply(bot.send(GROUP, BOB, "/info", replyTo(3, OWNER))));
    assertEquals("<b>User info</b>\nID: <code>2</code>\nName: Dev\nLink: <a href=\"tg://user?id=2\">Dev</a>\n\n"
        + "This is one of my developers.", onlyReply(bot.send(GROUP, BOB, "/info", replyTo(4, DEV))));
  }

  @Test
  void infoOnABadTargetSaysWhatIsWrong() {
    assertEquals("0 is not a user or channel id: user ids are positive numbers and channel ids start with -100. "
        + "Reply to one of their messages or use their @username instead.", onlyReply(bot.send(GROUP, BOB, "/info 0")));
  }

  @Test
  void pingTellsHowLongAfterTelegramDatedTheMessageItWasHandled() {
    // TestBot dates every message two seconds before the clock's now.
    assertEquals("<b>Pong!</b> Your message reached me 2000 ms after Telegram dated it (Telegram dates to the second, "
        + "so take it as ±1000 ms).", onlyReply(bot.send(GROUP, BOB, "/ping")));
  }
}
