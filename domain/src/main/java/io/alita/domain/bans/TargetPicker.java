package io.alita.domain.bans;

import io.alita.domain.format.Mention;
import io.alita.domain.action.Keyboard;
import io.alita.domain.command.Command;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds whom a moderation command acts on, and refuses those it must never touch: the bot itself, admins, the stand-ins
 * Telegram uses for anonymous admins, and the chat itself. Every refusal is answered with a reply that says why, so a
 * handler given an empty result just returns.
 */
public final class TargetPicker {

  static final MessageKey TARGET_IS_BOT = MessageKey.of("bans.target_is_bot");
  static final MessageKey TARGET_IS_ANONYMOUS = MessageKey.of("bans.target_is_anonymous");
  static final MessageKey TARGET_IS_ADMIN = MessageKey.of("bans.target_is_admin");
  static final MessageKey TARGET_IS_CHAT = MessageKey.of("bans.target_is_chat");
  static final MessageKey CHANNEL_REFUSED = MessageKey.of("bans.channel_refused");
  static final MessageKey REPLY_NEEDED = MessageKey.of("bans.reply_needed");

  /** Whether a command can act on a channel posting as a sender chat (/ban, /unban) or on users only. */
  public enum Channels {
    ACCEPTED,
    REFUSED
  }

  /** Why a target is off limits, or {@link #NONE} when it may be acted on. */
  public enum Protection {
    NONE,
    /** The bot itself. */
    THE_BOT,
    /** GroupAnonymousBot or Telegram's 777000: some admin whose identity Telegram hides. */
    ANONYMOUS_ADMIN,
    /** An administrator or the creator. */
    ADMIN,
    /** The command's own chat, typed as a channel id. */
    THIS_CHAT
  }

  /**
   * A target that may be acted on.
   *
   * @param reason the text after the target, stripped; empty when none was given
   * @param name how replies show the target (a mention for users)
   */
  public record Picked(Target target, String reason, TrustedHtml name) {
    public Picked {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(name, "name");
    }

    /** The user, unless the target is a channel. */
    public Optional<UserId> user() {
      return target instanceof Target.User u ? Optional.of(u.id()) : Optional.empty();
    }
  }

  private final TargetExtractor extractor;
  private final AdminCache admins;
  private final BotIdentity bot;
  private final UserNames names;

