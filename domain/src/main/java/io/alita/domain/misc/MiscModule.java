package io.alita.domain.misc;

import io.alita.domain.action.Keyboard;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.dispatch.TeamRoster;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /id}, {@code /info [user]} and {@code /ping}, for anyone.
 *
 * <p>{@code /id} and {@code /info} are about the user (or channel) the command names, as moderation commands pick
 * theirs ({@link TargetExtractor}: a mention, a username, an id, or the replied-to sender), and about the sender when it
 * names nobody. Names come from the message when it shows them, otherwise from the users the bot has seen.
 *
 * <p>{@code /ping} can only measure what reaches the domain: how long after Telegram dated the message it was handled
 * here (delivery, queueing and dispatch). The original also timed a {@code getMe} call and the reply's own send; those
 * round trips happen in the Telegram adapter, after the reply is decided, and are not visible from here.
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

  private final TargetExtractor targets;
  private final UserProfiles profiles;
  private final TeamRoster team;
  private final Clock clock;

  public MiscModule(TargetExtractor targets, UserProfiles profiles, TeamRoster team, Clock clock) {
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
    ctx.replyHtml(String.join("\n", lines), Keyboard.NONE);
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
