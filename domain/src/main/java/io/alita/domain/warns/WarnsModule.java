package io.alita.domain.warns;

import io.alita.domain.format.Mention;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.AsciiInteger;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.Right;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The Warns commands and buttons: /warn, /swarn, /dwarn, /warns, /rmwarn, /resetwarn, /resetallwarns, /warnings,
 * /setwarnlimit, /setwarnmode, and the "remove warn" and "reset all" buttons.
 *
 * <p>Every state change is written in the command's event (its context's {@code write}); a redelivered update stops
 * at that write and changes and sends nothing. Checks that ask Telegram (is the target in the chat, an admin) happen
 * before the first write, so no database transaction waits on the network.
 */
public final class WarnsModule implements BotModule {

  static final MessageKey WARNED = MessageKey.of("warns.warned");
  static final MessageKey LIMIT_REACHED = MessageKey.of("warns.limit_reached");
  static final MessageKey REMOVE_BUTTON = MessageKey.of("warns.remove_button");
  static final MessageKey RULES_BUTTON = MessageKey.of("warns.rules_button");
  static final MessageKey ACTION_BAN = MessageKey.of("warns.action_ban");
  static final MessageKey ACTION_KICK = MessageKey.of("warns.action_kick");
  static final MessageKey ACTION_MUTE = MessageKey.of("warns.action_mute");
  static final MessageKey ACTION_TBAN = MessageKey.of("warns.action_tban");
  static final MessageKey ACTION_TMUTE = MessageKey.of("warns.action_tmute");
  static final MessageKey CHANNEL = MessageKey.of("warns.channel");
  static final MessageKey ADMIN = MessageKey.of("warns.admin");
  static final MessageKey SELF = MessageKey.of("warns.self");
  static final MessageKey NOT_MEMBER = MessageKey.of("warns.not_member");
  static final MessageKey DWARN_NEEDS_REPLY = MessageKey.of("warns.dwarn_needs_reply");
  static final MessageKey COUNT = MessageKey.of("warns.count");
  static final MessageKey NONE = MessageKey.of("warns.none");
  static final MessageKey REMOVED = MessageKey.of("warns.removed");
  static final MessageKey REMOVED_BY = MessageKey.of("warns.removed_by");
  static final MessageKey NOTHING_TO_REMOVE = MessageKey.of("warns.nothing_to_remove");
  static final MessageKey RESET = MessageKey.of("warns.reset");
  static final MessageKey RESET_ALL_CONFIRM = MessageKey.of("warns.reset_all_confirm");
  static final MessageKey YES = MessageKey.of("warns.yes");
  static final MessageKey NO = MessageKey.of("warns.no");
  static final MessageKey RESET_ALL_DONE = MessageKey.of("warns.reset_all_done");
  static final MessageKey RESET_ALL_CANCELLED = MessageKey.of("warns.reset_all_cancelled");
  static final MessageKey BUTTON_INVALID = MessageKey.of("warns.button_invalid");
  static final MessageKey SETTINGS = MessageKey.of("warns.settings");

