package io.alita.domain.devs;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.command.AsciiInteger;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The Devs module. {@code /adddev}, {@code /remdev}, {@code /addsudo} and {@code /remsudo} are for the owner;
 * {@code /stats}, {@code /chatinfo}, {@code /chatlist} and {@code /leavechat} for the owner and devs; {@code /teamusers}
 * for the whole team. Anyone else gets no answer at all (the dispatcher drops a failed team requirement silently).
 *
 * <p>Team changes are written in the command's event: the role is read and written in the event's
 * transaction, so a repeated delivery changes nothing and says nothing.
 *
 * <p>{@code /chatlist} sends its list as text messages of at most 4096 characters rather than the original's
 * {@code chatlist.txt} file: sending documents is not an action the bot has.
 */
public final class DevsModule implements BotModule {

  static final Gate OWNER = Gate.ANYONE.then(new Requirement.Team(TeamLevel.OWNER));
  static final Gate DEVS = Gate.ANYONE.then(new Requirement.Team(TeamLevel.DEV));
  static final Gate TEAM = Gate.ANYONE.then(new Requirement.Team(TeamLevel.SUDO));

  static final MessageKey ADDED_DEV = MessageKey.of("devs.added_dev");
  static final MessageKey ADDED_SUDO = MessageKey.of("devs.added_sudo");
  static final MessageKey REMOVED_DEV = MessageKey.of("devs.removed_dev");
  static final MessageKey REMOVED_SUDO = MessageKey.of("devs.removed_sudo");
  static final MessageKey IS_OWNER = MessageKey.of("devs.is_owner");
  static final MessageKey ALREADY_DEV = MessageKey.of("devs.already_dev");
  static final MessageKey ALREADY_SUDO = MessageKey.of("devs.already_sudo");
  static final MessageKey DEV_NOT_SUDO = MessageKey.of("devs.dev_not_sudo");
  static final MessageKey NOT_DEV = MessageKey.of("devs.not_dev");
  static final MessageKey NOT_SUDO = MessageKey.of("devs.not_sudo");
  static final MessageKey NOT_A_USER = MessageKey.of("devs.not_a_user");

  static final MessageKey TEAM_OWNER = MessageKey.of("devs.team_owner");
  static final MessageKey TEAM_DEVS = MessageKey.of("devs.team_devs");
  static final MessageKey TEAM_SUDO = MessageKey.of("devs.team_sudo");
  static final MessageKey TEAM_NOBODY = MessageKey.of("devs.team_nobody");

  static final MessageKey STATS = MessageKey.of("devs.stats");
  static final MessageKey STATS_ROW = MessageKey.of("devs.stats_row");
  static final MessageKey FEATURE_NOTES = MessageKey.of("devs.feature_notes");
  static final MessageKey FEATURE_FILTERS = MessageKey.of("devs.feature_filters");
  static final MessageKey FEATURE_BLACKLIST_WORDS = MessageKey.of("devs.feature_blacklist_words");
  static final MessageKey FEATURE_WARNED_USERS = MessageKey.of("devs.feature_warned_users");
  static final MessageKey FEATURE_RULES = MessageKey.of("devs.feature_rules");
  static final MessageKey FEATURE_GREETINGS = MessageKey.of("devs.feature_greetings");
  static final MessageKey FEATURE_LOCKS = MessageKey.of("devs.feature_locks");
  static final MessageKey FEATURE_APPROVED_USERS = MessageKey.of("devs.feature_approved_users");
  static final MessageKey FEATURE_DISABLED_COMMANDS = MessageKey.of("devs.feature_disabled_commands");
  static final MessageKey FEATURE_CONNECTIONS = MessageKey.of("devs.feature_connections");
  static final MessageKey FEATURE_CAPTCHA = MessageKey.of("devs.feature_captcha");
  static final MessageKey FEATURE_ANTIFLOOD = MessageKey.of("devs.feature_antiflood");
  static final MessageKey FEATURE_PINS = MessageKey.of("devs.feature_pins");

  static final MessageKey CHATINFO_USAGE = MessageKey.of("devs.chatinfo_usage");
  static final MessageKey CHAT_UNKNOWN = MessageKey.of("devs.chat_unknown");
  static final MessageKey CHATINFO = MessageKey.of("devs.chatinfo");
  static final MessageKey NONE = MessageKey.of("devs.none");
  static final MessageKey UNKNOWN = MessageKey.of("devs.unknown");
  static final MessageKey STATUS_ACTIVE = MessageKey.of("devs.status_active");
  static final MessageKey STATUS_INACTIVE = MessageKey.of("devs.status_inactive");

  static final MessageKey CHATLIST_HEADER = MessageKey.of("devs.chatlist_header");
  static final MessageKey CHATLIST_EMPTY = MessageKey.of("devs.chatlist_empty");

