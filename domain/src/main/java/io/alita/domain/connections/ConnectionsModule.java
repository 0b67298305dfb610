package io.alita.domain.connections;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.command.AsciiInteger;
import io.alita.domain.command.Words;
import io.alita.domain.deeplink.DeepLink;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.ConnectedChats;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The Connections module: {@code /connect}, {@code /disconnect}, {@code /reconnect}, {@code /connection} (anyone) and
 * {@code /allowconnect} (admin), the {@code connect_<chat>} deep link, and, for the dispatcher, where a
 * connection-aware command sent in private acts ({@link #resolve}).
 *
 * <p><b>Who may connect</b> (the same for {@code /connect} in a group or in private, the deep link and
 * {@code /reconnect}): an admin of the group always; anyone else only while {@code /allowconnect} is on there and they
 * are a member now. Both are asked of Telegram at that moment ({@code getChatMember}), never taken from the link.
 *
 * <p><b>Every command over a connection re-checks it</b> the same way: a user no longer in the group, a group the bot
 * cannot reach any more, or a member once {@code /allowconnect} went off, loses the connection with a message. The
 * admin list the gates read is refreshed when Telegram's answer disagrees with it, so a demoted admin is refused at
 * once rather than after the cache's half hour.
 */
public final class ConnectionsModule implements BotModule, ConnectedChats {

  /** The module's name in the help menu. */
  public static final String NAME = "Connections";

  static final MessageKey HELP = MessageKey.of("help.module.connections");
  static final MessageKey GROUP_TAP = MessageKey.of("connections.group_tap");
  static final MessageKey GROUP_BUTTON = MessageKey.of("connections.group_button");
  static final MessageKey USAGE = MessageKey.of("connections.usage");
  static final MessageKey UNKNOWN_CHAT = MessageKey.of("connections.unknown_chat");
  static final MessageKey NOT_A_MEMBER = MessageKey.of("connections.not_a_member");
  static final MessageKey ADMINS_ONLY = MessageKey.of("connections.admins_only");
  static final MessageKey CONNECTED = MessageKey.of("connections.connected");
  static final MessageKey ADMIN_COMMANDS = MessageKey.of("connections.admin_commands");
  static final MessageKey MEMBER_COMMANDS = MessageKey.of("connections.member_commands");
  static final MessageKey NOT_CONNECTED = MessageKey.of("connections.not_connected");
  static final MessageKey CURRENT = MessageKey.of("connections.current");
  static final MessageKey DISCONNECTED = MessageKey.of("connections.disconnected");
  static final MessageKey RECONNECT_NONE = MessageKey.of("connections.reconnect_none");
  static final MessageKey IN_PRIVATE = MessageKey.of("connections.in_private");
  static final MessageKey DROPPED_ABSENT = MessageKey.of("connections.dropped_absent");
  static final MessageKey DROPPED_NOT_ADMIN = MessageKey.of("connections.dropped_not_admin");
  static final MessageKey ALLOW_IS_ON = MessageKey.of("connections.allow_is_on");
  static final MessageKey ALLOW_IS_OFF = MessageKey.of("connections.allow_is_off");
  static final MessageKey ALLOW_ON = MessageKey.of("connections.allow_on");
  static final MessageKey ALLOW_OFF = MessageKey.of("connections.allow_off");
  static final MessageKey ALLOW_USAGE = MessageKey.of("connections.allow_usage");

  /** How a user stands in a group, asked of Telegram now. */
  enum Standing {
    ADMIN,
    /** A member, and the group lets members connect. */
    MEMBER,
    /** A member, but the group lets only admins connect. */
    MEMBER_NOT_ALLOWED,
    /** Not in the group, or the bot cannot reach it. */
    ABSENT;

    boolean mayConnect() {
      return this == ADMIN || this == MEMBER;
    }
  }

  private final ConnectionsStore store;
  private final ChatQueries telegram;
  private final AdminCache admins;
  private final String botUsername;
  /** Supergroup (and channel) ids are -100 followed by the id: below -10^12. */
  private static final long SUPERGROUP_IDS_BELOW = -1_000_000_000_000L;

  private volatile List<CommandSpec> remote = List.of();

  public ConnectionsModule(ConnectionsStore store, ChatQueries telegram, AdminCache admins, BotIdentity bot) {
    this.store = Objects.requireNonNull(store, "store");
    this.telegram = Objects.requireNonNull(telegram, "telegram");
    this.admins = Objects.requireNonNull(admins, "admins");
    String username = Objects.requireNonNull(bot, "bot").username();
    this.botUsername = username.startsWith("@") ? username.substring(1) : username;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("connect", Gate.ANYONE, this::connect));
    registry.command(CommandSpec.of("disconnect", Gate.ANYONE, this::disconnect));
    registry.command(CommandSpec.of("reconnect", Gate.ANYONE, this::reconnect));
    registry.command(CommandSpec.of("connection", Gate.ANYONE, this::connection));
    registry.command(CommandSpec.of("allowconnect", Gate.GROUP_ADMIN, this::allowConnect));
    registry.connectedChats(this);
  }

  @Override
  public void connectable(List<CommandSpec> commands) {
    remote = List.copyOf(commands);
  }

  // ------------------------------------------------------------------------------------------------ the dispatcher's

  @Override
  public Target resolve(Request request) {
    UserId user = request.user().id();
    Optional<Connection> connection = store.find(user).filter(Connection::connected);
    if (connection.isEmpty()) {
      return new Target.Refused(Target.CONNECT_FIRST, List.of("command", request.command()));
    }
    SeenChat group = connection.get().group();
    Standing standing = group.kind().hasMembers() ? standing(group.id(), user) : Standing.ABSENT;
    if (standing.mayConnect()) {
      return new Target.Group(group);
    }
    request.work().write(() -> store.disconnect(user));
    return new Target.Refused(standing == Standing.ABSENT ? DROPPED_ABSENT : DROPPED_NOT_ADMIN,
        List.of("chat", title(group)));
  }

  /**
   * How {@code user} stands in {@code group} now. Telegram's answer also corrects the cached admin list when they
   * disagree, so the gate checked next sees what Telegram just said.
   */
  Standing standing(ChatId group, UserId user) {
    Optional<ChatMember> member = telegram.member(group, user);
    refreshAdmins(group, user, member);
    if (member.isEmpty() || !member.get().isPresent()) {
      return Standing.ABSENT;
    }
    if (member.get().isAdmin()) {
      return Standing.ADMIN;
    }
    return store.allowsMembers(group) ? Standing.MEMBER : Standing.MEMBER_NOT_ALLOWED;
  }

  private void refreshAdmins(ChatId group, UserId user, Optional<ChatMember> now) {
    if (!admins.isCached(group)) {
      return; // the next admin check loads the list fresh anyway
    }
    Optional<ChatMember> cached = admins.admin(group, user);
    Optional<ChatMember> admin = now.filter(ChatMember::isAdmin);
    boolean same = cached.isPresent() == admin.isPresent() && (cached.isEmpty()
        || (cached.get().status() == admin.get().status() && cached.get().rights().equals(admin.get().rights())));
    if (!same) {
      admins.invalidate(group);
    }
  }

  // ------------------------------------------------------------------------------------------------ commands

  private void connect(CommandContext ctx) {
    if (!ctx.message().isPrivate()) {
      connectFromGroup(ctx);
      return;
    }
    String wanted = Words.splitFirst(ctx.command().argumentText()).first();
    if (wanted.isEmpty()) {
      ctx.reply(USAGE);
      return;
    }
    Optional<SeenChat> group = findGroup(wanted);
    if (group.isEmpty()) {
      ctx.reply(UNKNOWN_CHAT, "chat", wanted);
      return;
    }
    connectTo(ctx, group.get());
  }

  /** In the group: a button that opens the private chat on the deep link, for someone allowed to connect. */
  private void connectFromGroup(CommandContext ctx) {
    if (!ctx.message().isGroup()) {
      ctx.reply(USAGE);
      return;
    }
    SeenChat group = ctx.message().chat();
    Standing standing = standing(group.id(), ctx.actor().id());
    if (!standing.mayConnect()) {
      ctx.reply(refusal(standing), "chat", title(group));
      return;
    }
    String link = "https://t.me/" + botUsername + "?start=" + new DeepLink.Connect(group.id()).toStartArg().orElseThrow();
    ctx.replyHtml(ctx.text(GROUP_TAP, "chat", title(group)),
        Keyboard.row(new Button.Url(ctx.messages().plain(GROUP_BUTTON), link)));
  }

  /**
   * {@code /start connect_<chat>}: exactly {@code /connect <chat>} in private. The link only names the group; whether
   * the user may connect is decided here, as for the command.
   */
  public void connectFromLink(CommandContext ctx, ChatId chat) {
    connectTo(ctx, byId(chat));
  }

  private void connectTo(CommandContext ctx, SeenChat group) {
    SeenUser user = ctx.actor();
    Standing standing = standing(group.id(), user.id());
    if (!standing.mayConnect()) {
      ctx.reply(refusal(standing), "chat", title(group));
      return;
    }
    ctx.write(() -> store.connect(user, group));
    ctx.replyHtml(connectedText(ctx, CONNECTED, group, standing), Keyboard.NONE);
  }

  private void disconnect(CommandContext ctx) {
    if (!ctx.message().isPrivate()) {
      ctx.reply(IN_PRIVATE, "command", "disconnect");
      return;
    }
    Optional<Connection> connection = store.find(ctx.actor().id()).filter(Connection::connected);
    if (connection.isEmpty()) {
      ctx.reply(NOT_CONNECTED);
      return;
    }
    ctx.write(() -> store.disconnect(ctx.actor().id()));
    ctx.reply(DISCONNECTED, "chat", title(connection.get().group()));
  }

  /** Back to the last group, under the same authorization as {@code /connect}: a connection is never restored blindly. */
  private void reconnect(CommandContext ctx) {
    if (!ctx.message().isPrivate()) {
      ctx.reply(IN_PRIVATE, "command", "reconnect");
      return;
    }
    Optional<Connection> last = store.find(ctx.actor().id());
    if (last.isEmpty()) {
      ctx.reply(RECONNECT_NONE);
      return;
    }
    connectTo(ctx, last.get().group());
  }

  private void connection(CommandContext ctx) {
    if (!ctx.message().isPrivate()) {
      ctx.reply(IN_PRIVATE, "command", "connection");
      return;
    }
    Optional<Connection> connection = store.find(ctx.actor().id()).filter(Connection::connected);
    if (connection.isEmpty()) {
      ctx.reply(NOT_CONNECTED);
      return;
    }
    SeenChat group = connection.get().group();
    Standing standing = standing(group.id(), ctx.actor().id());
    if (!standing.mayConnect()) {
      ctx.write(() -> store.disconnect(ctx.actor().id()));
      ctx.reply(standing == Standing.ABSENT ? DROPPED_ABSENT : DROPPED_NOT_ADMIN, "chat", title(group));
      return;
    }
    ctx.replyHtml(connectedText(ctx, CURRENT, group, standing), Keyboard.NONE);
  }

  private void allowConnect(CommandContext ctx) {
    String argument = Words.splitFirst(ctx.command().argumentText()).first();
    if (argument.isEmpty()) {
      ctx.reply(store.allowsMembers(ctx.chat()) ? ALLOW_IS_ON : ALLOW_IS_OFF);
      return;
    }
    Optional<Boolean> wanted = onOff(argument);
    if (wanted.isEmpty()) {
      ctx.reply(ALLOW_USAGE, "input", argument);
      return;
    }
    boolean on = wanted.get();
    ctx.write(() -> store.setAllowsMembers(ctx.targetChat(), on));
    ctx.reply(on ? ALLOW_ON : ALLOW_OFF);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** A group by id ({@code -100…}) or by {@code @username}, as the bot recorded it. */
  private Optional<SeenChat> findGroup(String wanted) {
    Optional<SeenChat> found;
    if (wanted.startsWith("@")) {
      found = wanted.length() > 1 ? store.groupNamed(wanted.substring(1)) : Optional.empty();
    } else {
      OptionalLong id = AsciiInteger.parseSigned(wanted);
      found = id.isPresent() && id.getAsLong() < 0 ? Optional.of(byId(ChatId.of(id.getAsLong()))) : Optional.empty();
    }
    return found.filter(g -> g.kind().hasMembers());
  }

  /**
   * The group with that id as the bot recorded it; one not recorded yet (passive tracking writes in batches) by its id
   * alone, its title filled in later by tracking. Whether it exists at all is Telegram's answer in {@link #standing}.
   */
  private SeenChat byId(ChatId chat) {
    return store.group(chat).orElseGet(() -> new SeenChat(chat,
        chat.value() < SUPERGROUP_IDS_BELOW ? ChatKind.SUPERGROUP : ChatKind.GROUP, null, null));
  }

  private String connectedText(CommandContext ctx, MessageKey head, SeenChat group, Standing standing) {
    StringBuilder html = new StringBuilder(ctx.text(head, "chat", title(group)));
    TreeSet<String> forAdmins = new TreeSet<>();
    TreeSet<String> forMembers = new TreeSet<>();
    for (CommandSpec spec : remote) {
      (spec.gate().needsAdmin() ? forAdmins : forMembers).add("/" + spec.name());
    }
    if (standing == Standing.ADMIN && !forAdmins.isEmpty()) {
      html.append("\n\n").append(ctx.text(ADMIN_COMMANDS, "commands", String.join(" ", forAdmins)));
    }
    if (!forMembers.isEmpty()) {
      html.append("\n\n").append(ctx.text(MEMBER_COMMANDS, "commands", String.join(" ", forMembers)));
    }
    return html.toString();
  }

  private static MessageKey refusal(Standing standing) {
    return standing == Standing.ABSENT ? NOT_A_MEMBER : ADMINS_ONLY;
  }

  private static String title(SeenChat group) {
    return group.title() != null ? group.title() : String.valueOf(group.id().value());
  }

  /** The original's words for a switch: on, yes, true / off, no, false, in any case. */
  private static Optional<Boolean> onOff(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