  /** Who may press "remove warn": an admin, while the bot is one too. */
  private static final Gate REMOVE_WARN_GATE = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin());
  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());

  /** A member named by a command, the name to show, and the rest of the command text. */
  private record Named(UserId id, TrustedHtml mention, String rest) {}

  private final WarnStore store;
  private final AdminCache admins;
  private final PermissionCheck permissions;
  private final ChatQueries chats;
  private final TargetExtractor targets;
  private final BotIdentity bot;
  private final WarnIssuer issuer;
  private final ConfirmDialog resetAll;

  /**
   * @param users resolves {@code @username} targets
   * @param rules whether a chat has rules, for the rules button under a warn ({@link RulesPresence#NEVER} for none)
   * @param clock the time a tban or tmute starts from
   */
  public WarnsModule(WarnStore store, AdminCache admins, ChatQueries chats, UserDirectory users, BotIdentity bot,
      RulesPresence rules, Clock clock, Confirmations confirmations) {
    this.store = Objects.requireNonNull(store, "store");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.targets = new TargetExtractor(users);
    this.bot = Objects.requireNonNull(bot, "bot");
    this.issuer = new WarnIssuer(store, bot, rules, clock);
    // Only the admin rule is used here; team levels never gate a warns button.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
    this.resetAll = confirmations.dialog(CallbackNamespace.RM_ALL_CHAT_WARNS, CREATOR,
        new ConfirmDialog.Labels(YES, NO, RESET_ALL_CANCELLED), this::resetAllConfirmed);
  }

  @Override
  public String name() {
    return "Warns";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("warn", Gate.MODERATE, ctx -> warn(ctx, false)).forAnonymousAdmins());
    // The bot must be able to delete the command; dwarn deletes someone else's message, so the admin must be able to too.
    registry.command(CommandSpec.of("swarn", Gate.MODERATE.botCan(Right.DELETE_MESSAGES), ctx -> warn(ctx, true))
        .forAnonymousAdmins());
    registry.command(CommandSpec.of("dwarn", Gate.MODERATE_AND_DELETE, this::dwarn).forAnonymousAdmins());
    registry.command(CommandSpec.of("warns", Gate.GROUP, this::showWarns));
    registry.command(CommandSpec.of("rmwarn", REMOVE_WARN_GATE, this::removeLatest).alsoNamed("unwarn"));
    registry.command(CommandSpec.of("resetwarn", Gate.GROUP_ADMIN, this::reset).alsoNamed("resetwarns"));
    registry.command(CommandSpec.of("resetallwarns", CREATOR, this::askResetAll));
    registry.command(CommandSpec.of("warnings", Gate.GROUP_ADMIN, this::showSettings));
    registry.command(CommandSpec.of("setwarnlimit", Gate.GROUP_ADMIN, this::setLimit).connectable());
    registry.command(CommandSpec.of("setwarnmode", Gate.GROUP_ADMIN, this::setMode).connectable());
    registry.button(CallbackNamespace.RM_WARN, REMOVE_WARN_GATE, this::removeWarnButton);
  }

  // ------------------------------------------------------------------------------------------------ warning

  private void warn(CommandContext ctx, boolean silent) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    warnable(ctx, outcome).ifPresent(named -> {
      Optional<ChatAction> deleteCommand = silent
          ? Optional.of(ChatAction.Delete.one(ctx.chat(), ctx.message().id())) : Optional.empty();
      issue(ctx, named, deleteCommand, silent);
    });
  }

  /** /dwarn: reply only; the replied-to sender is warned (the whole text is the reason) and their message deleted. */
  private void dwarn(CommandContext ctx) {
    Optional<Reply> reply = ctx.message().replyTo();
    if (reply.isEmpty()) {
      ctx.reply(DWARN_NEEDS_REPLY);
      return;
    }
    TargetOutcome outcome = reply.get().sender().sender()
        .<TargetOutcome>map(t -> new TargetOutcome.Found(t, Words.strip(ctx.command().argumentText())))
        .orElseGet(TargetOutcome.None::new);
    warnable(ctx, outcome).ifPresent(named ->
        issue(ctx, named, Optional.of(ChatAction.Delete.one(ctx.chat(), reply.get().id())), false));
  }

  /** The target when it may be warned: a user in the chat, not an admin, not the bot. Otherwise replies why not. */
  private Optional<Named> warnable(CommandContext ctx, TargetOutcome outcome) {
    Optional<Named> named = user(ctx, outcome);
    if (named.isEmpty()) {
      return named;
    }
    UserId user = named.get().id();
    if (user.equals(bot.id())) {
      ctx.reply(SELF);
    } else if (permissions.isAdmin(ctx.chat(), user)) {
      ctx.reply(ADMIN);
    } else if (!chats.member(ctx.chat(), user).map(ChatMember::isPresent).orElse(false)) {
      ctx.reply(NOT_MEMBER, "user", named.get().mention());
    } else {
      return named;
    }
    return Optional.empty();
  }

  /** The user a command names; replies (and is empty) for a channel or when no user can be made out. */
  private Optional<Named> user(CommandContext ctx, TargetOutcome outcome) {
    Messages messages = ctx.messages();
    if (outcome instanceof TargetOutcome.Found found) {
      if (found.target() instanceof Target.User u) {
        return Optional.of(new Named(u.id(), Mention.user(u.id(), shownName(ctx, u.id())), found.reason()));
      }
      ctx.reply(CHANNEL);
    } else if (outcome instanceof TargetOutcome.NotFound notFound) {
      ctx.replyHtml(notFound.message(messages), Keyboard.NONE);
    } else if (outcome instanceof TargetOutcome.Invalid invalid) {
      ctx.replyHtml(invalid.message(messages), Keyboard.NONE);
    } else {
      ctx.replyHtml(((TargetOutcome.None) outcome).message(messages), Keyboard.NONE);
    }
    return Optional.empty();
  }

  /**
   * The best name the command itself shows for {@code user}: the replied-to sender's name, a text mention's text, the
   * typed {@code @username}; the id when the admin typed only that.
   */
  private static String shownName(CommandContext ctx, UserId user) {
    Optional<SeenUser> replied = ctx.message().replyTo().flatMap(Reply::fromUser).filter(u -> u.id().equals(user));
    if (replied.isPresent()) {
      return replied.get().fullName();
    }
    if (ctx.actor().id().equals(user)) {
      return ctx.actor().fullName();
    }
    String args = ctx.command().argumentText();
    Optional<String> mentioned = ctx.command().entityAt(0, EntityType.TEXT_MENTION)
        .filter(e -> e.mentionedUser().equals(Optional.of(user))).map(e -> e.textIn(args));
    if (mentioned.isPresent()) {
      return mentioned.get();
    }
    String first = Words.splitFirst(args).first();
    return first.startsWith("@") ? first : user.toString();
  }

  private void issue(CommandContext ctx, Named named, Optional<ChatAction> deletion, boolean silent) {
    ChatId chat = ctx.chat();
    UserId user = named.id();
    WarnReason reason = WarnReason.typed(named.rest());
    WarnOutcome outcome = issuer.warn(ctx.unitOfWork(), chat, user, reason);
    deletion.ifPresent(ctx::act);
    if (outcome instanceof WarnOutcome.LimitReached reached) {
      ctx.act(reached.penalty());
    }
    WarnIssuer.Notice notice = issuer.notice(ctx.messages(), chat, user, named.mention(), reason, outcome);
    if (silent) {
      ctx.sendHtml(notice.html(), notice.keyboard());
    } else {
      ctx.replyHtml(notice.html(), notice.keyboard());
    }
  }

  /** "banned", "muted for 6h", ...: what happens at the limit, as HTML for a placeholder. */
  private static TrustedHtml actionText(Messages messages, WarnSettings settings) {
    return WarnIssuer.actionText(messages, settings);
  }

  // ------------------------------------------------------------------------------------------------ reading, removing

  /** /warns [user]: anyone may look; without a target, the sender's own warns. */
  private void showWarns(CommandContext ctx) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    Optional<Named> named = outcome instanceof TargetOutcome.None
        ? Optional.of(new Named(ctx.actor().id(), Mention.user(ctx.actor().id(), ctx.actor().fullName()), ""))
        : user(ctx, outcome);
    named.ifPresent(n -> {
      WarnCount warns = store.warnsOf(ctx.chat(), n.id());
      if (warns.isEmpty()) {
        ctx.reply(NONE, "user", n.mention());
        return;
      }
      ctx.reply(COUNT, "user", n.mention(), "count", warns.count(), "limit", store.settings(ctx.chat()).limit().value(),
          "reasons", ReasonList.render(warns.reasons(), ctx.messages()));
    });
  }

  /** /rmwarn, /unwarn: takes back the latest warn. */
  private void removeLatest(CommandContext ctx) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    user(ctx, outcome).ifPresent(n -> {
      Optional<WarnCount> left = ctx.write(() -> store.removeLatest(ctx.chat(), n.id()));
      if (left.isEmpty()) {
        ctx.reply(NOTHING_TO_REMOVE, "user", n.mention());
      } else {
        ctx.reply(REMOVED, "user", n.mention(), "count", left.get().count(),
            "limit", store.settings(ctx.chat()).limit().value());
      }
    });
  }

  /** /resetwarn, /resetwarns: forgets one member's warns. */
  private void reset(CommandContext ctx) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    user(ctx, outcome).ifPresent(n -> {
      boolean had = ctx.write(() -> store.reset(ctx.chat(), n.id()));
      ctx.reply(had ? RESET : NONE, "user", n.mention());
    });
  }

  /** The "remove warn" button under a warn: an admin takes that warn back (the gate is checked by the dispatcher). */
  private void removeWarnButton(ButtonContext ctx) {
    Optional<UserId> user = ctx.data().field("u").flatMap(WarnsModule::userId);
    if (user.isEmpty()) {
      ctx.answer(BUTTON_INVALID, true);
      return;
    }
    ChatId chat = ctx.chat();
    Optional<WarnCount> left = ctx.write(() -> store.removeLatest(chat, user.get()));
    WarnLimit limit = store.settings(chat).limit();
    TrustedHtml mention = Mention.user(user.get(), user.get().toString());
    SeenUser admin = ctx.press().from();
    if (left.isEmpty()) {
      ctx.answer(NOTHING_TO_REMOVE, false, "user", user.get().toString());
      ctx.edit(ctx.messages().html(NOTHING_TO_REMOVE, "user", mention), Keyboard.NONE);
      return;
    }
    ctx.answer(REMOVED, false, "user", user.get().toString(), "count", left.get().count(),
        "limit", limit.value());
    ctx.edit(ctx.messages().html(REMOVED_BY, "admin", Mention.user(admin.id(), admin.fullName()), "user", mention,
        "count", left.get().count(), "limit", limit.value()), Keyboard.NONE);
  }

  private static Optional<UserId> userId(String field) {
    OptionalLong id = AsciiInteger.parseSigned(field);
    return id.isPresent() && id.getAsLong() > 0 ? Optional.of(UserId.of(id.getAsLong())) : Optional.empty();
  }

  // ------------------------------------------------------------------------------------------------ reset all

  /** /resetallwarns: the chat's creator confirms with a button. */
  private void askResetAll(CommandContext ctx) {
    resetAll.ask(ctx, ctx.text(RESET_ALL_CONFIRM));
  }

  private void resetAllConfirmed(ButtonContext ctx, String payload) {
    int members = ctx.write(() -> store.resetAll(ctx.chat()));
    ctx.answer(RESET_ALL_DONE, false, "count", members);
    ctx.edit(ctx.messages().html(RESET_ALL_DONE, "count", members), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ settings

  /** /warnings: the limit and what happens at it. */
  private void showSettings(CommandContext ctx) {
    WarnSettings settings = store.settings(ctx.chat());
    ctx.reply(SETTINGS, "limit", settings.limit().value(), "action", actionText(ctx.messages(), settings));
  }

  /** /setwarnlimit: checked and answered by {@link WarnSettingsChange}, as the console's form is. */
  private void setLimit(CommandContext ctx) {
    new WarnSettingsChange(store, ctx.messages()).limit(ctx.chat(), ctx.command().argumentText(), Commit.in(ctx.unitOfWork()))
        .replyTo(ctx);
  }

  /** /setwarnmode: checked and answered by {@link WarnSettingsChange}, as the console's form is. */
  private void setMode(CommandContext ctx) {
    new WarnSettingsChange(store, ctx.messages()).mode(ctx.chat(), ctx.command().argumentText(), Commit.in(ctx.unitOfWork()))
        .replyTo(ctx);
  }
}