  static final MessageKey LEAVECHAT_USAGE = MessageKey.of("devs.leavechat_usage");
  static final MessageKey LEAVING = MessageKey.of("devs.leaving");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final BotTeam team;
  private final TeamStore store;
  private final TargetExtractor targets;
  private final BotStatsPort stats;
  private final KnownChatsPort chats;
  private final Clock clock;

  public DevsModule(BotTeam team, TeamStore store, TargetExtractor targets,
      BotStatsPort stats, KnownChatsPort chats, Clock clock) {
    this.team = Objects.requireNonNull(team, "team");
    this.store = Objects.requireNonNull(store, "store");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.stats = Objects.requireNonNull(stats, "stats");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return "Dev";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("adddev", OWNER, ctx -> change(ctx, TeamChange.Request.ADD_DEV)));
    registry.command(CommandSpec.of("addsudo", OWNER, ctx -> change(ctx, TeamChange.Request.ADD_SUDO)));
    registry.command(CommandSpec.of("remdev", OWNER, ctx -> change(ctx, TeamChange.Request.REMOVE_DEV)));
    registry.command(CommandSpec.of("remsudo", OWNER, ctx -> change(ctx, TeamChange.Request.REMOVE_SUDO)));
    registry.command(CommandSpec.of("teamusers", TEAM, this::teamUsers));
    registry.command(CommandSpec.of("stats", DEVS, this::stats));
    registry.command(CommandSpec.of("chatinfo", DEVS, this::chatInfo));
    registry.command(CommandSpec.of("chatlist", DEVS, this::chatList));
    registry.command(CommandSpec.of("leavechat", DEVS, this::leaveChat));
  }

  // ------------------------------------------------------------------------------------------------------ the team

  private void change(CommandContext ctx, TeamChange.Request request) {
    Optional<Reply> reply = ctx.message().replyTo();
    TargetOutcome outcome = targets.extract(ctx.command(), reply.map(Reply::sender));
    UserId user;
    if (outcome instanceof TargetOutcome.Found found && found.target() instanceof Target.User u) {
      user = u.id();
    } else if (outcome instanceof TargetOutcome.Found) {
      ctx.reply(NOT_A_USER);
      return;
    } else {
      ctx.replyHtml(problem(outcome, ctx.messages()), Keyboard.NONE);
      return;
    }
    TeamChange.Decision decided = ctx.write(() -> {
      TeamChange.Decision decision = TeamChange.decide(request, user.equals(team.owner()), store.role(user));
      if (decision instanceof TeamChange.Change c) {
        c.role().ifPresentOrElse(role -> store.appoint(user, role), () -> store.dismiss(user));
      }
      return decision;
    });
    Optional<String> name = reply.flatMap(Reply::fromUser).filter(seen -> seen.id().equals(user)).map(SeenUser::fullName);
    ctx.reply(answer(request, decided), "user", mention(user, name));
  }

  private static String problem(TargetOutcome outcome, Messages messages) {
    if (outcome instanceof TargetOutcome.NotFound n) {
      return n.message(messages);
    }
    if (outcome instanceof TargetOutcome.Invalid i) {
      return i.message(messages);
    }
    return ((TargetOutcome.None) outcome).message(messages);
  }

  private static MessageKey answer(TeamChange.Request request, TeamChange.Decision decision) {
    if (decision instanceof TeamChange.Refused r) {
      return switch (r.reason()) {
        case IS_OWNER -> IS_OWNER;
        case ALREADY_DEV -> ALREADY_DEV;
        case ALREADY_SUDO -> ALREADY_SUDO;
        case DEV_NOT_SUDO -> DEV_NOT_SUDO;
        case NOT_DEV -> NOT_DEV;
        case NOT_SUDO -> NOT_SUDO;
      };
    }
    return switch (request) {
      case ADD_DEV -> ADDED_DEV;
      case ADD_SUDO -> ADDED_SUDO;
      case REMOVE_DEV -> REMOVED_DEV;
      case REMOVE_SUDO -> REMOVED_SUDO;
    };
  }

  private void teamUsers(CommandContext ctx) {
    List<TeamMember> members = store.members();
    StringBuilder html = new StringBuilder(ctx.text(TEAM_OWNER, "user", mention(team.owner(), Optional.empty())));
    section(ctx, html, TEAM_DEVS, members, TeamRole.DEV);
    section(ctx, html, TEAM_SUDO, members, TeamRole.SUDO);
    ctx.replyHtml(html.toString(), Keyboard.NONE);
  }

  private static void section(CommandContext ctx, StringBuilder html, MessageKey title, List<TeamMember> members,
      TeamRole role) {
    html.append("\n\n").append(ctx.text(title));
    List<TeamMember> holding = members.stream().filter(m -> m.role() == role).toList();
    if (holding.isEmpty()) {
      html.append('\n').append(ctx.text(TEAM_NOBODY));
    }
    for (TeamMember m : holding) {
      html.append("\n• ").append(mention(m.user(), m.name()).html());
    }
  }

  /** A clickable mention: the name when known, otherwise the id. */
  static TrustedHtml mention(UserId user, Optional<String> name) {
    return io.alita.domain.format.Mention.user(user, name);
  }

  // ------------------------------------------------------------------------------------------------- bot and chats

  private void stats(CommandContext ctx) {
    BotStats s = stats.stats(clock.instant());
    StringBuilder html = new StringBuilder(ctx.text(STATS,
        "users", s.users(), "active", s.activeChats(), "inactive", s.inactiveChats(),
        "dau", s.activeUsers().day(), "wau", s.activeUsers().week(), "mau", s.activeUsers().month(),
        "dag", s.activeGroups().day(), "wag", s.activeGroups().week(), "mag", s.activeGroups().month()));
    for (StoredFeature feature : StoredFeature.values()) {
      html.append('\n').append(ctx.text(STATS_ROW, "feature", ctx.messages().plain(label(feature)),
          "count", s.rows(feature)));
    }
    ctx.replyHtml(html.toString(), Keyboard.NONE);
  }

  private static MessageKey label(StoredFeature feature) {
    return switch (feature) {
      case NOTES -> FEATURE_NOTES;
      case FILTERS -> FEATURE_FILTERS;
      case BLACKLIST_WORDS -> FEATURE_BLACKLIST_WORDS;
      case WARNED_USERS -> FEATURE_WARNED_USERS;
      case RULES -> FEATURE_RULES;
      case GREETINGS -> FEATURE_GREETINGS;
      case LOCKS -> FEATURE_LOCKS;
      case APPROVED_USERS -> FEATURE_APPROVED_USERS;
      case DISABLED_COMMANDS -> FEATURE_DISABLED_COMMANDS;
      case CONNECTIONS -> FEATURE_CONNECTIONS;
      case CAPTCHA -> FEATURE_CAPTCHA;
      case ANTIFLOOD -> FEATURE_ANTIFLOOD;
      case PINS -> FEATURE_PINS;
    };
  }

  private void chatInfo(CommandContext ctx) {
    Optional<ChatId> id = chatArgument(ctx);
    if (id.isEmpty()) {
      ctx.reply(CHATINFO_USAGE);
      return;
    }
    Optional<ChatSummary> found = chats.chat(id.get());
    if (found.isEmpty()) {
      ctx.reply(CHAT_UNKNOWN, "chat", id.get().value());
      return;
    }
    ChatSummary c = found.get();
    Messages m = ctx.messages();
    ctx.reply(CHATINFO,
        "name", c.title().orElse(m.plain(NONE)),
        "chat", c.id().value(),
        "type", c.kind().name().toLowerCase(Locale.ROOT),
        "members", c.memberCount().map(String::valueOf).orElse(m.plain(UNKNOWN)),
        "seen", c.membersSeen(),
        "link", c.username().map(u -> "https://t.me/" + u).orElse(m.plain(NONE)),
        "last", WHEN.format(c.lastActivity()),
        "status", m.plain(c.inactive() ? STATUS_INACTIVE : STATUS_ACTIVE));
  }

  private void chatList(CommandContext ctx) {
    List<KnownChat> known = chats.activeChats();
    if (known.isEmpty()) {
      ctx.reply(CHATLIST_EMPTY);
      return;
    }
    List<String> lines = new ArrayList<>(known.size());
    for (KnownChat c : known) {
      lines.add(c.title().map(t -> c.id().value() + ": " + t).orElse(String.valueOf(c.id().value())));
    }
    List<String> chunks = TextChunks.of(ctx.text(CHATLIST_HEADER, "count", known.size()), lines,
        Limits.MESSAGE_TEXT);
    ctx.replyHtml(chunks.get(0), Keyboard.NONE);
    for (String chunk : chunks.subList(1, chunks.size())) {
      ctx.sendHtml(chunk, Keyboard.NONE);
    }
  }

  private void leaveChat(CommandContext ctx) {
    Optional<ChatId> id = chatArgument(ctx).filter(ChatId::isGroupLike);
    if (id.isEmpty()) {
      ctx.reply(LEAVECHAT_USAGE);
      return;
    }
    // The answer goes first: when the chat to leave is this one, afterwards there is nobody to answer.
    ctx.reply(LEAVING, "chat", id.get().value());
    ctx.act(new ChatAction.LeaveChat(id.get()));
  }

  /** The first argument as a chat id; empty when missing or not a number other than zero. */
  private static Optional<ChatId> chatArgument(CommandContext ctx) {
    OptionalLong value = AsciiInteger.parseSigned(Words.splitFirst(ctx.command().argumentText()).first());
    return value.isPresent() && value.getAsLong() != 0 ? Optional.of(ChatId.of(value.getAsLong())) : Optional.empty();
  }
}
