package io.alita.domain.blacklists;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.format.Mention;
import io.alita.domain.command.Arguments;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
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
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.time.ModerationDuration;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.UpdateId;
import io.alita.domain.warns.WarnIssuer;
import io.alita.domain.warns.WarnOutcome;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Blacklists: admins list words and phrases that have no place in the chat; a message holding one (in its text, its
 * caption or a link's address, edited messages too) is deleted and its sender dealt with by the chat's blacklist
 * action. Commands: /addblacklist (/blacklist), /rmblacklist, /blaction (/blacklistaction), /blacklists, /remallbl
 * (/rmallbl) with its confirmation buttons.
 *
 * <p>Checking a message costs no database query: each chat's words are compiled into one {@link BlacklistAutomaton},
 * kept in a {@link PerChatCache} and rebuilt only after that chat's list or action changes. Admins, approved members
 * and anonymous admins are exempt, and nothing happens while the bot cannot delete messages (the original bot's
 * rule: a blacklist that cannot remove the message does not punish either).
 *
 * <p>Every state change is written as part of its event, and its replies are added only when that
 * call applied it: a redelivered update changes and sends nothing.
 */
public final class BlacklistsModule implements BotModule {

  static final MessageKey HELP = MessageKey.of("help.module.blacklists");
  static final MessageKey LIST_HEADER = MessageKey.of("blacklists.list_header");
  static final MessageKey LIST_LINE = MessageKey.of("blacklists.list_line");
  static final MessageKey LIST_LINE_OWN_ACTION = MessageKey.of("blacklists.list_line_own_action");
  static final MessageKey LIST_MORE = MessageKey.of("blacklists.list_more");
  static final MessageKey LIST_EMPTY = MessageKey.of("blacklists.list_empty");
  static final MessageKey ACTION_IS = MessageKey.of("blacklists.action_is");
  static final MessageKey REMOVE_ALL_CONFIRM = MessageKey.of("blacklists.remove_all_confirm");
  static final MessageKey REMOVE_ALL_NOTHING = MessageKey.of("blacklists.remove_all_nothing");
  static final MessageKey YES = MessageKey.of("blacklists.yes");
  static final MessageKey NO = MessageKey.of("blacklists.no");
  static final MessageKey REMOVE_ALL_DONE = MessageKey.of("blacklists.remove_all_done");
  static final MessageKey REMOVE_ALL_CANCELLED = MessageKey.of("blacklists.remove_all_cancelled");
  static final MessageKey BUTTON_INVALID = MessageKey.of("blacklists.button_invalid");
  static final MessageKey MUTED = MessageKey.of("blacklists.muted");
  static final MessageKey TMUTED = MessageKey.of("blacklists.tmuted");
  static final MessageKey KICKED = MessageKey.of("blacklists.kicked");
  static final MessageKey BANNED = MessageKey.of("blacklists.banned");
  static final MessageKey TBANNED = MessageKey.of("blacklists.tbanned");
  static final MessageKey CHANNEL_BANNED = MessageKey.of("blacklists.channel_banned");

  /** Visible characters of the /blacklists reply, leaving room under Telegram's 4096 for the header. */
  static final int LIST_BUDGET = 3500;

  private static final System.Logger LOG = System.getLogger(BlacklistsModule.class.getName());
  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());

  private final BlacklistStore store;
  private final AdminCache admins;
  private final PermissionCheck permissions;
  private final BotIdentity bot;
  private final BiPredicate<ChatId, UserId> approved;
  private final WarnIssuer warns;
  private final Clock clock;
  private final PerChatCache<CompiledBlacklist> lists;
  private final ConfirmDialog removeAll;
  /** Texts of what the filter sends; it has no command context to take them from. */

  /**
   * @param store the chats' words and actions
   * @param admins the chats' admins (who is exempt, whether the bot may delete, who created the chat)
   * @param bot the bot's own id
   * @param approved whether a member is approved in a chat (the Approvals module); approved members are exempt
   * @param warns gives the {@code warn} action's warns, with the same store, limit and mode as {@code /warn}
   * @param clock the time a tban or tmute starts from
   */
  public BlacklistsModule(BlacklistStore store, AdminCache admins, BotIdentity bot,
      BiPredicate<ChatId, UserId> approved, WarnIssuer warns, Clock clock, Confirmations confirmations) {
    this.store = Objects.requireNonNull(store, "store");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.approved = Objects.requireNonNull(approved, "approved");
    this.warns = Objects.requireNonNull(warns, "warns");
    this.clock = Objects.requireNonNull(clock, "clock");
    // Only the admin rule is used here; team levels never exempt anyone from a blacklist.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
    this.lists = new PerChatCache<>(chat -> CompiledBlacklist.of(store.blacklist(chat)));
    this.removeAll = confirmations.dialog(CallbackNamespace.RM_ALL_BLACKLIST, CREATOR,
        new ConfirmDialog.Labels(YES, NO, REMOVE_ALL_CANCELLED), this::removeAllConfirmed);
  }

  @Override
  public String name() {
    return "Blacklists";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("addblacklist", Gate.MODERATE, this::add).alsoNamed("blacklist").connectable());
    registry.command(CommandSpec.of("rmblacklist", Gate.MODERATE, this::remove).connectable());
    registry.command(CommandSpec.of("blaction", Gate.MODERATE, this::action).alsoNamed("blacklistaction").connectable());
    registry.command(CommandSpec.of("blacklists", Gate.GROUP, this::list).connectable());
    registry.command(CommandSpec.of("remallbl", CREATOR, this::askRemoveAll).alsoNamed("rmallbl"));
    registry.filter(Stage.BLACKLISTS, this::check);
    registry.settingsCache(lists);
  }

  /** The chat's compiled blacklist, from the cache (loaded on first use). */
  CompiledBlacklist compiled(ChatId chat) {
    return lists.get(chat);
  }

  // ------------------------------------------------------------------------------------------------ the filter

  private MessageFilter.Verdict check(MessageContext ctx) {
    Messages messages = ctx.messages(); // the group's language
    IncomingMessage message = ctx.message();
    Effects effects = ctx.effects();
    if (!message.isGroup() || (message.from().isEmpty() && message.senderChat().isEmpty())) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Optional<BlacklistHit> hit = lists.get(message.chatId()).scan(message);
    // The checks below may ask Telegram or the database; they run only for a message that holds a word.
    if (hit.isEmpty() || exempt(message) || !botCanDelete(message.chatId())) {
      return MessageFilter.Verdict.CONTINUE;
    }
    BlacklistDecision decision = BlacklistPolicy.decide(hit.get(), message, clock.instant());
    if (decision instanceof BlacklistDecision.Warn warn) {
      WarnOutcome outcome = warns.warn(ctx.unitOfWork(), message.chatId(), warn.user(), warn.reason());
      effects.add(warn.delete());
      if (outcome instanceof WarnOutcome.LimitReached reached) {
        effects.add(reached.penalty());
      }
      SeenUser sender = message.from().get();
      WarnIssuer.Notice notice = warns.notice(messages, message.chatId(), sender.id(),
          Mention.user(sender.id(), sender.fullName()), warn.reason(), outcome);
      effects.add(new ChatAction.Send(OutgoingMessage.to(message.chatId(), notice.html())
          .withKeyboard(notice.keyboard())));
      return MessageFilter.Verdict.STOP;
    }
    // Nothing to store, but the event is recorded so that a redelivered update is not punished and announced twice.
    ctx.claimOnce();
    effects.add(decision.delete());
    if (decision instanceof BlacklistDecision.Punish punish) {
      effects.add(punish.penalty());
      effects.addConfirmation(
          new ChatAction.Send(OutgoingMessage.to(message.chatId(), punishmentNotice(messages, message, hit.get()))),
          refused -> new ChatAction.Send(OutgoingMessage.to(message.chatId(),
              messages.html(Refusals.key(refused.reason())))));
    }
    // The message is gone: later stages (filters) must not answer it.
    return MessageFilter.Verdict.STOP;
  }

  /** Admins (anonymous ones and the linked channel's posts included) and approved members may say anything. */
  private boolean exempt(IncomingMessage message) {
    if (message.senderChat().map(c -> c.id().equals(message.chatId())).orElse(false)) {
      return true; // an anonymous admin writing as the group
    }
    if (BlacklistPolicy.postedByAnotherChat(message)
        && !message.from().map(u -> u.id().isAnonymousAdminProxy()).orElse(false)) {
      return false; // a channel: its stand-in sender is nobody's admin or approved member
    }
    Optional<UserId> sender = message.from().map(SeenUser::id);
    return sender.isEmpty() || permissions.isAdmin(message.chatId(), sender.get())
        || approved.test(message.chatId(), sender.get());
  }

  private boolean botCanDelete(ChatId chat) {
    return admins.admin(chat, bot.id()).map(m -> m.can(Right.DELETE_MESSAGES)).orElse(false);
  }

  private static String punishmentNotice(Messages messages, IncomingMessage message, BlacklistHit hit) {
    BlacklistAction action = hit.action();
    String duration = action.duration().map(ModerationDuration::format).orElse("");
    if (BlacklistPolicy.postedByAnotherChat(message)) {
      SeenChannel channel = message.senderChat().get();
      String name = channel.username() != null ? "@" + channel.username()
          : channel.title() != null ? channel.title() : channel.id().toString();
      return messages.html(CHANNEL_BANNED, "channel", name);
    }
    SeenUser user = message.from().get();
    if (!(action instanceof BlacklistAction.Punish punish)) {
      throw new IllegalArgumentException(action + " punishes nobody");
    }
    MessageKey key = switch (punish.penalty().mode()) {
      case MUTE -> MUTED;
      case TMUTE -> TMUTED;
      case KICK -> KICKED;
      case BAN -> BANNED;
      case TBAN -> TBANNED;
    };
    return messages.html(key, "user", Mention.user(user.id(), user.fullName()), "duration", duration);
  }

  // ------------------------------------------------------------------------------------------------ adding, removing

  /** /addblacklist, /blacklist: every argument is a word; a quoted phrase is one. Checked by {@link BlacklistEdit}. */
  private void add(CommandContext ctx) {
    edit(ctx, (edit, commit) -> edit.add(ctx.chat(), ctx.command().argumentText(), commit));
  }

  /** /rmblacklist: one word or one quoted phrase. */
  private void remove(CommandContext ctx) {
    edit(ctx, (edit, commit) -> edit.remove(ctx.chat(), ctx.command().argumentText(), commit));
  }

  // ------------------------------------------------------------------------------------------------ action

  /** /blaction, /blacklistaction: shows the action, or sets it (tban and tmute with a duration). */
  private void action(CommandContext ctx) {
    if (ctx.command().args() instanceof Arguments.Tokens tokens && tokens.isEmpty()) {
      ctx.reply(ACTION_IS, "does", BlacklistEdit.does(ctx.messages(), lists.get(ctx.chat()).source().action()));
      return;
    }
    edit(ctx, (edit, commit) -> edit.action(ctx.chat(), ctx.command().argumentText(), commit));
  }

  /**
   * Runs one of {@link BlacklistEdit}'s changes once for the command's update, drops the chat's cached automaton
   * once it committed (so the next message is checked against the new list), and answers.
   */
  private void edit(CommandContext ctx, BiFunction<BlacklistEdit, Commit, ChangeOutcome> change) {
    ChangeOutcome outcome = change.apply(new BlacklistEdit(store, ctx.messages()),
        Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ChatId chat = ctx.chat();
      ctx.afterCommit(() -> lists.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  // ------------------------------------------------------------------------------------------------ listing

  /** /blacklists: anyone may read the list, sorted, cut to fit one message. */
  private void list(CommandContext ctx) {
    ChatBlacklist blacklist = lists.get(ctx.chat()).source();
    if (blacklist.isEmpty()) {
      ctx.reply(LIST_EMPTY);
      return;
    }
    StringBuilder html = new StringBuilder(
        ctx.text(LIST_HEADER, "does", BlacklistEdit.does(ctx.messages(), blacklist.action())));
    int used = 0;
    List<BlacklistEntry> entries = blacklist.entries();
    for (int i = 0; i < entries.size(); i++) {
      BlacklistEntry e = entries.get(i);
      String line = e.override()
          .map(a -> ctx.text(LIST_LINE_OWN_ACTION, "word", e.word().value(), "action", a.toString()))
          .orElseGet(() -> ctx.text(LIST_LINE, "word", e.word().value()));
      int visible = Html.visibleLength(line) + 1;
      if (used + visible > LIST_BUDGET) {
        html.append('\n').append(ctx.text(LIST_MORE, "count", entries.size() - i));
        break;
      }
      html.append('\n').append(line);
      used += visible;
    }
    ctx.replyHtml(html.toString(), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ remove all

  /** /remallbl, /rmallbl: the creator confirms with a button. */
  private void askRemoveAll(CommandContext ctx) {
    int count = lists.get(ctx.chat()).source().entries().size();
    if (count == 0) {
      ctx.reply(REMOVE_ALL_NOTHING);
      return;
    }
    removeAll.ask(ctx, ctx.text(REMOVE_ALL_CONFIRM, "count", count));
  }

  private void removeAllConfirmed(ButtonContext ctx, String payload) {
    ChatId chat = ctx.chat();
    int removed = ctx.write(() -> store.removeAll(chat));
    ctx.afterCommit(() -> lists.invalidate(chat));
    ctx.answer(REMOVE_ALL_DONE, false, "count", removed);
    ctx.edit(ctx.messages().html(REMOVE_ALL_DONE, "count", removed), Keyboard.NONE);
  }
}
