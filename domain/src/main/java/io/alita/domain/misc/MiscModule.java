package io.alita.domain.misc;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.command.Words;
import io.alita.domain.content.ContentType;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.dispatch.TeamRoster;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.ForwardOrigin;
import io.alita.domain.update.Media;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /id}, {@code /info [user]}, {@code /ping}, {@code /tr}, {@code /stat} and {@code /removebotkeyboard}, for
 * anyone, and {@code /tell} for admins.
 *
 * <p>{@code /id} and {@code /info} are about the user (or channel) the command names, as moderation commands pick
 * theirs ({@link TargetExtractor}: a mention, a username, an id, or the replied-to sender), and about the sender when it
 * names nobody. Names come from the message when it shows them, otherwise from the users the bot has seen.
 *
 * <p>{@code /ping} can only measure what reaches the domain: how long after Telegram dated the message it was handled
 * here (delivery, queueing and dispatch). The original also timed a {@code getMe} call and the reply's own send; those
 * round trips happen in the Telegram adapter, after the reply is decided, and are not visible from here.
 *
 * <p>{@code /tr} asks a {@link TranslationPort} while the command is decided: the port bounds the call (a few seconds,
 * a few calls at once) and the command writes nothing, so no transaction is held meanwhile (decision 0034).
 */
