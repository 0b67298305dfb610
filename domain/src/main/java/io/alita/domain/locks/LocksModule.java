package io.alita.domain.locks;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.format.Mention;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Refusals;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.UpdateId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The Locks commands (/lock, /unlock, /locks, /locktypes) and their enforcement, a {@link Stage#LOCKS} filter.
 *
 * <p>Enforcement: a message that falls under a locked type ({@link LockDetector}) is deleted when its sender is neither
 * an admin nor approved and the bot may delete messages; nothing else happens (chat permissions stay as they are), and
 * later stages do not see a deleted message. With {@link LockType#BOTS} locked, bots that such a member adds are banned
 * and a notice is posted. Posts of channels (anonymous channels, the linked channel) are never exempt: a channel is no
 * admin. The chat's locks come from a {@link PerChatCache}, so a message in a chat costs no database query after the
 * first; a chat without locks costs nothing more.
 */
public final class LocksModule implements BotModule {

  static final MessageKey LOCKED = MessageKey.of("locks.locked");
  static final MessageKey UNLOCKED = MessageKey.of("locks.unlocked");
  static final MessageKey LOCK_USAGE = MessageKey.of("locks.lock_usage");
  static final MessageKey UNLOCK_USAGE = MessageKey.of("locks.unlock_usage");
  static final MessageKey UNKNOWN_TYPES = MessageKey.of("locks.unknown_types");
  static final MessageKey CANNOT_DELETE = MessageKey.of("locks.cannot_delete");
  static final MessageKey CURRENT = MessageKey.of("locks.current");
  static final MessageKey NONE_LOCKED = MessageKey.of("locks.none_locked");
  static final MessageKey TYPES = MessageKey.of("locks.types");
  static final MessageKey BOT_REMOVED = MessageKey.of("locks.bot_removed");
  static final MessageKey BOT_NOT_REMOVED = MessageKey.of("locks.bot_not_removed");

  private final LockStore store;
  private final BiPredicate<ChatId, UserId> approved;
  private final AdminCache admins;
  private final ChatQueries chats;
  private final BotIdentity bot;
  private final PermissionCheck permissions;
  private final PerChatCache<Set<LockType>> locks;

  /**
   * @param approved whether a member is approved (pass {@code approvals::isApproved}); approved members are exempt
   * @param chats asked whether a sender is a member, only when comments are locked and nothing else applies
   */
  public LocksModule(LockStore store, BiPredicate<ChatId, UserId> approved, AdminCache admins, ChatQueries chats, BotIdentity bot) {
    this.store = Objects.requireNonNull(store, "store");
    this.approved = Objects.requireNonNull(approved, "approved");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.bot = Objects.requireNonNull(bot, "bot");
    // Only the admin rule is used here; team levels never matter.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
    this.locks = new PerChatCache<>(chat -> {
      Set<LockType> loaded = store.locked(chat);
      return Collections.unmodifiableSet(loaded.isEmpty() ? EnumSet.noneOf(LockType.class) : EnumSet.copyOf(loaded));
    });
  }

  @Override
  public String name() {
    return "Locks";
  }

  @Override
  public void register(Registry registry) {
    Gate adminAndBotAdmin = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin());
    registry.command(CommandSpec.of("lock", adminAndBotAdmin, ctx -> change(ctx, true)).connectable());
    registry.command(CommandSpec.of("unlock", adminAndBotAdmin, ctx -> change(ctx, false)).connectable());
    registry.command(CommandSpec.of("locks", Gate.GROUP_ADMIN, this::show).connectable());
    registry.command(CommandSpec.of("locktypes", Gate.ANYONE, this::types));
    registry.filter(Stage.LOCKS, this::enforce);
    registry.settingsCache(locks);
  }

  /** The chat's locked types, from the cache. */
  public Set<LockType> locked(ChatId chat) {
    return locks.get(chat);
  }

  // ------------------------------------------------------------------------------------------------ commands

  /** /lock and /unlock: checked and answered by {@link LockChange}, as the console's form is. */
  private void change(CommandContext ctx, boolean lock) {
    ChatId chat = ctx.chat();
    LockChange change = new LockChange(store, ctx.messages());
    Commit commit = Commit.in(ctx.unitOfWork());
    String typed = ctx.command().argumentText();
    ChangeOutcome outcome = lock ? change.lock(chat, typed, commit) : change.unlock(chat, typed, commit);
    if (outcome.refused()) {
      outcome.replyTo(ctx);
      return;
    }
    ctx.afterCommit(() -> locks.invalidate(chat));
    String reply = outcome.html();
    if (lock && !botCan(chat, Right.DELETE_MESSAGES)) {
      reply = reply + "\n" + ctx.text(CANNOT_DELETE);
    }
    ctx.replyHtml(reply, Keyboard.NONE);
  }

  private void show(CommandContext ctx) {
    Set<LockType> current = locks.get(ctx.chat());
    if (current.isEmpty()) {
      ctx.reply(NONE_LOCKED);
      return;
    }
    ctx.reply(CURRENT, "types", wordsOf(current));
  }

  private void types(CommandContext ctx) {
    ctx.reply(TYPES, "types", wordsOf(EnumSet.allOf(LockType.class)));
  }

  private static String wordsOf(Set<LockType> types) {
    return LockChange.wordsOf(types);
  }

  // ------------------------------------------------------------------------------------------------ enforcement

  private MessageFilter.Verdict enforce(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    Effects effects = ctx.effects();
    if (!message.isGroup()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    ChatId chat = message.chatId();
    Set<LockType> locked = locks.get(chat);
    if (locked.isEmpty()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Set<LockType> hit = EnumSet.noneOf(LockType.class);
    hit.addAll(LockDetector.detect(message));
    hit.retainAll(locked);
    if (hit.isEmpty()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Optional<UserId> sender = userSender(message);
    if (sender.isPresent() && exempt(chat, sender.get())) {
      return MessageFilter.Verdict.CONTINUE;
    }
    if (sender.isEmpty() && !postedByChannel(message)) {
      return MessageFilter.Verdict.CONTINUE; // nobody to hold to the locks
    }
    if (hit.remove(LockType.BOTS)) {
      removeBots(message, effects, ctx.messages());
    }
    if (hit.equals(EnumSet.of(LockType.COMMENTS)) && sender.isPresent() && !knownNonMember(chat, sender.get())) {
      hit.clear();
    }
    if (hit.isEmpty() || !botCan(chat, Right.DELETE_MESSAGES)) {
      return MessageFilter.Verdict.CONTINUE;
    }
    effects.add(ChatAction.Delete.one(chat, message.id()));
    return MessageFilter.Verdict.STOP;
  }

  /**
   * The user who sent the message, for the exemptions; empty when a channel posted it (an anonymous channel or the
   * linked channel's automatic forward), since a channel is never an admin nor approved.
   */
  private static Optional<UserId> userSender(IncomingMessage message) {
    return postedByChannel(message) ? Optional.empty() : message.from().map(SeenUser::id);
  }

  /** Sent on behalf of a channel; an anonymous admin posts on behalf of the group itself, which is no channel. */
  private static boolean postedByChannel(IncomingMessage message) {
    return message.senderChat().map(c -> !c.id().equals(message.chatId())).orElse(false);
  }

  private boolean exempt(ChatId chat, UserId user) {
    return permissions.isAdmin(chat, user) || approved.test(chat, user);
  }

  /** Telegram says the user is not in the chat; when it cannot say, nobody's comment is deleted on a guess. */
  private boolean knownNonMember(ChatId chat, UserId user) {
    return chats.member(chat, user).map(m -> !m.isPresent()).orElse(false);
  }

  private boolean botCan(ChatId chat, Right right) {
    return admins.admin(chat, bot.id()).map(m -> m.can(right)).orElse(false);
  }

  /** Bans each bot a member who may not add bots added, and says so; or says why it could not. */
  private void removeBots(IncomingMessage message, Effects effects, Messages messages) {
    ChatId chat = message.chatId();
    boolean canBan = botCan(chat, Right.RESTRICT_MEMBERS);
    for (SeenUser added : message.newMembers()) {
      if (!added.isBot() || added.id().equals(bot.id())) {
        continue;
      }
      String name = added.username() == null ? added.fullName() : "@" + added.username();
      if (!canBan) {
        effects.add(new ChatAction.Send(OutgoingMessage.to(chat,
            messages.html(BOT_NOT_REMOVED, "bot", Mention.user(added.id(), name)))));
        continue;
      }
      effects.add(new ChatAction.Ban(chat, added.id(), Optional.empty()));
      effects.addConfirmation(
          new ChatAction.Send(OutgoingMessage.to(chat, messages.html(BOT_REMOVED, "bot", Mention.user(added.id(), name)))),
          refused -> new ChatAction.Send(OutgoingMessage.to(chat, messages.html(Refusals.key(refused.reason())))));
    }
  }
}
