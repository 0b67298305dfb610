package io.alita.domain.bans;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.admin.AdminModule;
import io.alita.domain.admin.InMemoryAdminSettingsStore;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.mutes.MutesModule;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.target.Target;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.target.Username;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A group, its members and a real {@link Dispatcher} running the Bans, Mutes and Admin modules, with Telegram and the
 * stores faked: tests send commands and presses and read the actions and replies that come out.
 */
public final class ModerationHarness {

  public static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  public static final ChatId GROUP = ChatId.of(-1001234567890L);
  public static final SeenChat GROUP_CHAT = new SeenChat(GROUP, ChatKind.SUPERGROUP, "Engines", null);
  public static final SeenUser BOT = new SeenUser(UserId.of(7000000001L), "Alita", null, "alita_bot", true);
  public static final SeenUser OWNER = new SeenUser(UserId.of(10), "Olga", null, "olga_owner", false);
  public static final SeenUser ADMIN = new SeenUser(UserId.of(11), "Adam", null, "adam_admin", false);
  public static final SeenUser MEMBER = new SeenUser(UserId.of(12), "Mia", null, "mia_member", false);
  public static final SeenUser SPAMMER = new SeenUser(UserId.of(13), "Sp<am>", "Bot", "spam_account", false);
  public static final SeenUser ANON = new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true);
  public static final SeenChannel ANON_SENDER = new SeenChannel(GROUP, "Engines", null);
  public static final ChatId CHANNEL = ChatId.of(-1009876543210L);

  /** Telegram as the tests configure it. */
  public static final class FakeTelegram implements ChatQueries {
    public final Map<UserId, ChatMember> admins = new LinkedHashMap<>();
    public Optional<ChatPermissions> defaults = Optional.empty();
    public Optional<String> inviteLink = Optional.empty();
    public int adminListCalls;

    public void admin(SeenUser u, Right... rights) {
      admins.put(u.id(), new ChatMember(u.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(rights), true, u.isBot(),
          Optional.empty()));
    }

    public void anonymousAdmin(UserId user, Right... rights) {
      admins.put(user, new ChatMember(user, MemberStatus.ADMINISTRATOR,
          new AdminRights(rights.length == 0 ? Set.of() : Set.of(rights), true), true, false, Optional.empty()));
    }

    public void creator(SeenUser u) {
      admins.put(u.id(), new ChatMember(u.id(), MemberStatus.CREATOR, AdminRights.NONE, true, false, Optional.empty()));
    }

    @Override
    public List<ChatMember> administrators(ChatId chat) {
      adminListCalls++;
      return new ArrayList<>(admins.values());
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.ofNullable(admins.get(user));
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return defaults;
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return inviteLink;
    }
  }

  public final FakeTelegram telegram = new FakeTelegram();
  public final InMemoryAdminSettingsStore settings = new InMemoryAdminSettingsStore();
  /** The events' record: which updates wrote something. */
  public final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  public final Map<Username, Target> usernames = new HashMap<>();
  public final Map<UserId, String> names = new HashMap<>();
  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final AdminCache adminCache = new AdminCache(telegram, clock);
  public final Dispatcher dispatcher;
  /** The chat commands are sent in; a test may swap it (e.g. for a public one with a username). */
  public SeenChat chat = GROUP_CHAT;
  private final TestMessages messages = new TestMessages(clock);

  public ModerationHarness() {
    telegram.creator(OWNER);
    telegram.admin(ADMIN, Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES, Right.INVITE_USERS, Right.PIN_MESSAGES,
        Right.PROMOTE_MEMBERS);
    telegram.admin(BOT, Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES, Right.INVITE_USERS, Right.PROMOTE_MEMBERS,
        Right.CHANGE_INFO);
    for (SeenUser u : List.of(OWNER, ADMIN, MEMBER, SPAMMER)) {
      usernames.put(Username.of(u.username()), new Target.User(u.id()));
      names.put(u.id(), u.fullName());
    }
    UserDirectory directory = username -> Optional.ofNullable(usernames.get(username));
    UserNames userNames = user -> Optional.ofNullable(names.get(user));
    BotIdentity bot = new BotIdentity(BOT.id(), BOT.username());
    dispatcher = TestDispatcher.with(
        new BansModule(directory, adminCache, telegram, bot, userNames, clock),
        new MutesModule(directory, adminCache, telegram, bot, userNames, clock),
        new AdminModule(adminCache, telegram, bot, directory, userNames, settings))
        .bot(bot).admins(adminCache).anonymousAdmins(settings).clock(clock).transactions(transactions).build();
  }

  /** {@code from} sends {@code text} in the group. */
  public Effects send(SeenUser from, String text) {
    return dispatcher.dispatch(update(from, text));
  }

  /** The update of {@code from} sending {@code text}, not yet dispatched (to deliver it twice). */
  public Incoming update(SeenUser from, String text) {
    return message(from, Optional.empty(), text, Optional.empty(), List.of());
  }

  /** {@code from} sends {@code text} in reply to a message of {@code author}. */
  public Effects sendReplying(SeenUser from, String text, SeenUser author) {
    return dispatcher.dispatch(message(from, Optional.empty(), text, Optional.of(TestMessages.replyTo(chat, 50, author)),
        List.of()));
  }

  /** {@code from} sends {@code text} in reply to a post that {@code channel} made in the group. */
  public Effects sendReplyingToChannel(SeenUser from, String text, ChatId channel) {
    Reply reply = new Reply(MessageId.of(51),
        RepliedMessage.fromSenderChat(GROUP, UserId.of(136817688L), channel), Optional.empty());
    return dispatcher.dispatch(message(from, Optional.empty(), text, Optional.of(reply), List.of()));
  }

  /** An anonymous admin sends {@code text} as the group. */
  public Effects sendAnonymously(String text) {
    return dispatcher.dispatch(message(ANON, Optional.of(ANON_SENDER), text, Optional.empty(), List.of()));
  }

  /** {@code from} sends {@code text} carrying the extra entities (e.g. a text mention). */
  public Effects sendWithEntities(SeenUser from, String text, List<MessageEntity> entities) {
    return dispatcher.dispatch(message(from, Optional.empty(), text, Optional.empty(), entities));
  }

  /** {@code from} presses a button carrying {@code data} under message 500. */
  public Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(chat, from, MessageId.of(500), data));
  }

  /** The id of the message the next {@link #send} creates. */
  public MessageId nextMessageId() {
    return messages.upcomingMessage();
  }

  /** Drops the cached admin list, as a chat_member update would after Telegram's list changed. */
  public void adminsChanged() {
    adminCache.invalidate(GROUP);
  }

  private Incoming message(SeenUser from, Optional<SeenChannel> senderChat, String text, Optional<Reply> reply,
      List<MessageEntity> extra) {
    TestMessages.Draft m = messages.message(chat, from).entities(extra).command(text);
    senderChat.ifPresent(m::senderChat);
    reply.ifPresent(m::replyTo);
    return m.incoming();
  }

  /** What users see of every message sent or edited, in order. */
  public static List<String> texts(Effects effects) {
    List<String> out = new ArrayList<>();
    for (ChatAction a : effects.actions()) {
      if (a instanceof ChatAction.Send s) {
        out.add(Html.visibleText(s.message().html()));
      } else if (a instanceof ChatAction.Edit e) {
        out.add(Html.visibleText(e.html()));
      }
    }
    return out;
  }

  /** The HTML of every message sent, in order. */
  public static List<String> htmls(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message().html()).toList();
  }

  /** The actions other than messages and button answers: what was done to members and messages. */
  public static List<ChatAction> moderation(Effects effects) {
    return effects.actions().stream().filter(a -> !(a instanceof ChatAction.Send) && !(a instanceof ChatAction.Edit)
        && !(a instanceof ChatAction.AnswerButton)).toList();
  }

  /** The callback buttons of the first message sent, row by row. */
  public static List<Button.Callback> buttons(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message().keyboard()).findFirst().orElseThrow().rows().stream()
        .flatMap(List::stream).map(b -> (Button.Callback) b).toList();
  }

  /** The answer to a button press. */
  public static ChatAction.AnswerButton answer(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.AnswerButton)
        .map(a -> (ChatAction.AnswerButton) a).findFirst().orElseThrow();
  }
}
