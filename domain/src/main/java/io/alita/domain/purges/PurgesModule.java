package io.alita.domain.purges;

import io.alita.domain.action.Effects;
import io.alita.domain.timer.DelayedAction;
import java.time.Clock;
import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.permission.Right;
import io.alita.domain.update.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Purges module: {@code /purge [reason]} deletes from the replied-to message up to the command, {@code /del} the
 * replied-to message and the command, {@code /purgefrom} marks the start of a range and {@code /purgeto} deletes it.
 * At most {@link PurgeRange#MAX_MESSAGES} messages go at once; a longer range is refused, not cut short, so that nothing
 * is deleted the admin did not ask for.
 *
 * <p>After a purge a status message ("Purged 42 messages.") is sent and deleted {@link #STATUS_LIFETIME} later through the
 * chat's timers ({@link DelayedAction}). When Telegram refuses some deletions (messages older than 48 hours cannot be deleted by bots),
 * a notice saying so follows and stays.
 */
public final class PurgesModule implements BotModule {

  /** How long the "Purged N messages" status stays before it deletes itself. */
  public static final Duration STATUS_LIFETIME = Duration.ofSeconds(3);

  /**
   * The original's order: group, bot admin, bot may delete, user admin, user may delete. Both must be able to delete:
   * the bot to do it, the user so that purging is no way around a missing right.
   */
  static final Gate GATE = Gate.GROUP.then(new Requirement.BotIsAdmin()).botCan(Right.DELETE_MESSAGES)
      .then(new Requirement.UserIsAdmin()).userCan(Right.DELETE_MESSAGES);

  static final MessageKey REPLY_TO_PURGE = MessageKey.of("purges.reply_to_purge");
  static final MessageKey REPLY_TO_DEL = MessageKey.of("purges.reply_to_del");
  static final MessageKey REPLY_TO_PURGEFROM = MessageKey.of("purges.reply_to_purgefrom");
  static final MessageKey REPLY_TO_PURGETO = MessageKey.of("purges.reply_to_purgeto");
  static final MessageKey TOO_MANY = MessageKey.of("purges.too_many");
  static final MessageKey PURGED = MessageKey.of("purges.purged");
  static final MessageKey PURGED_ONE = MessageKey.of("purges.purged_one");
  static final MessageKey REASON = MessageKey.of("purges.reason");
  static final MessageKey TOO_OLD = MessageKey.of("purges.too_old");
  static final MessageKey SOME_FAILED = MessageKey.of("purges.some_failed");
  static final MessageKey MARKED = MessageKey.of("purges.marked");
  static final MessageKey ALREADY_MARKED = MessageKey.of("purges.already_marked");
  static final MessageKey OTHER_MARKED = MessageKey.of("purges.other_marked");
  static final MessageKey NEED_PURGEFROM = MessageKey.of("purges.need_purgefrom");
  static final MessageKey USE_DEL = MessageKey.of("purges.use_del");

  private final PurgeMarks marks;
  private final Clock clock;

  /**
   * @param marks the chats' {@code /purgefrom} marks (one instance for the process)
   * @param clock when a status message's time is up
   */
  public PurgesModule(PurgeMarks marks, Clock clock) {
    this.marks = Objects.requireNonNull(marks, "marks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return "Purges";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("purge", GATE, this::purge).forAnonymousAdmins());
    registry.command(CommandSpec.of("del", GATE, this::del).forAnonymousAdmins());
    registry.command(CommandSpec.of("purgefrom", GATE, this::purgeFrom));
    registry.command(CommandSpec.of("purgeto", GATE, this::purgeTo));
  }

  private void purge(CommandContext ctx) {
    Optional<Reply> reply = ctx.message().replyTo();
    if (reply.isEmpty() || reply.get().id().value() >= ctx.message().id().value()) {
      ctx.reply(REPLY_TO_PURGE);
      return;
    }
    // The command itself goes too, but it is not one of the messages the admin asked to purge.
    PurgeRange range = PurgeRange.between(reply.get().id(), ctx.message().id());
    int purged = range.size() - 1;
    if (purged > PurgeRange.MAX_MESSAGES) {
      ctx.reply(TOO_MANY, "count", purged, "max", PurgeRange.MAX_MESSAGES);
      return;
    }
    deleteAndReport(ctx, range.deletions(ctx.chat()), purged);
  }

  private void del(CommandContext ctx) {
    Optional<Reply> reply = ctx.message().replyTo();
    if (reply.isEmpty()) {
      ctx.reply(REPLY_TO_DEL);
      return;
    }
    ChatId chat = ctx.chat();
    Messages messages = ctx.messages();
    Effects effects = ctx.effects();
    effects.add(new ChatAction.Delete(chat, List.of(reply.get().id(), ctx.message().id())), result -> {
      Refusals refusals = new Refusals();
      refusals.record(result);
      refusals.notice().ifPresent(key -> notify(effects, chat, messages, key));
    });
  }

  private void purgeFrom(CommandContext ctx) {
    Optional<Reply> reply = ctx.message().replyTo();
    if (reply.isEmpty()) {
      ctx.reply(REPLY_TO_PURGEFROM);
      return;
    }
    MessageId start = reply.get().id();
    switch (marks.mark(ctx.chat(), start)) {
      case ALREADY_MARKED -> ctx.reply(ALREADY_MARKED);
      case OTHER_MARKED -> ctx.reply(OTHER_MARKED, "seconds", PurgeMarks.TTL.toSeconds());
      case MARKED -> {
        ChatId chat = ctx.chat();
        ctx.act(ChatAction.Delete.one(chat, ctx.message().id()));
        // The notice answers the marked message, so the admin sees which one it is; it goes when the mark expires.
        OutgoingMessage notice = OutgoingMessage.replyTo(chat, start, ctx.text(MARKED, "seconds", PurgeMarks.TTL.toSeconds()));
        Effects effects = ctx.effects();
        effects.add(new ChatAction.Send(notice), result -> deleteLater(effects, chat, result, PurgeMarks.TTL));
      }
    }
  }

  private void purgeTo(CommandContext ctx) {
    Optional<Reply> reply = ctx.message().replyTo();
    if (reply.isEmpty()) {
      ctx.reply(REPLY_TO_PURGETO);
      return;
    }
    Optional<MessageId> start = marks.current(ctx.chat());
    if (start.isEmpty()) {
      ctx.reply(NEED_PURGEFROM, "seconds", PurgeMarks.TTL.toSeconds());
      return;
    }
    MessageId end = reply.get().id();
    if (start.get().equals(end)) {
      ctx.reply(USE_DEL);
      return;
    }
    PurgeRange range = PurgeRange.between(start.get(), end);
    if (range.size() > PurgeRange.MAX_MESSAGES) {
      ctx.reply(TOO_MANY, "count", range.size(), "max", PurgeRange.MAX_MESSAGES);
      return;
    }
    marks.release(ctx.chat(), start.get());
    List<ChatAction.Delete> deletions = new ArrayList<>(range.deletions(ctx.chat()));
    deletions.add(ChatAction.Delete.one(ctx.chat(), ctx.message().id()));
    deleteAndReport(ctx, deletions, range.size());
  }

  /** Deletes, then sends the status that deletes itself, then (if Telegram refused some) a notice that stays. */
  private void deleteAndReport(CommandContext ctx, List<ChatAction.Delete> deletions, int count) {
    ChatId chat = ctx.chat();
    Messages messages = ctx.messages();
    Refusals refusals = new Refusals();
    for (ChatAction.Delete deletion : deletions) {
      ctx.effects().add(deletion, refusals::record);
    }
    String reason = Words.strip(ctx.command().argumentText());
    String status = count == 1 ? ctx.text(PURGED_ONE) : ctx.text(PURGED, "count", count);
    if (!reason.isEmpty()) {
      status += "\n" + ctx.text(REASON, "reason", reason);
    }
    Effects effects = ctx.effects();
    effects.add(new ChatAction.Send(OutgoingMessage.to(chat, status)), result -> {
      deleteLater(effects, chat, result, STATUS_LIFETIME);
      refusals.notice().ifPresent(key -> notify(effects, chat, messages, key));
    });
  }

  /** A follow-up: the message just sent goes {@code after} from now, as a timer of the chat. */
  private void deleteLater(Effects effects, ChatId chat, ActionResult sent, Duration after) {
    if (sent instanceof ActionResult.Sent s) {
      effects.schedule(clock.instant().plus(after), DelayedAction.delete(chat, s.message()));
    }
  }

  /** A follow-up: a notice after the deletions, once Telegram said which it refused. */
  private static void notify(Effects effects, ChatId chat, Messages messages, MessageKey key) {
    effects.add(new ChatAction.Send(OutgoingMessage.to(chat, messages.html(key))));
  }

  /** What Telegram refused while deleting: too old messages get their own explanation. Used by one update only. */
  private static final class Refusals {
    private boolean tooOld;
    private boolean other;

    void record(ActionResult result) {
      if (result instanceof ActionResult.Refused r) {
        if (r.reason() == ActionResult.Refusal.MESSAGE_TOO_OLD) {
          tooOld = true;
        } else if (r.reason() != ActionResult.Refusal.MESSAGE_NOT_FOUND) {
          other = true;
        }
      }
    }

    Optional<MessageKey> notice() {
      if (tooOld) {
        return Optional.of(TOO_OLD);
      }
      return other ? Optional.of(SOME_FAILED) : Optional.empty();
    }
  }
}
