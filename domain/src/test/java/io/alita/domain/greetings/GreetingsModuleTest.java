package io.alita.domain.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.captcha.CaptchaModule;
import io.alita.domain.captcha.InMemoryCaptchaStore;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.ContentType;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.MemberChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Greetings through a real {@link Dispatcher}, its actions carried out by a fake Telegram that numbers messages. */
class GreetingsModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser BOT_USER = new SeenUser(BOT.id(), "Alita", null, "alita_test_bot", true);
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, null, false);
  private static final SeenUser MOD = new SeenUser(UserId.of(2), "Mo", null, null, false);
  private static final SeenUser ADA = new SeenUser(UserId.of(3), "Ada", "Lovelace", "ada", false);
  private static final SeenUser BOB = new SeenUser(UserId.of(4), "Bob", null, null, false);
  private static final SeenUser HELPER_BOT = new SeenUser(UserId.of(6), "Helper", null, "helper_bot", true);

  private final InMemoryGreetingsStore store = new InMemoryGreetingsStore();
  private final InMemoryCaptchaStore captchaStore = new InMemoryCaptchaStore();
  private final FakeTelegram telegram = new FakeTelegram();
  private final MutableClock clock = new MutableClock(NOW);
  private final TestMessages messages = new TestMessages(clock);
  private Dispatcher dispatcher;

  @BeforeEach
  void chat() {
    telegram.admins.put(OWNER.id(), new ChatMember(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL, true, false,
        Optional.empty()));
    // an admin who may not change the chat's info, nor invite
    telegram.admins.put(MOD.id(), new ChatMember(MOD.id(), MemberStatus.ADMINISTRATOR,
        AdminRights.of(Right.DELETE_MESSAGES), true, false, Optional.empty()));
    telegram.admins.put(BOT.id(), new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR,
        AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES, Right.INVITE_USERS), true, true,
        Optional.empty()));
    AdminCache admins = new AdminCache(telegram, clock);
    ContentSender sender = new ContentSender(ContentSender.RulesButtons.NONE, new Random(1));
    Greeter greeter = new Greeter(store, sender);
    CaptchaModule captcha = new CaptchaModule(captchaStore, admins, telegram, username -> Optional.empty(), BOT,
        (chat, user) -> false, clock, new Random(11), greeter);
    GreetingsModule greetings = new GreetingsModule(greeter, new GreetingsEdit(store, sender, Messages.english()),
        sender, captcha::challenges, admins, BOT, clock);
    dispatcher = TestDispatcher.with(captcha, greetings).bot(BOT).admins(admins).clock(clock).build();
  }

  private List<ChatAction> handle(Incoming event) {
    Effects effects = dispatcher.dispatch(event);
    effects.runOn(telegram);
    return telegram.takeDone();
  }

  private List<ChatAction> command(SeenUser from, String text) {
    return handle(messages.command(CHAT, from, text));
  }

  private static List<String> texts(List<ChatAction> actions) {
    List<String> out = new ArrayList<>();
    for (ChatAction a : actions) {
      if (a instanceof ChatAction.Send s) {
        out.add(Html.visibleText(s.message().html()));
      } else if (a instanceof ChatAction.Edit e) {
        out.add(Html.visibleText(e.html()));
      } else if (a instanceof ChatAction.SendMedia m) {
        out.add(m.media().type() + ":" + m.media().fileId() + ":" + Html.visibleText(m.captionHtml()));
      }
    }
    return out;
  }

  private static List<String> answers(List<ChatAction> actions) {
    return actions.stream().filter(a -> a instanceof ChatAction.AnswerButton)
        .map(a -> ((ChatAction.AnswerButton) a).text()).toList();
  }

  private static List<Button.Callback> buttons(List<ChatAction> actions) {
    List<Button.Callback> all = new ArrayList<>();
    for (ChatAction a : actions) {
      if (a instanceof ChatAction.Send s) {
        s.message().keyboard().rows().forEach(r -> r.forEach(b -> {
          if (b instanceof Button.Callback c) {
            all.add(c);
          }
        }));
      } else if (a instanceof ChatAction.SendPhoto p) {
        p.keyboard().rows().forEach(r -> r.forEach(b -> all.add((Button.Callback) b)));
      }
    }
    return all;
  }

  private static String button(List<ChatAction> actions, String label) {
    return buttons(actions).stream().filter(b -> b.text().equals(label)).findFirst().orElseThrow().data();
  }

  // ------------------------------------------------------------------------------------------------ joins

  @Test
  void aMemberWhoJoinsIsWelcomedByName() {
    assertEquals(List.of("Hey Ada, how are you?"), texts(handle(messages.joined(CHAT, ADA))));
  }

  @Test
  void aJoinSeenAsServiceMessageAndAsChatMemberIsWelcomedOnce() {
    assertEquals(1, texts(handle(messages.joined(CHAT, ADA))).size());
    assertEquals(List.of(), texts(handle(messages.memberJoined(CHAT, ADA))));

    assertEquals(1, texts(handle(messages.memberJoined(CHAT, BOB))).size(), "the other order");
    assertEquals(List.of(), texts(handle(messages.joined(CHAT, BOB))));
  }

  @Test
  void aRetriedJoinIsStillTheFirstSightingButARedeliveryWelcomesNobody() {
    Incoming join = messages.memberJoined(CHAT, ADA);
    assertEquals(1, texts(handle(join)).size());

    assertEquals(List.of(), texts(handle(join)), "the same update again (a redelivery) was applied already");
  }

  @Test
  void aMemberWhoLeftAndCameBackIsWelcomedAgain() {
    handle(messages.joined(CHAT, ADA));
    handle(messages.memberLeft(CHAT, ADA));

    assertEquals(List.of("Hey Ada, how are you?"), texts(handle(messages.memberJoined(CHAT, ADA))));
  }

  @Test
  void botsAreNotWelcomed() {
    assertEquals(List.of(), texts(handle(messages.added(CHAT, OWNER, HELPER_BOT))));
  }

  @Test
  void theWelcomeGoesToTheTopicOfTheServiceMessage() {
    List<ChatAction> done = handle(messages.message(CHAT, ADA).kind(io.alita.domain.update.MessageKind.SERVICE)
        .newMembers(ADA).inThread(77).incoming());

    ChatAction.Send send = (ChatAction.Send) done.get(0);
    assertEquals(Optional.of(77), send.message().threadId());
  }

  @Test
  void aWelcomeOffWelcomesNobody() {
    command(OWNER, "/welcome off");

    assertEquals(List.of(), texts(handle(messages.joined(CHAT, ADA))));
  }

  @Test
  void cleanWelcomeDeletesThePreviousWelcome() {
    command(OWNER, "/cleanwelcome on");
    List<ChatAction> first = handle(messages.joined(CHAT, ADA));
    assertTrue(first.stream().noneMatch(a -> a instanceof ChatAction.Delete));
    MessageId firstWelcome = telegram.lastSent;

    List<ChatAction> second = handle(messages.joined(CHAT, BOB));

    assertEquals(List.of("Hey Bob, how are you?"), texts(second));
    assertTrue(second.contains(ChatAction.Delete.one(CHAT_ID, firstWelcome)), second.toString());
  }

  @Test
  void cleanServiceDeletesJoinAndLeaveServiceMessages() {
    command(OWNER, "/cleanservice on");
    Incoming.Message join = messages.joined(CHAT, ADA);
    Incoming.Message leave = messages.left(CHAT, ADA);

    assertTrue(handle(join).contains(ChatAction.Delete.one(CHAT_ID, join.message().id())));
    assertTrue(handle(leave).contains(ChatAction.Delete.one(CHAT_ID, leave.message().id())));
  }

  @Test
  void captchaOnWelcomesAfterTheCaptchaIsSolvedAndNotAtTheJoin() {
    captchaStore.setEnabled(CHAT_ID, true);

    List<ChatAction> join = handle(messages.joined(CHAT, ADA));
    assertFalse(texts(join).contains("Hey Ada, how are you?"), texts(join).toString());
    assertEquals(List.of(), texts(handle(messages.memberJoined(CHAT, ADA))));

    String answer = captchaStore.attemptOf(CHAT_ID, ADA.id()).orElseThrow().answer();
    List<ChatAction> solved = handle(messages.press(CHAT, ADA, MessageId.of(500), button(join, answer)));

    List<String> said = texts(solved);
    assertEquals("Hey Ada, how are you?", said.get(said.size() - 1), said.toString());
  }

  @Test
  void goodbyeIsSentWhenOnToAMemberWhoLeftButNotToOneWhoWasRemoved() {
    assertEquals(List.of(), texts(handle(messages.left(CHAT, ADA))), "off by default");
    command(OWNER, "/goodbye on");

    assertEquals(List.of("Sad to see you leaving Bob"), texts(handle(messages.left(CHAT, BOB))));
    assertEquals(List.of(), texts(handle(messages.memberLeft(CHAT, BOB))), "the same leave");
    ChatMember before = ChatMember.of(ADA.id(), MemberStatus.MEMBER);
    ChatMember after = ChatMember.of(ADA.id(), MemberStatus.KICKED);
    assertEquals(List.of(), texts(handle(messages.memberChange(CHAT, OWNER, ADA, before, after))));
  }

  // ------------------------------------------------------------------------------------------------ commands

  @Test
  void welcomeWithoutArgumentShowsTheStateAndTheWelcomeAsSent() {
    List<String> said = texts(command(OWNER, "/welcome"));

    assertEquals(2, said.size(), said.toString());
    assertTrue(said.get(0).contains("Welcome messages: on"), said.get(0));
    assertTrue(said.get(0).contains("Deleting the previous welcome: off"), said.get(0));
    assertEquals("Hey Olga, how are you?", said.get(1));
  }

  @Test
  void welcomeNoformatShowsTheTextAsTyped() {
    command(OWNER, "/setwelcome *Hi* {first} [Site](buttonurl://example.com)");

    List<String> said = texts(command(OWNER, "/welcome noformat"));

    assertEquals(List.of("*Hi* {first}\n[Site](buttonurl://https://example.com)"), said);
  }

  @Test
  void setWelcomeThenAJoinSendsTheNewWelcome() {
    assertEquals(List.of("Saved the welcome message."), texts(command(OWNER, "/setwelcome Welcome, {first} {last}!")));

    assertEquals(List.of("Welcome, Ada Lovelace!"), texts(handle(messages.joined(CHAT, ADA))));
  }

  @Test
  void setWelcomeAsAReplyToAnAnimationStoresTheFile() {
    handle(messages.reply(CHAT, OWNER, "/setwelcome",
        TestMessages.replyToMedia(CHAT, 40, OWNER, ContentType.ANIMATION, "gif-file-id", "Party")));
    assertEquals(List.of("ANIMATION:gif-file-id:Party"), texts(handle(messages.joined(CHAT, ADA))));

    handle(messages.message(CHAT, OWNER).command("/setwelcome Hi {first}")
        .replyTo(TestMessages.replyToMedia(CHAT, 41, OWNER, ContentType.PHOTO, "photo-id", "ignored")).incoming());
    assertEquals(List.of("PHOTO:photo-id:Hi Bob"), texts(handle(messages.joined(CHAT, BOB))), "typed text wins");
  }

  @Test
  void setWelcomeWithoutTextAnswersWithTheUsage() {
    assertTrue(texts(command(OWNER, "/setwelcome")).get(0).startsWith("Write the welcome after the command"));
  }

  @Test
  void setWelcomeNeedsTheRightToChangeInfo() {
    List<String> said = texts(command(MOD, "/setwelcome Hi"));

    assertEquals(1, said.size());
    assertFalse(said.get(0).startsWith("Saved"), said.get(0));
    assertEquals(Greeting.DEFAULT_WELCOME, store.settings(CHAT_ID).welcome().content().text());
  }

  @Test
  void nonAdminsCannotSeeOrChangeTheWelcome() {
    command(BOB, "/welcome off");
    assertTrue(store.settings(CHAT_ID).welcome().enabled());
  }

  @Test
  void resetWelcomeAndResetGoodbyeBringBackTheDefaults() {
    command(OWNER, "/setwelcome Yo");
    command(OWNER, "/welcome off");
    command(OWNER, "/setgoodbye Bye");
    command(OWNER, "/goodbye on");

    assertEquals(List.of("The welcome is back to the default, and welcome messages are on."),
        texts(command(OWNER, "/resetwelcome")));
    command(OWNER, "/resetgoodbye");

    assertEquals(GreetingsSettings.defaults(CHAT_ID), store.settings(CHAT_ID));
  }

  @Test
  void theSwitchesShowTheirStateAndRefuseOtherWords() {
    assertEquals(List.of("Deleting join and leave service messages: off. Change it with /cleanservice on or "
        + "/cleanservice off."), texts(command(OWNER, "/cleanservice")));
    assertEquals(List.of("'maybe' is neither on nor off: use /autoapprove on or /autoapprove off."),
        texts(command(OWNER, "/autoapprove maybe")));
    assertEquals(List.of("Approving join requests at once: now on."), texts(command(OWNER, "/autoapprove yes")));
    assertEquals(List.of("Deleting the previous goodbye: now on."), texts(command(OWNER, "/cleangoodbye on")));
    assertTrue(store.settings(CHAT_ID).autoApprove());
    assertTrue(store.settings(CHAT_ID).goodbye().cleanOld());
  }

  // ------------------------------------------------------------------------------------------------ join requests

  @Test
  void withAutoApproveAJoinRequestIsApprovedAtOnce() {
    command(OWNER, "/autoapprove on");

    assertEquals(List.of(new ChatAction.ApproveJoinRequest(CHAT_ID, ADA.id())),
        handle(messages.joinRequest(CHAT, ADA)));
  }

  @Test
  void aJoinRequestIsPutToTheAdminsOnceAndApprovedByAPress() {
    List<ChatAction> notice = handle(messages.joinRequest(CHAT, ADA));
    assertEquals(List.of("Ada Lovelace (3) asks to join this chat."), texts(notice));
    assertEquals(List.of(), handle(messages.joinRequest(CHAT, ADA)), "a second request within 5 minutes");

    List<ChatAction> pressed = handle(messages.press(CHAT, OWNER, MessageId.of(500), button(notice, "Approve")));

    assertTrue(pressed.contains(new ChatAction.ApproveJoinRequest(CHAT_ID, ADA.id())), pressed.toString());
    assertEquals(List.of("Olga approved the join request of Ada Lovelace."), texts(pressed));
  }

  @Test
  void declineAndBanButtons() {
    List<ChatAction> notice = handle(messages.joinRequest(CHAT, ADA));
    List<ChatAction> declined = handle(messages.press(CHAT, OWNER, MessageId.of(500), button(notice, "Decline")));
    assertTrue(declined.contains(new ChatAction.DeclineJoinRequest(CHAT_ID, ADA.id())));
    assertEquals(List.of("Olga declined the join request of Ada Lovelace."), texts(declined));

    List<ChatAction> again = handle(messages.joinRequest(CHAT, BOB));
    List<ChatAction> banned = handle(messages.press(CHAT, OWNER, MessageId.of(501), button(again, "Ban")));
    assertTrue(banned.contains(new ChatAction.Ban(CHAT_ID, BOB.id(), Optional.empty())), banned.toString());
    assertEquals(List.of("Olga declined the join request of Bob and banned them."), texts(banned));
  }

  @Test
  void aPressByANonAdminOrAnAdminWithoutInviteRightsIsRefused() {
    List<ChatAction> notice = handle(messages.joinRequest(CHAT, ADA));

    for (SeenUser presser : List.of(BOB, MOD)) {
      List<ChatAction> pressed = handle(messages.press(CHAT, presser, MessageId.of(500), button(notice, "Approve")));
      assertTrue(pressed.stream().noneMatch(a -> a instanceof ChatAction.ApproveJoinRequest), pressed.toString());
      assertEquals(1, answers(pressed).size(), pressed.toString());
    }
  }

  @Test
  void aNoticeComesAgainAfterFiveMinutes() {
    handle(messages.joinRequest(CHAT, ADA));
    clock.advance(Duration.ofMinutes(6));

    assertEquals(1, texts(handle(messages.joinRequest(CHAT, ADA))).size());
  }

  // ------------------------------------------------------------------------------------------------ the bot added

  private Incoming.Member botAdded(SeenChat chat, MemberStatus status) {
    return new Incoming.Member(messages.nextUpdate(), new MemberChange(chat, OWNER, BOT_USER,
        ChatMember.of(BOT.id(), MemberStatus.LEFT), ChatMember.of(BOT.id(), status), true));
  }

  @Test
  void addedToASupergroupTheBotThanksAndAsksToBeMadeAdmin() {
    SeenChat other = new SeenChat(ChatId.of(-1009), ChatKind.SUPERGROUP, "Looms", null);

    List<String> said = texts(handle(botAdded(other, MemberStatus.MEMBER)));

    assertEquals(2, said.size(), said.toString());
    assertTrue(said.get(0).startsWith("Thanks for adding me to Looms!"), said.get(0));
    assertTrue(said.get(1).startsWith("Make me an admin"), said.get(1));
    assertEquals(List.of(), texts(handle(messages.added(other, OWNER, BOT_USER))), "the service message of it");
  }

  @Test
  void addedAsAdminTheBotOnlyThanks() {
    SeenChat other = new SeenChat(ChatId.of(-1009), ChatKind.SUPERGROUP, "Looms", null);

    assertEquals(1, texts(handle(botAdded(other, MemberStatus.ADMINISTRATOR))).size());
  }

  @Test
  void addedToABasicGroupTheBotAsksForASupergroupAndLeaves() {
    SeenChat basic = new SeenChat(ChatId.of(-42), ChatKind.GROUP, "Small", null);

    List<ChatAction> done = handle(messages.added(basic, OWNER, BOT_USER));

    assertTrue(texts(done).get(0).contains("I work only in supergroups"));
    assertEquals(new ChatAction.LeaveChat(basic.id()), done.get(done.size() - 1));
  }

  @Test
  void addedToAChannelTheBotLeaves() {
    SeenChat channel = new SeenChat(ChatId.of(-1005), ChatKind.CHANNEL, "News", null);

    assertEquals(List.of(new ChatAction.LeaveChat(channel.id())),
        handle(botAdded(channel, MemberStatus.ADMINISTRATOR)));
  }

  /** Telegram: records what it is asked, numbers sent messages, knows the admins. */
  private static final class FakeTelegram implements ChatActionPort, ChatQueries {
    final List<ChatAction> done = new ArrayList<>();
    final Map<UserId, ChatMember> admins = new LinkedHashMap<>();
    MessageId lastSent;
    private int next = 500;

    @Override
    public synchronized ActionResult execute(ChatAction action) {
      done.add(action);
      if (action instanceof ChatAction.Send || action instanceof ChatAction.SendPhoto
          || action instanceof ChatAction.SendMedia) {
        lastSent = MessageId.of(next++);
        return new ActionResult.Sent(lastSent);
      }
      return new ActionResult.Done();
    }

    synchronized List<ChatAction> takeDone() {
      List<ChatAction> copy = List.copyOf(done);
      done.clear();
      return copy;
    }

    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return chat.equals(CHAT_ID) ? List.copyOf(admins.values()) : List.of();
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.ofNullable(administrators(chat).stream().filter(m -> m.user().equals(user)).findFirst()
          .orElse(null));
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.of(ChatPermissions.MEMBER_DEFAULTS);
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  }
}
