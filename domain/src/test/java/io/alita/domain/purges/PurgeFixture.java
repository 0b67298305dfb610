package io.alita.domain.purges;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real {@link Dispatcher} with the Purges module, a group in which the bot and {@link #ADMIN} may delete messages,
 * and a clock the test moves. What the module wants done later is in the effects' timers
 * ({@link Effects#scheduled()}), once they were carried out.
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

  final MutableClock clock = new MutableClock(T0);
  final Dispatcher dispatcher;
  private final TestMessages messages = new TestMessages(clock);

  PurgeFixture() {
    List<ChatMember> admins = List.of(
        admin(BOT.id(), AdminRights.of(Right.DELETE_MESSAGES, Right.RESTRICT_MEMBERS)),
        admin(ADMIN.id(), AdminRights.of(Right.DELETE_MESSAGES)),
        admin(LIMITED_ADMIN.id(), AdminRights.of(Right.PIN_MESSAGES)));
    ChatQueries telegram = new GroupAdmins(Map.of(GROUP.id(), admins, OTHER_GROUP.id(), admins));
    PurgesModule purges = new PurgesModule(new PurgeMarks(clock), clock);
    dispatcher = TestDispatcher.with(purges).bot(BOT).telegram(telegram).clock(clock).build();
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
    TestMessages.Draft message = messages.message(chat, from).id(id).text(text);
    if (replyTo > 0) {
      message.replyTo(replyTo, MEMBER);
    }
    return dispatcher.dispatch(message.incoming());
  }

  /** An anonymous admin (writing as the group) sends {@code text} replying to message {@code replyTo}. */
  Effects sendAnonymously(int id, String text, int replyTo) {
    return dispatcher.dispatch(messages.messageFromAnonymousAdmin(GROUP).id(id).text(text).replyTo(replyTo, MEMBER)
        .incoming());
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
}
