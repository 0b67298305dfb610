package io.alita.domain.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.format.Html;
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
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  static final ChatId GROUP = ChatId.of(-1001234);
  static final SeenChat GROUP_CHAT = new SeenChat(GROUP, ChatKind.SUPERGROUP, "Test group", null);
  static final SeenUser BOT = new SeenUser(UserId.of(7000000001L), "Alita", null, "alita_bot", true);
  static final SeenUser OWNER = new SeenUser(UserId.of(10), "Olga", null, "olga", false);
  static final SeenUser ADMIN = new SeenUser(UserId.of(11), "Adam", null, "adam", false);
  static final SeenUser MEMBER = new SeenUser(UserId.of(12), "Mia", null, "mia", false);
  static final SeenUser ANON = new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true);

  /** Telegram as the tests configure it: who is admin with which rights. */
  static final class FakeTelegram implements ChatQueries {
    final Map<UserId, ChatMember> admins = new HashMap<>();
    final AtomicInteger adminListCalls = new AtomicInteger();

    void admin(SeenUser u, Right... rights) {
      admins.put(u.id(), new ChatMember(u.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(rights), true, u.isBot(),
          Optional.empty()));
    }

    @Override
    public List<ChatMember> administrators(ChatId chat) {
      adminListCalls.incrementAndGet();
      return new ArrayList<>(admins.values());
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.ofNullable(admins.get(user));
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

  final FakeTelegram telegram = new FakeTelegram();
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
  final TestMessages messages = new TestMessages(clock);
  final List<String> ran = new ArrayList<>();
  boolean trustAnonymous;
  Dispatcher dispatcher;

  /** A module with one moderation command, one team command, one failing command and a button. */
  final BotModule testModule = new BotModule() {
    @Override
    public String name() {
      return "Test";
    }

    @Override
    public void register(Registry r) {
      r.command(CommandSpec.of("zap", Gate.MODERATE, ctx -> {
        ran.add("zap by " + ctx.actor().id() + (ctx.anonymousAdmin() ? " (anonymous)" : ""));
        ctx.act(new ChatAction.Ban(ctx.chat(), UserId.of(99), Optional.empty()));
      }).alsoNamed("zapp").forAnonymousAdmins());
      r.command(CommandSpec.of("secret", Gate.ANYONE.then(new Requirement.Team(Requirement.TeamLevel.OWNER)),
          ctx -> ran.add("secret")));
      r.command(CommandSpec.of("boom", Gate.ANYONE, ctx -> {
        throw new IllegalStateException("bug");
      }));
      r.button(CallbackNamespace.ABOUT, ctx -> ran.add("about pressed by " + ctx.press().from().id()));
    }
  };

  @BeforeEach
  void setUp() {
    telegram.admins.put(OWNER.id(), new ChatMember(OWNER.id(), MemberStatus.CREATOR, AdminRights.NONE, true, false,
        Optional.empty()));
    telegram.admin(ADMIN, Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES);
    telegram.admin(BOT, Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES);
    dispatcher = TestDispatcher.with(testModule).bot(new BotIdentity(BOT.id(), "alita_bot"))
        .admins(new AdminCache(telegram, clock)).team((user, level) -> user.equals(OWNER.id()))
        .anonymousAdmins(chat -> trustAnonymous).clock(clock).build();
  }

  Incoming command(SeenUser from, String text) {
    return command(from, text, Optional.empty());
  }

  Incoming command(SeenUser from, String text, Optional<SeenChannel> senderChat) {
    TestMessages.Draft m = messages.message(GROUP_CHAT, from).command(text);
    senderChat.ifPresent(m::senderChat);
    return m.incoming();
  }

  static List<String> replies(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> Html.visibleText(((ChatAction.Send) a).message().html())).toList();
  }

  @Test
  void anAdminWithTheRightRunsAModerationCommand() {
    Effects effects = dispatcher.dispatch(command(ADMIN, "/zap"));
    assertEquals(List.of("zap by 11"), ran);
    assertEquals(List.of(new ChatAction.Ban(GROUP, UserId.of(99), Optional.empty())), effects.actions());
  }

  @Test
  void aMemberIsToldTheyNeedToBeAdminAndNothingRuns() {
    Effects effects = dispatcher.dispatch(command(MEMBER, "/zap"));
    assertTrue(ran.isEmpty());
    assertEquals(List.of("You need to be an admin to do this."), replies(effects));
  }

  @Test
  void theBotLackingARightIsNamed() {
    telegram.admin(BOT, Right.DELETE_MESSAGES);
    dispatcher.admins().invalidate(GROUP);
    Effects effects = dispatcher.dispatch(command(ADMIN, "/zap"));
    assertTrue(ran.isEmpty());
    assertEquals(List.of("I need the right to ban users to do this; ask the owner to give it to me."), replies(effects));
  }

  @Test
  void inAPrivateChatAGroupCommandSaysSo() {
    Effects effects = dispatcher.dispatch(messages.command(TestMessages.privateChat(ADMIN), ADMIN, "/zap"));
    assertEquals(List.of("This command is made to be used in group chats, not in PM!"), replies(effects));
  }

  @Test
  void commandsForAnotherBotAreIgnoredAndAliasesWork() {
    assertTrue(dispatcher.dispatch(command(ADMIN, "/zap@other_bot")).isEmpty());
    dispatcher.dispatch(command(ADMIN, "/zapp@alita_bot"));
    assertEquals(List.of("zap by 11"), ran);
  }

  @Test
  void adminListIsAskedOnceAndCachedUntilInvalidated() {
    dispatcher.dispatch(command(ADMIN, "/zap"));
    dispatcher.dispatch(command(ADMIN, "/zap"));
    assertEquals(1, telegram.adminListCalls.get());
    clock.advance(AdminCache.TTL.plusSeconds(1));
    dispatcher.dispatch(command(ADMIN, "/zap"));
    assertEquals(2, telegram.adminListCalls.get());
  }

  @Test
  void aLinkedChannelPostCannotRunAdminCommands() {
    SeenUser telegram777000 = new SeenUser(UserId.TELEGRAM, "Telegram", null, null, false);
    Effects effects = dispatcher.dispatch(command(telegram777000, "/zap",
        Optional.of(new SeenChannel(ChatId.of(-1002000000009L), "Linked channel", null))));
    assertTrue(ran.isEmpty());
    assertEquals(List.of("You need to be an admin to do this."), replies(effects));
  }

  @Test
  void teamCommandsIgnoreOutsidersSilently() {
    assertTrue(dispatcher.dispatch(command(ADMIN, "/secret")).isEmpty());
    dispatcher.dispatch(command(OWNER, "/secret"));
    assertEquals(List.of("secret"), ran);
  }

  @Test
  void aFailingHandlerIsAnsweredNotPropagated() {
    Effects effects = dispatcher.dispatch(command(MEMBER, "/boom"));
    assertEquals(List.of("Something went wrong while doing that; it has been logged."), replies(effects));
  }

  @Test
  void aTrustedAnonymousAdminRunsTheCommandDirectly() {
    trustAnonymous = true;
    dispatcher.dispatch(command(ANON, "/zap", Optional.of(new SeenChannel(GROUP, "Test group", null))));
    assertEquals(List.of("zap by 1087968824 (anonymous)"), ran);
  }

  @Test
  void anUntrustedAnonymousAdminMustProveThemselfWithTheButton() {
    Incoming cmd = command(ANON, "/zap", Optional.of(new SeenChannel(GROUP, "Test group", null)));
    Effects ask = dispatcher.dispatch(cmd);
    assertTrue(ran.isEmpty());
    assertEquals(1, ask.actions().size());
    ChatAction.Send prompt = (ChatAction.Send) ask.actions().get(0);
    String data = ((io.alita.domain.action.Button.Callback) prompt.message().keyboard().rows().get(0).get(0)).data();
    assertEquals("anon_admin|v1|c=-1001234&m=100", data);

    Effects byMember = dispatcher.dispatch(press(MEMBER, data));
    assertTrue(ran.isEmpty());
    assertTrue(byMember.actions().stream().anyMatch(a -> a instanceof ChatAction.AnswerButton b && b.alert()));

    Effects byAdmin = dispatcher.dispatch(press(ADMIN, data));
    assertEquals(List.of("zap by 11"), ran);
    assertTrue(byAdmin.actions().contains(ChatAction.Delete.one(GROUP, MessageId.of(500))), "the prompt is removed");
    assertTrue(byAdmin.actions().contains(new ChatAction.Ban(GROUP, UserId.of(99), Optional.empty())));
  }

  @Test
  void aProofButtonExpiresAfterTwentySeconds() {
    Incoming cmd = command(ANON, "/zap", Optional.of(new SeenChannel(GROUP, "Test group", null)));
    dispatcher.dispatch(cmd);
    clock.advance(Dispatcher.ANON_PROOF_TTL.plus(Duration.ofSeconds(1)));
    Effects late = dispatcher.dispatch(press(ADMIN, "anon_admin|v1|c=-1001234&m=100"));
    assertTrue(ran.isEmpty());
    assertTrue(late.actions().stream().anyMatch(a -> a instanceof ChatAction.Edit));
  }

  @Test
  void buttonsGoToTheirNamespaceAndEveryPressIsAnswered() {
    Effects effects = dispatcher.dispatch(press(MEMBER, CallbackData.of(CallbackNamespace.ABOUT).encode()));
    assertEquals(List.of("about pressed by 12"), ran);
    assertEquals(1, effects.actions().stream().filter(a -> a instanceof ChatAction.AnswerButton).count());
  }

  @Test
  void unknownOrGarbledButtonsAreAnsweredSilently() {
    Incoming.Button garbled = press(MEMBER, "legacy_data_without_version");
    Effects effects = dispatcher.dispatch(garbled);
    assertEquals(List.of(new ChatAction.AnswerButton(GROUP, garbled.press().callbackId(), "", false)),
        effects.actions());
  }

  @Test
  void aPromotionInvalidatesTheChatsAdminList() {
    dispatcher.dispatch(command(ADMIN, "/zap"));
    ChatMember before = ChatMember.of(MEMBER.id(), MemberStatus.MEMBER);
    ChatMember after = new ChatMember(MEMBER.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS),
        true, false, Optional.empty());
    telegram.admin(MEMBER, Right.RESTRICT_MEMBERS);
    dispatcher.dispatch(messages.memberChange(GROUP_CHAT, OWNER, MEMBER, before, after));
    dispatcher.dispatch(command(MEMBER, "/zap"));
    assertEquals(List.of("zap by 11", "zap by 12"), ran);
  }

  private Incoming.Button press(SeenUser from, String data) {
    return messages.press(GROUP_CHAT, from, MessageId.of(500), data);
  }
}
