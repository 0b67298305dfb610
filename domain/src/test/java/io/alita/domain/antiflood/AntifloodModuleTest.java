package io.alita.domain.antiflood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.penalty.PenaltyMode;
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
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.MessageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Antiflood driven through a real {@link Dispatcher}: what members send, and the actions that follow. */
class AntifloodModuleTest {

  private static final Instant START = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MAX = new SeenUser(UserId.of(3), "Max", "<M>", null, false);
  private static final SeenUser EVE = new SeenUser(UserId.of(4), "Eve", null, null, false);
  private static final SeenUser APPROVED = new SeenUser(UserId.of(5), "Apu", null, null, false);
  private static final SeenChannel SPAM_CHANNEL = new SeenChannel(ChatId.of(-1009876543210L), "Spam & Co", null);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryFloodSettingsStore store = new InMemoryFloodSettingsStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final TestMessages messages = new TestMessages(clock);
  private final List<ChatMember> admins = new ArrayList<>();
  private int adminListLoads;
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithAnAdminAndMembers() {
    admins.add(new ChatMember(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS), true,
        false, Optional.empty()));
    admins.add(new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR,
        AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES), true, true, Optional.empty()));
    ChatQueries telegram = new ChatQueries() {
      @Override
      public List<ChatMember> administrators(ChatId chat) {
        adminListLoads++;
        return List.copyOf(admins);
      }

      @Override
      public Optional<ChatMember> member(ChatId chat, UserId user) {
        return Optional.of(ChatMember.of(user, MemberStatus.MEMBER));
      }

      @Override
      public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
        return Optional.of(ChatPermissions.MEMBER_DEFAULTS);
      }

      @Override
      public Optional<String> inviteLink(ChatId chat) {
        return Optional.empty();
      }
    };
    AdminCache adminCache = new AdminCache(telegram, clock);
    AntifloodModule antiflood = new AntifloodModule(store, adminCache, BOT,
        (chat, user) -> chat.equals(CHAT_ID) && user.equals(APPROVED.id()), clock);
    dispatcher = TestDispatcher.with(antiflood).bot(BOT).admins(adminCache).clock(clock).transactions(transactions)
        .build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Effects say(SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(CHAT, from, text));
  }

  /** {@code n} messages from {@code from}, one a second; the effects of the last one. */
  private Effects burst(SeenUser from, int n) {
    Effects last = null;
    for (int i = 0; i < n; i++) {
      last = say(from, "spam " + i);
      clock.advance(Duration.ofSeconds(1));
    }
    return last;
  }

  private void limit(int n) {
    store.setLimit(CHAT_ID, Optional.of(new FloodLimit(n)));
  }

  private static List<ChatAction> moderation(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Restrict || a instanceof ChatAction.Ban
        || a instanceof ChatAction.Kick || a instanceof ChatAction.BanSenderChat).toList();
  }

  private static List<ChatAction.Delete> deletions(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Delete).map(a -> (ChatAction.Delete) a)
        .toList();
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  private static String onlyText(Effects effects) {
    List<OutgoingMessage> messages = sent(effects);
    assertEquals(1, messages.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(messages.get(0).html());
  }

  private static ChatAction.Restrict mute(SeenUser user, Optional<Instant> until) {
    return new ChatAction.Restrict(CHAT_ID, user.id(), ChatPermissions.NOTHING, until);
  }

  // ------------------------------------------------------------------------------------------------ counting

  @Test
  void theSixthMessageOfAFloodMutesAtLimitFive() {
    limit(5);

    Effects fifth = burst(MAX, 5);
    Effects sixth = say(MAX, "one more");

    assertTrue(fifth.isEmpty(), () -> "the fifth message is allowed: " + fifth.actions());
    assertEquals(List.of(mute(MAX, Optional.empty())), moderation(sixth));
    assertEquals("Yeah, I don't like your flooding. Max <M> has been muted.", onlyText(sixth));
    OutgoingMessage notice = sent(sixth).get(0);
    assertTrue(notice.html().contains("<a href=\"tg://user?id=3\">Max &lt;M&gt;</a>"), notice.html());
    assertEquals(new Button.Callback("Unmute (admins)", "unrestrict|v1|a=unmute&u=3"),
        notice.keyboard().rows().get(0).get(0));
  }

  @Test
  void aLimitSetByAnotherProcessAppliesOnceTheDispatcherHearsOfIt() {
    say(EVE, "hello"); // the chat's settings (antiflood off) are now cached
    limit(3);
    assertTrue(burst(EVE, 6).isEmpty(), "still the cached settings");

    dispatcher.settingsChanges().chatChanged(CHAT_ID);
    burst(MAX, 3);

    assertEquals(List.of(mute(MAX, Optional.empty())), moderation(say(MAX, "fourth")));
  }

  @Test
  void theMuteRunsOnceAndTheCountStartsAgain() {
    limit(5);
    burst(MAX, 6);

    Effects afterwards = burst(MAX, 5);

    assertTrue(afterwards.isEmpty(), () -> afterwards.actions().toString());
    assertEquals(1, moderation(burst(MAX, 1)).size());
  }

  @Test
  void anotherMembersMessagesDoNotResetTheCount() {
    limit(5);
    for (int i = 0; i < 5; i++) {
      say(MAX, "mine " + i);
      assertTrue(say(EVE, "hers " + i).isEmpty());
      clock.advance(Duration.ofSeconds(1));
    }

    assertEquals(List.of(mute(MAX, Optional.empty())), moderation(say(MAX, "sixth")));
  }

  @Test
  void aMinuteOfSilenceStartsTheCountAgain() {
    limit(5);
    burst(MAX, 5);
    clock.advance(Duration.ofSeconds(60));

    assertTrue(burst(MAX, 5).isEmpty());
  }

  @Test
  void anAdminIsNeverActedOn() {
    limit(5);

    Effects effects = burst(ADMIN, 20);

    assertTrue(effects.isEmpty(), () -> effects.actions().toString());
    assertEquals(1, adminListLoads);
  }

  @Test
  void anApprovedMemberIsNeverActedOn() {
    limit(3);

    assertTrue(burst(APPROVED, 10).isEmpty());
  }

  @Test
  void anAnonymousAdminIsNotCounted() {
    limit(3);
    Effects last = null;
    for (int i = 0; i < 10; i++) {
      last = dispatcher.dispatch(messages.messageFromAnonymousAdmin(CHAT).text("hi").incoming());
    }

    assertTrue(last.isEmpty());
    assertEquals(0, adminListLoads, "an anonymous admin needs no admin list");
  }

  @Test
  void laterPartsOfAnAlbumAreNotCounted() {
    limit(3);
    Effects last = null;
    for (int i = 0; i < 10; i++) {
      last = dispatcher.dispatch(messages.message(CHAT, MAX).kind(MessageKind.PHOTO).mediaGroup("album-7").incoming());
    }

    assertTrue(last.isEmpty(), () -> "a ten-photo album is one post");
  }

  @Test
  void aChannelFloodingTheGroupIsBannedAsAChannel() {
    limit(3);
    SeenUser channelBot = new SeenUser(UserId.of(136817688), "Channel", null, "Channel_Bot", true);
    Effects last = null;
    for (int i = 0; i < 4; i++) {
      last = dispatcher.dispatch(messages.message(CHAT, channelBot).senderChat(SPAM_CHANNEL).text("buy").incoming());
    }

    assertEquals(List.of(new ChatAction.BanSenderChat(CHAT_ID, SPAM_CHANNEL.id())), moderation(last));
    assertEquals("Yeah, I don't like your flooding. Spam & Co has been muted.", onlyText(last));
    assertEquals(new Button.Callback("Unban (admins)", "unrestrict|v1|a=unban&c=" + SPAM_CHANNEL.id().value()),
        sent(last).get(0).keyboard().rows().get(0).get(0));
  }

  @Test
  void withAntifloodOffNothingHappens() {
    assertTrue(burst(MAX, 50).isEmpty());
  }

  @Test
  void anOrdinaryMessageReadsNoSettingsOnceTheyAreCached() {
    limit(5);
    say(EVE, "hello");
    int reads = store.reads();

    burst(EVE, 3);

    assertEquals(reads, store.reads());
  }

  // ------------------------------------------------------------------------------------------------ the penalty

  @Test
  void withDelfloodOnEveryMessageOfTheFloodIsDeleted() {
    limit(5);
    store.setDeleteFlood(CHAT_ID, true);
    int first = messages.upcomingMessage().value();

    Effects sixth = burst(MAX, 6);

    assertEquals(List.of(new ChatAction.Delete(CHAT_ID,
        IntStream.range(first, first + 6).mapToObj(MessageId::of).toList())), deletions(sixth));
    assertTrue(deletions(sixth).stream().allMatch(d -> d.messages().size() <= 100));
  }

  @Test
  void withDelfloodOffOnlyTheMessageThatCrossedTheLimitIsDeleted() {
    limit(5);
    int first = messages.upcomingMessage().value();

    Effects sixth = burst(MAX, 6);

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(first + 5))), deletions(sixth));
  }

  @Test
  void aTmuteModeMutesUntilNowPlusItsDuration() {
    limit(3);
    store.setMode(CHAT_ID, PenaltyMode.TMUTE, Optional.of(Duration.ofMinutes(30)));
    burst(MAX, 3);

    Effects fourth = say(MAX, "four");

    assertEquals(List.of(mute(MAX, Optional.of(clock.instant().plus(Duration.ofMinutes(30))))), moderation(fourth));
    assertEquals("Yeah, I don't like your flooding. Max <M> has been muted for 30m.", onlyText(fourth));
  }

  @Test
  void aBanModeBansWithAnUnbanButtonAndAKickHasNone() {
    limit(3);
    store.setMode(CHAT_ID, PenaltyMode.BAN, Optional.empty());
    Effects banned = burst(MAX, 4);
    store.setMode(CHAT_ID, PenaltyMode.KICK, Optional.empty());
    say(ADMIN, "/setflood 3");
    Effects kicked = burst(EVE, 4);

    assertEquals(List.of(new ChatAction.Ban(CHAT_ID, MAX.id(), Optional.empty())), moderation(banned));
    assertEquals("unrestrict|v1|a=unban&u=3",
        ((Button.Callback) sent(banned).get(0).keyboard().rows().get(0).get(0)).data());
    assertEquals(List.of(new ChatAction.Kick(CHAT_ID, EVE.id())), moderation(kicked));
    assertTrue(sent(kicked).get(0).keyboard().isEmpty());
  }

  @Test
  void theNoticeIsSentOnlyWhenTheMuteSucceededOtherwiseTheReasonIs() {
    limit(3);
    Effects fourth = burst(MAX, 4);
    List<ChatAction> done = new ArrayList<>();

    fourth.runOn(action -> {
      done.add(action);
      return action instanceof ChatAction.Restrict
          ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "not enough rights")
          : new ActionResult.Done();
    });

    String last = Html.visibleText(((ChatAction.Send) done.get(done.size() - 1)).message().html());
    assertTrue(last.startsWith("Telegram refused: I don't have the rights"), last);
  }

  // ------------------------------------------------------------------------------------------------ commands

  private Effects command(SeenUser from, String text) {
    return say(from, text);
  }

  @Test
  void setfloodSwitchesItOnAndTheNextFloodIsCaught() {
    assertEquals("Antiflood is on: more than 4 messages within 1m from one member is a flood.",
        onlyText(command(ADMIN, "/setflood 4")));

    assertEquals(1, moderation(burst(MAX, 5)).size());
  }

  @Test
  void setfloodOffWordsSwitchItOff() {
    for (String off : List.of("off", "no", "false", "0", "OFF")) {
      limit(5);
      assertEquals("Antiflood is off.", onlyText(command(ADMIN, "/setflood " + off)));
      assertEquals(Optional.empty(), store.settings(CHAT_ID).limit());
    }
    assertTrue(burst(MAX, 20).isEmpty());
  }

  @Test
  void setfloodRefusesLimitsOutsideThreeToAHundred() {
    assertEquals("'2' is not a flood limit: give a whole number from 3 to 100, or off.",
        onlyText(command(ADMIN, "/setflood 2")));
    assertEquals("'101' is not a flood limit: give a whole number from 3 to 100, or off.",
        onlyText(command(ADMIN, "/setflood 101")));
    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void setfloodWithoutAnArgumentExplainsAndShowsTheLimit() {
    assertTrue(onlyText(command(ADMIN, "/setflood")).endsWith("It is now off."));
  }

  @Test
  void aMemberCannotChangeTheSettings() {
    Effects effects = command(MAX, "/setflood 5");

    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT_ID));
    assertEquals(1, sent(effects).size());
  }

  @Test
  void setfloodNeedsTheBotToBeAdmin() {
    admins.removeIf(m -> m.user().equals(BOT.id()));

    command(ADMIN, "/setflood 5");

    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void setfloodmodeTakesATimedModeWithItsDuration() {
    assertEquals("Done: a member who floods will be banned for 2h.", onlyText(command(ADMIN, "/setfloodmode tban 2h")));
    assertEquals(FloodSettings.DEFAULTS.withMode(PenaltyMode.TBAN, Optional.of(Duration.ofHours(2))),
        store.settings(CHAT_ID));
  }

  @Test
  void setfloodmodeRefusesATimedModeWithoutAValidDurationAndAnUnknownMode() {
    command(ADMIN, "/setfloodmode tmute");
    command(ADMIN, "/setfloodmode tmute 10s");
    assertEquals("'explode' is not a flood mode: use ban, kick, mute, tban <time> or tmute <time>.",
        onlyText(command(ADMIN, "/setfloodmode explode")));

    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void setfloodmodeAloneDoesNotSwitchAntifloodOn() {
    command(ADMIN, "/setfloodmode ban");

    assertTrue(burst(MAX, 20).isEmpty());
  }

  @Test
  void delfloodSetsAndShowsTheSetting() {
    assertEquals("Only the message that crossed the limit is deleted.", onlyText(command(ADMIN, "/delflood")));
    assertEquals("From now on, the whole flood is deleted.", onlyText(command(ADMIN, "/delflood yes")));
    assertEquals("The whole flood is deleted.", onlyText(command(ADMIN, "/delflood")));
    assertEquals("From now on, only the message that crossed the limit is deleted.",
        onlyText(command(ADMIN, "/delflood off")));
    assertTrue(onlyText(command(ADMIN, "/delflood maybe")).startsWith("Use /delflood on"));
  }

  @Test
  void floodShowsTheSettingsToAnyone() {
    assertEquals("Antiflood is off in this chat.", onlyText(command(MAX, "/flood")));
    command(ADMIN, "/setflood 7");
    command(ADMIN, "/setfloodmode tmute 1h");

    assertEquals("Antiflood is on: a member who sends more than 7 messages within 1m is muted for 1h. "
        + "Only the message that crossed the limit is deleted.", onlyText(command(MAX, "/flood")));
  }

  @Test
  void aRepeatedCommandUpdateChangesNothingAndRepliesNothing() {
    Incoming.Message setflood = messages.text(CHAT, ADMIN, "/setflood 5");
    dispatcher.dispatch(setflood);

    Effects again = dispatcher.dispatch(setflood);

    assertTrue(again.isEmpty(), () -> "a redelivered /setflood says nothing: " + again.actions());
    assertTrue(transactions.applied().contains(EventKey.update(setflood.updateId())));
  }

  @Test
  void idleCountersAreSweptSoMemoryStaysBounded() {
    limit(5);
    AntifloodModule module = new AntifloodModule(store, new AdminCache(new FixedAdmins(), clock), BOT,
        (c, u) -> false, clock);
    Dispatcher own = TestDispatcher.with(module).bot(BOT).telegram(new FixedAdmins()).clock(clock).build();
    for (int user = 10; user < 60; user++) {
      own.dispatch(messages.text(CHAT, new SeenUser(UserId.of(user), "U", null, null, false), "hi"));
    }
    assertEquals(50, module.tracker().size());

    clock.advance(FloodTracker.SWEEP_EVERY);
    say(MAX, "anyone");
    own.dispatch(messages.text(CHAT, MAX, "hi"));

    assertEquals(1, module.tracker().size());
  }

  /** No admins at all. */
  private static final class FixedAdmins implements ChatQueries {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of();
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.empty();
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.empty();
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  }
}
