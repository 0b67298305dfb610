package io.alita.domain.purges;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.Dispatcher;
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
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.MessageKind;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real {@link Dispatcher} with the Purges module, a group in which the bot and {@link #ADMIN} may delete messages,
 * a clock the test moves and a scheduler that records what it is asked to do later.
 */
final class PurgeFixture {

  static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  static final SeenChat GROUP = new SeenChat(ChatId.of(-1001234), ChatKind.SUPERGROUP, "Engines", null);
  static final SeenChat OTHER_GROUP = new SeenChat(ChatId.of(-1005678), ChatKind.SUPERGROUP, "Looms", null);
  static final SeenChat PRIVATE = new SeenChat(ChatId.of(10), ChatKind.PRIVATE, null, null);
  static final BotIdentity BOT = new BotIdentity(UserId.of(999), "AlitaTestBot");
  static final SeenUser ADMIN = new SeenUser(UserId.of(10), "Ada", null, null, false);
  static final SeenUser MEMBER = new SeenUser(UserId.of(20), "Charles", null, null, false);
  static final SeenUser LIMITED_ADMIN = new SeenUser(UserId.of(30), "Mary", null, null, false);

  /** One delayed action the module asked for. */
  record Scheduled(Duration delay, ChatAction action) {}

  final MovableClock clock = new MovableClock(T0);
  final List<Scheduled> scheduled = new ArrayList<>();
  final Dispatcher dispatcher;
  private long nextUpdate = 1;

  PurgeFixture() {
    List<ChatMember> admins = List.of(
        admin(BOT.id(), AdminRights.of(Right.DELETE_MESSAGES, Right.RESTRICT_MEMBERS)),
        admin(ADMIN.id(), AdminRights.of(Right.DELETE_MESSAGES)),
        admin(LIMITED_ADMIN.id(), AdminRights.of(Right.PIN_MESSAGES)));
    ChatQueries telegram = new GroupAdmins(Map.of(GROUP.id(), admins, OTHER_GROUP.id(), admins));
    PurgesModule purges = new PurgesModule(new PurgeMarks(clock), (delay, action) -> scheduled.add(new Scheduled(delay, action)));
    dispatcher = new Dispatcher(List.of(purges), BOT, new AdminCache(telegram, clock), (user, level) -> false,
        chat -> false, Messages.english(), clock);
  }

  private static ChatMember admin(UserId user, AdminRights rights) {
    return new ChatMember(user, MemberStatus.ADMINISTRATOR, rights, true, false, Optional.empty());
  }

  /** {@code from} sends message {@code id} with {@code text}, replying to message {@code replyTo} when it is positive. */
  Effects send(SeenUser from, int id, String text, int replyTo) {
    return sendIn(GROUP, from, id, text, replyTo);
  }

  /** Like {@link #send} in another chat. */
  Effects sendIn(SeenChat chat, SeenUser from, int id, String text, int replyTo) {
    Optional<Reply> reply = replyTo > 0
        ? Optional.of(new Reply(MessageId.of(replyTo), RepliedMessage.fromUser(chat.id(), MEMBER.id()), Optional.of(MEMBER)))
        : Optional.empty();
    IncomingMessage message = IncomingMessage.text(MessageId.of(id), chat, from, clock.instant(), text, List.of(), reply);
    return dispatcher.dispatch(new Incoming.Message(new UpdateId(nextUpdate++), message));
  }

  /** An anonymous admin (writing as the group) sends {@code text} replying to message {@code replyTo}. */
  Effects sendAnonymously(int id, String text, int replyTo) {
    SeenUser anonymous = new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true);
    Reply reply = new Reply(MessageId.of(replyTo), RepliedMessage.fromUser(GROUP.id(), MEMBER.id()), Optional.of(MEMBER));
    IncomingMessage message = new IncomingMessage(MessageId.of(id), GROUP, Optional.of(anonymous),
        Optional.of(new SeenChannel(GROUP.id(), GROUP.title(), null)), clock.instant(), false, MessageKind.TEXT, text,
        List.of(), Optional.of(reply), false, Optional.empty(), "", List.of(), Optional.empty(), Optional.empty());
    return dispatcher.dispatch(new Incoming.Message(new UpdateId(nextUpdate++), message));
  }

  /** Carries the effects out against a Telegram that answers each action with {@code answer}. */
  static void carryOut(Effects effects, Function<ChatAction, ActionResult> answer) {
    effects.runOn(answer::apply);
  }

  static String english(String key, Object... namesAndValues) {
    return Messages.english().html(io.alita.domain.i18n.MessageKey.of(key), namesAndValues);
  }

  /** Telegram as far as admin checks go: each chat's admin list. */
  private record GroupAdmins(Map<ChatId, List<ChatMember>> admins) implements ChatQueries {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return admins.getOrDefault(chat, List.of());
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return administrators(chat).stream().filter(m -> m.user().equals(user)).findFirst();
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

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