public final class MiscModule implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Misc";

  static final MessageKey ID_CHAT = MessageKey.of("misc.id_chat");
  static final MessageKey ID_YOURS = MessageKey.of("misc.id_yours");
  static final MessageKey ID_USER = MessageKey.of("misc.id_user");
  static final MessageKey ID_USER_UNNAMED = MessageKey.of("misc.id_user_unnamed");
  static final MessageKey ID_CHANNEL = MessageKey.of("misc.id_channel");
  static final MessageKey INFO_HEADING = MessageKey.of("misc.info_heading");
  static final MessageKey INFO_ID = MessageKey.of("misc.info_id");
  static final MessageKey INFO_NAME = MessageKey.of("misc.info_name");
  static final MessageKey INFO_USERNAME = MessageKey.of("misc.info_username");
  static final MessageKey INFO_LINK = MessageKey.of("misc.info_link");
  static final MessageKey INFO_UNSEEN = MessageKey.of("misc.info_unseen");
  static final MessageKey INFO_OWNER = MessageKey.of("misc.info_owner");
  static final MessageKey INFO_DEV = MessageKey.of("misc.info_dev");
  static final MessageKey INFO_SUDO = MessageKey.of("misc.info_sudo");
  static final MessageKey INFO_CHANNEL = MessageKey.of("misc.info_channel");
  static final MessageKey PONG = MessageKey.of("misc.pong");
  static final MessageKey ID_TOPIC = MessageKey.of("misc.id_topic");
  static final MessageKey ID_FORWARD_USER = MessageKey.of("misc.id_forward_user");
  static final MessageKey ID_FORWARD_HIDDEN = MessageKey.of("misc.id_forward_hidden");
  static final MessageKey ID_FORWARD_CHANNEL = MessageKey.of("misc.id_forward_channel");
  static final MessageKey ID_FORWARD_CHAT = MessageKey.of("misc.id_forward_chat");
  static final MessageKey ID_STICKER = MessageKey.of("misc.id_sticker");
  static final MessageKey ID_GIF = MessageKey.of("misc.id_gif");
  static final MessageKey STAT = MessageKey.of("misc.stat");
  static final MessageKey TELL_USAGE = MessageKey.of("misc.tell_usage");
  static final MessageKey REMOVING_KEYBOARD = MessageKey.of("misc.removing_keyboard");
  static final MessageKey TR_USAGE = MessageKey.of("misc.tr_usage");
  static final MessageKey TR_NOT_CONFIGURED = MessageKey.of("misc.tr_not_configured");
  static final MessageKey TR_RESULT = MessageKey.of("misc.tr_result");
  static final MessageKey TR_RESULT_UNKNOWN_SOURCE = MessageKey.of("misc.tr_result_unknown_source");
  static final MessageKey TR_REJECTED = MessageKey.of("misc.tr_rejected");
  static final MessageKey TR_TIMEOUT = MessageKey.of("misc.tr_timeout");
  static final MessageKey TR_DOWN = MessageKey.of("misc.tr_down");
  static final MessageKey TR_BAD_ANSWER = MessageKey.of("misc.tr_bad_answer");
  static final MessageKey TR_BUSY = MessageKey.of("misc.tr_busy");
  static final MessageKey TR_TOO_LONG = MessageKey.of("misc.tr_too_long");

  /** How long the "removing the keyboard" message stays, as the original's. */
  static final Duration KEYBOARD_NOTICE_LIFETIME = Duration.ofSeconds(1);
  /** The longest text {@code /tr} sends off: a Telegram message at most, so one message can hold the answer. */
  static final int TR_MAX_TEXT = 4096;
  /** The longest translation shown; the rest is cut, so the reply stays within one message. */
  static final int TR_MAX_SHOWN = 3500;
  /** A language code: {@code en}, {@code pt-BR}, {@code zh-Hans}. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?");
  /** What {@code /tr} translates into when it names no language (as a reply), as the original. */
  static final String DEFAULT_TARGET = "en";

  private final TargetExtractor targets;
  private final UserProfiles profiles;
  private final TeamRoster team;
  private final Clock clock;
  private final TranslationPort translator;

  /** Without a translation service: {@code /tr} says it is not configured. */
  public MiscModule(TargetExtractor targets, UserProfiles profiles, TeamRoster team, Clock clock) {
    this(targets, profiles, team, clock, TranslationPort.NOT_CONFIGURED);
  }

  public MiscModule(TargetExtractor targets, UserProfiles profiles, TeamRoster team, Clock clock,
      TranslationPort translator) {
    this.translator = Objects.requireNonNull(translator, "translator");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.team = Objects.requireNonNull(team, "team");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("id", Gate.ANYONE, this::id));
    registry.command(CommandSpec.of("info", Gate.ANYONE, this::info));
    registry.command(CommandSpec.of("ping", Gate.ANYONE, this::ping));
    registry.command(CommandSpec.of("stat", Gate.GROUP, this::stat));
    registry.command(CommandSpec.of("tell", Gate.GROUP_ADMIN, this::tell).forAnonymousAdmins());
    registry.command(CommandSpec.of("removebotkeyboard", Gate.ANYONE, this::removeBotKeyboard));
    registry.command(CommandSpec.of("tr", Gate.ANYONE, this::translate));
  }

  private void id(CommandContext ctx) {
    Optional<Target> target = target(ctx);
    if (target.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    if (target.get() instanceof Target.Channel channel) {
      lines.add(ctx.text(ID_CHANNEL, "id", channel.id().value()));
    } else {
      UserId user = ((Target.User) target.get()).id();
      if (user.equals(ctx.actor().id())) {
        lines.add(ctx.text(ID_YOURS, "id", user.value()));
      } else {
        lines.add(profile(ctx, user)
            .map(p -> ctx.text(ID_USER, "name", p.name(), "id", user.value()))
            .orElseGet(() -> ctx.text(ID_USER_UNNAMED, "id", user.value())));
      }
    }
    if (ctx.message().isGroup()) {
      lines.add(ctx.text(ID_CHAT, "id", ctx.chat().value()));
    }
    ctx.message().threadId().ifPresent(topic -> lines.add(ctx.text(ID_TOPIC, "id", topic)));
    ctx.message().replyTo().ifPresent(reply -> {
      reply.forwardOrigin().ifPresent(origin -> lines.add(forwardLine(ctx, origin)));
      reply.media().flatMap(MiscModule::fileIdKey)
          .ifPresent(key -> lines.add(ctx.text(key, "id", reply.media().get().fileId())));
    });
    ctx.replyHtml(String.join("\n", lines), Keyboard.NONE);
  }

  private static String forwardLine(CommandContext ctx, ForwardOrigin origin) {
    if (origin instanceof ForwardOrigin.User user) {
      return ctx.text(ID_FORWARD_USER, "name", UserProfile.of(user.user()).name(), "id", user.user().id().value());
    }
    if (origin instanceof ForwardOrigin.HiddenUser hidden) {
      return ctx.text(ID_FORWARD_HIDDEN, "name", hidden.name());
    }
    ForwardOrigin.Chat chat = (ForwardOrigin.Chat) origin;
    String title = chat.chat().title() == null ? "" : chat.chat().title();
    return ctx.text(chat.channel() ? ID_FORWARD_CHANNEL : ID_FORWARD_CHAT, "title", title, "id",
        chat.chat().id().value());
  }

  /** Stickers and GIFs are what people ask the file id of (to blacklist or reuse); other files keep theirs to themselves. */
  private static Optional<MessageKey> fileIdKey(Media media) {
    if (media.type() == ContentType.STICKER) {
      return Optional.of(ID_STICKER);
    }
    if (media.type() == ContentType.ANIMATION) {
      return Optional.of(ID_GIF);
    }
    return Optional.empty();
  }

  /**
   * As the original: message ids count up per chat, so the command's own id, plus one, estimates how many messages
   * the chat has had. Deleted and service messages count; a group's messages from before it became a supergroup
   * do not.
   */
  private void stat(CommandContext ctx) {
    ctx.reply(STAT, "count", (long) ctx.message().id().value() + 1);
  }

  /** The admin's text, as the bot's reply to the message the command answers; the command itself is deleted. */
  private void tell(CommandContext ctx) {
    String text = Words.strip(ctx.command().argumentText());
    Optional<Reply> reply = ctx.message().replyTo();
    if (reply.isEmpty() || text.isEmpty()) {
      ctx.reply(TELL_USAGE);
      return;
    }
    ChatId chat = ctx.chat();
    ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(chat, reply.get().id(), Html.escape(text))));
    ctx.act(ChatAction.Delete.one(chat, ctx.message().id()));
  }

  /** Sends a message that takes the reply keyboard away, and deletes it a second later. */
  private void removeBotKeyboard(CommandContext ctx) {
    Effects effects = ctx.effects();
    ChatId chat = ctx.chat();
    effects.add(new ChatAction.RemoveReplyKeyboard(chat, ctx.message().id(), ctx.text(REMOVING_KEYBOARD)), sent -> {
      if (sent instanceof ActionResult.Sent s) {
        effects.schedule(clock.instant().plus(KEYBOARD_NOTICE_LIFETIME), DelayedAction.delete(chat, s.message()));
      }
    });
  }

  /**
   * {@code /tr <lang> <text>}, or {@code /tr [lang]} as a reply (English when no language is named): the text in that
   * language, with the language the service detected.
   */
  private void translate(CommandContext ctx) {
    if (!translator.configured()) {
      ctx.reply(TR_NOT_CONFIGURED);
      return;
    }
    Words.Split split = Words.splitFirst(ctx.command().argumentText());
    Optional<Reply> reply = ctx.message().replyTo();
    String target;
    String text;
    if (split.first().isEmpty()) {
      target = DEFAULT_TARGET;
      text = reply.map(Reply::text).orElse("");
    } else if (LANGUAGE.matcher(split.first()).matches()) {
      target = split.first();
      String rest = Words.strip(split.rest());
      text = rest.isEmpty() ? reply.map(Reply::text).orElse("") : rest;
    } else {
      ctx.reply(TR_USAGE);
      return;
    }
    if (Words.isBlank(text)) {
      ctx.reply(TR_USAGE);
      return;
    }
    if (text.length() > TR_MAX_TEXT) {
      ctx.reply(TR_TOO_LONG, "max", TR_MAX_TEXT);
      return;
    }
    TranslationPort.Result result = translator.translate(text, target);
    if (result instanceof TranslationPort.Translated done) {
      String shown = done.text().length() > TR_MAX_SHOWN ? done.text().substring(0, TR_MAX_SHOWN) + "…" : done.text();
      ctx.replyHtml(done.source()
          .map(source -> ctx.text(TR_RESULT, "source", source, "target", target, "text", shown))
          .orElseGet(() -> ctx.text(TR_RESULT_UNKNOWN_SOURCE, "target", target, "text", shown)), Keyboard.NONE);
    } else if (result instanceof TranslationPort.NotConfigured) {
      ctx.reply(TR_NOT_CONFIGURED);
    } else if (result instanceof TranslationPort.Rejected) {
      ctx.reply(TR_REJECTED, "target", target);
    } else {
      ctx.reply(switch (((TranslationPort.Unavailable) result).cause()) {
        case TIMEOUT -> TR_TIMEOUT;
        case DOWN -> TR_DOWN;
        case BAD_ANSWER -> TR_BAD_ANSWER;
        case BUSY -> TR_BUSY;
      });
    }
  }

  private void info(CommandContext ctx) {
    Optional<Target> target = target(ctx);
    if (target.isEmpty()) {
      return;
    }
    if (target.get() instanceof Target.Channel channel) {
      ctx.reply(INFO_CHANNEL, "id", channel.id().value());
      return;
    }
    UserId user = ((Target.User) target.get()).id();
    Optional<UserProfile> profile = profile(ctx, user);
    List<String> lines = new ArrayList<>();
    lines.add(ctx.text(INFO_HEADING));
    lines.add(ctx.text(INFO_ID, "id", user.value()));
    profile.ifPresent(p -> lines.add(ctx.text(INFO_NAME, "name", p.name())));
    profile.flatMap(UserProfile::username).ifPresent(u -> lines.add(ctx.text(INFO_USERNAME, "username", u)));
    String label = profile.map(UserProfile::name).filter(n -> !n.isBlank()).orElse(Long.toString(user.value()));
    lines.add(ctx.text(INFO_LINK, "id", user.value(), "label", label));
    if (profile.isEmpty()) {
      lines.add(ctx.text(INFO_UNSEEN));
    }
    teamMark(user).ifPresent(mark -> lines.add("\n" + ctx.text(mark)));
    ctx.replyHtml(String.join("\n", lines), Keyboard.NONE);
  }

  /** Telegram dates messages in whole seconds, so the figure is the handling delay to within a second. */
  private void ping(CommandContext ctx) {
    long millis = Math.max(0, Duration.between(ctx.message().date(), clock.instant()).toMillis());
    ctx.reply(PONG, "delay", millis);
  }

  /** Whom the command is about: the target it names, or the sender; empty (after saying why) when the name is bad. */
  private Optional<Target> target(CommandContext ctx) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    if (outcome instanceof TargetOutcome.Found found) {
      return Optional.of(found.target());
    }
    if (outcome instanceof TargetOutcome.NotFound notFound) {
      ctx.replyHtml(notFound.message(ctx.messages()), Keyboard.NONE);
      return Optional.empty();
    }
    if (outcome instanceof TargetOutcome.Invalid invalid) {
      ctx.replyHtml(invalid.message(ctx.messages()), Keyboard.NONE);
      return Optional.empty();
    }
    return Optional.of(new Target.User(ctx.actor().id()));
  }

  /** The user as this message shows them (the sender, the replied-to user), else as the bot last saw them. */
  private Optional<UserProfile> profile(CommandContext ctx, UserId user) {
    if (ctx.actor().id().equals(user)) {
      return Optional.of(UserProfile.of(ctx.actor()));
    }
    Optional<SeenUser> replied = ctx.message().replyTo().flatMap(Reply::fromUser).filter(u -> u.id().equals(user));
    return replied.map(UserProfile::of).or(() -> profiles.find(user));
  }

  private Optional<MessageKey> teamMark(UserId user) {
    if (team.has(user, TeamLevel.OWNER)) {
      return Optional.of(INFO_OWNER);
    }
    if (team.has(user, TeamLevel.DEV)) {
      return Optional.of(INFO_DEV);
    }
    if (team.has(user, TeamLevel.SUDO)) {
      return Optional.of(INFO_SUDO);
    }
    return Optional.empty();
  }
}