  public TargetPicker(UserDirectory directory, AdminCache admins, BotIdentity bot, UserNames names) {
    this.extractor = new TargetExtractor(directory);
    this.admins = Objects.requireNonNull(admins, "admins");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * Whether {@code target} may be acted on in {@code chat}: a rule as a plain function of the bot's id and the admin list.
   */
  public static Protection protection(Target target, ChatId chat, UserId bot, Predicate<UserId> isAdmin) {
    if (target instanceof Target.Channel c) {
      return c.id().equals(chat) ? Protection.THIS_CHAT : Protection.NONE;
    }
    UserId user = ((Target.User) target).id();
    if (user.equals(bot)) {
      return Protection.THE_BOT;
    }
    if (user.isAnonymousAdminProxy()) {
      return Protection.ANONYMOUS_ADMIN;
    }
    return isAdmin.test(user) ? Protection.ADMIN : Protection.NONE;
  }

  /** {@link #protection(Target, ChatId, UserId, Predicate)} against the chat's current admin list. */
  public Protection protection(ChatId chat, Target target) {
    return protection(target, chat, bot.id(), user -> admins.admin(chat, user).isPresent());
  }

  /**
   * The target named in the arguments (a mention, {@code @username} or id), else the sender of the replied-to message;
   * empty, after replying why, when there is none or it is off limits.
   */
  public Optional<Picked> pick(CommandContext ctx, Channels channels) {
    return found(ctx).flatMap(f -> accept(ctx, f.target(), f.reason(), displayName(ctx, f.target(), true), channels));
  }

  /**
   * Like {@link #pick} but without the protection check, for commands with rules of their own about whom they act on
   * (/promote refuses admins, /demote wants one): empty, after replying why, only when nobody is named or a channel is
   * named to a command for users.
   */
  public Optional<Picked> find(CommandContext ctx) {
    return found(ctx).flatMap(f -> {
      TrustedHtml name = displayName(ctx, f.target(), true);
      if (f.target() instanceof Target.Channel) {
        return refuse(ctx, ctx.text(CHANNEL_REFUSED, "channel", name));
      }
      return Optional.of(new Picked(f.target(), f.reason(), name));
    });
  }

  private Optional<TargetOutcome.Found> found(CommandContext ctx) {
    TargetOutcome outcome = extractor.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    if (outcome instanceof TargetOutcome.Found found) {
      return Optional.of(found);
    }
    String problem;
    if (outcome instanceof TargetOutcome.NotFound nf) {
      problem = nf.message(ctx.messages());
    } else if (outcome instanceof TargetOutcome.Invalid inv) {
      problem = inv.message(ctx.messages());
    } else {
      problem = ((TargetOutcome.None) outcome).message(ctx.messages());
    }
    ctx.replyHtml(problem, Keyboard.NONE);
    return Optional.empty();
  }

  /**
   * The sender of the replied-to message, with the whole argument text as the reason: for the commands that delete that
   * message, which must act on its sender and nobody else. Empty, after replying why, without a reply.
   */
  public Optional<Picked> pickReplied(CommandContext ctx, Channels channels) {
    Optional<Target> target = ctx.message().replyTo().flatMap(r -> r.sender().sender());
    if (target.isEmpty()) {
      return refuse(ctx, ctx.text(REPLY_NEEDED));
    }
    return accept(ctx, target.get(), Words.strip(ctx.command().argumentText()), displayName(ctx, target.get(), false),
        channels);
  }

  /** A mention of {@code user} by the name last seen, for places without a message to take it from. */
  public TrustedHtml mention(UserId user) {
    return Mention.user(user, names.nameOf(user));
  }

  private Optional<Picked> accept(CommandContext ctx, Target target, String reason, TrustedHtml name,
      Channels channels) {
    if (target instanceof Target.Channel && channels == Channels.REFUSED) {
      return refuse(ctx, ctx.text(CHANNEL_REFUSED, "channel", name));
    }
    Protection protection = protection(ctx.chat(), target);
    return switch (protection) {
      case NONE -> Optional.of(new Picked(target, reason, name));
      case THE_BOT -> refuse(ctx, ctx.text(TARGET_IS_BOT));
      case ANONYMOUS_ADMIN -> refuse(ctx, ctx.text(TARGET_IS_ANONYMOUS));
      case ADMIN -> refuse(ctx, ctx.text(TARGET_IS_ADMIN, "user", name));
      case THIS_CHAT -> refuse(ctx, ctx.text(TARGET_IS_CHAT));
    };
  }

  /**
   * How replies show {@code target}: as the arguments named it (a mention's text, an {@code @username}) when
   * {@code fromArguments}, else as the replied-to message showed its sender, else by a known name or the id.
   */
  private TrustedHtml displayName(CommandContext ctx, Target target, boolean fromArguments) {
    Command command = ctx.command();
    String firstWord = Words.splitFirst(command.argumentText()).first();
    Optional<String> typedUsername = fromArguments && firstWord.startsWith("@") ? Optional.of(firstWord)
        : Optional.empty();
    if (target instanceof Target.Channel c) {
      return Mention.channel(c.id(), typedUsername.orElse(c.id().toString()));
    }
    UserId user = ((Target.User) target).id();
    Optional<MessageEntity> mention = command.entityAt(0, EntityType.TEXT_MENTION)
        .filter(e -> fromArguments && e.mentionedUser().filter(user::equals).isPresent());
    if (mention.isPresent()) {
      return Mention.user(user, mention.get().textIn(command.argumentText()));
    }
    if (typedUsername.isPresent()) {
      return Mention.user(user, typedUsername.get());
    }
    Optional<String> replied = ctx.message().replyTo().flatMap(Reply::fromUser)
        .filter(u -> u.id().equals(user)).map(SeenUser::fullName);
    return replied.map(n -> Mention.user(user, n)).orElseGet(() -> Mention.user(user, names.nameOf(user)));
  }

  private static Optional<Picked> refuse(CommandContext ctx, String html) {
    ctx.replyHtml(html, Keyboard.NONE);
    return Optional.empty();
  }
}
