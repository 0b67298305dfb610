package io.alita.domain.admin;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.format.Mention;
import io.alita.domain.bans.TargetPicker;
import io.alita.domain.bans.UserNames;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.Right;
import io.alita.domain.target.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admin: /adminlist, /promote, /demote, /title, /invitelink, /admincache (also /clearadmincache: this bot keeps no
 * separate cache to clear, so both reload the list) and /anonadmin.
 *
 * <p>Only /anonadmin writes to the database, inside the update's transaction so that a repeated delivery changes and
 * says nothing; everything else is actions for the Telegram adapter. Promotions do not touch the admin cache: Telegram
 * reports the change as a {@code chat_member} update, on which the dispatcher drops the chat's list.
 */
public final class AdminModule implements BotModule {

  static final MessageKey ADMINLIST_HEADER = MessageKey.of("admin.adminlist_header");
  static final MessageKey ADMINLIST_ENTRY = MessageKey.of("admin.adminlist_entry");
  static final MessageKey ADMINLIST_OWNER = MessageKey.of("admin.adminlist_owner");
  static final MessageKey ADMINLIST_NONE = MessageKey.of("admin.adminlist_none");
  static final MessageKey ADMINLIST_CACHED = MessageKey.of("admin.adminlist_cached");
  static final MessageKey PROMOTED = MessageKey.of("admin.promoted");
  static final MessageKey PROMOTED_TITLED = MessageKey.of("admin.promoted_titled");
  static final MessageKey TITLE_TRUNCATED = MessageKey.of("admin.title_truncated");
  static final MessageKey PROMOTE_SELF = MessageKey.of("admin.promote_self");
  static final MessageKey PROMOTE_OWNER = MessageKey.of("admin.promote_owner");
  static final MessageKey PROMOTE_ADMIN = MessageKey.of("admin.promote_admin");
  static final MessageKey PROMOTE_NOTHING = MessageKey.of("admin.promote_nothing");
  static final MessageKey TARGET_ANONYMOUS = MessageKey.of("admin.target_anonymous");
  static final MessageKey DEMOTED = MessageKey.of("admin.demoted");
  static final MessageKey DEMOTE_SELF = MessageKey.of("admin.demote_self");
  static final MessageKey DEMOTE_OWNER = MessageKey.of("admin.demote_owner");
  static final MessageKey NOT_ADMIN = MessageKey.of("admin.not_admin");
  static final MessageKey TITLE_SET = MessageKey.of("admin.title_set");
  static final MessageKey TITLE_USAGE = MessageKey.of("admin.title_usage");
  static final MessageKey TITLE_TOO_LONG = MessageKey.of("admin.title_too_long");
  static final MessageKey TITLE_SELF = MessageKey.of("admin.title_self");
  static final MessageKey TITLE_OWNER = MessageKey.of("admin.title_owner");
  static final MessageKey INVITELINK = MessageKey.of("admin.invitelink");
  static final MessageKey INVITELINK_PUBLIC = MessageKey.of("admin.invitelink_public");
  static final MessageKey INVITELINK_UNAVAILABLE = MessageKey.of("admin.invitelink_unavailable");
  static final MessageKey ADMINCACHE_RELOADED = MessageKey.of("admin.admincache_reloaded");
  static final MessageKey ANONADMIN_ON = MessageKey.of("admin.anonadmin_on");
  static final MessageKey ANONADMIN_OFF = MessageKey.of("admin.anonadmin_off");
  static final MessageKey ANONADMIN_TURNED_ON = MessageKey.of("admin.anonadmin_turned_on");
  static final MessageKey ANONADMIN_TURNED_OFF = MessageKey.of("admin.anonadmin_turned_off");
  static final MessageKey ANONADMIN_USAGE = MessageKey.of("admin.anonadmin_usage");

  /** /promote, /demote, /title: an admin who may add admins, and a bot that may too. */
  static final Gate PROMOTE_GATE = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin())
      .userCan(Right.PROMOTE_MEMBERS).botCan(Right.PROMOTE_MEMBERS);
  static final Gate INVITE_GATE = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin())
      .userCan(Right.INVITE_USERS).botCan(Right.INVITE_USERS);

  private final AdminCache admins;
  private final ChatQueries queries;
  private final BotIdentity bot;
  private final TargetPicker picker;
  private final UserNames names;
  private final AdminSettingsStore settings;

  /**
   * @param admins the chats' admin lists, read by every command here and reloaded by /admincache
   * @param queries invite links
   * @param directory finds the holders of {@code @usernames}
   * @param names the names the admin list shows
   * @param settings the /anonadmin switch
   */
  public AdminModule(AdminCache admins, ChatQueries queries, BotIdentity bot, UserDirectory directory, UserNames names,
      AdminSettingsStore settings) {
    this.admins = admins;
    this.queries = queries;
    this.bot = bot;
    this.picker = new TargetPicker(directory, admins, bot, names);
    this.names = names;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "Admin";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("adminlist", Gate.GROUP, this::adminList));
    registry.command(CommandSpec.of("promote", PROMOTE_GATE, this::promote).forAnonymousAdmins());
    registry.command(CommandSpec.of("demote", PROMOTE_GATE, this::demote).forAnonymousAdmins());
    registry.command(CommandSpec.of("title", PROMOTE_GATE, this::title).forAnonymousAdmins());
    registry.command(CommandSpec.of("invitelink", INVITE_GATE, this::inviteLink));
    registry.command(CommandSpec.of("admincache", Gate.GROUP_ADMIN, this::reloadAdminCache).alsoNamed("clearadmincache"));
    registry.command(CommandSpec.of("anonadmin", Gate.GROUP_ADMIN, this::anonAdmin));
  }

  private void adminList(CommandContext ctx) {
    // Read before anything loads the list; the bot's own admin check (the original's gate) is made here for that reason.
    boolean cached = admins.isCached(ctx.chat());
    if (admins.admin(ctx.chat(), bot.id()).isEmpty()) {
      ctx.reply(PermissionCheck.BOT_NOT_ADMIN);
      return;
    }
    List<String> lines = new ArrayList<>();
    for (ChatMember m : admins.admins(ctx.chat()).values()) {
      if (m.isBot() || m.rights().anonymous()) {
        continue;
      }
      lines.add(ctx.text(m.isCreator() ? ADMINLIST_OWNER : ADMINLIST_ENTRY, "user", Mention.user(m.user(), names.nameOf(m.user()))));
    }
    if (lines.isEmpty()) {
      ctx.reply(ADMINLIST_NONE);
      return;
    }
    String chat = Optional.ofNullable(ctx.message().chat().title()).orElse(ctx.chat().toString());
    StringBuilder html = new StringBuilder(ctx.text(ADMINLIST_HEADER, "chat", chat));
    lines.forEach(line -> html.append('\n').append(line));
    if (cached) {
      html.append("\n\n").append(ctx.text(ADMINLIST_CACHED));
    }
    ctx.replyHtml(html.toString(), Keyboard.NONE);
  }

  private void promote(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.find(ctx);
    if (picked.isEmpty()) {
      return;
    }
    UserId user = picked.get().user().orElseThrow();
    Optional<ChatMember> current = admins.admin(ctx.chat(), user);
    if (user.equals(bot.id())) {
      ctx.reply(PROMOTE_SELF);
    } else if (user.isAnonymousAdminProxy()) {
      ctx.reply(TARGET_ANONYMOUS);
    } else if (current.map(ChatMember::isCreator).orElse(false)) {
      ctx.reply(PROMOTE_OWNER, "user", picked.get().name());
    } else if (current.isPresent()) {
      ctx.reply(PROMOTE_ADMIN, "user", picked.get().name());
    } else {
      AdminRights rights = Promotion.grantable(promoterRights(ctx), rightsOf(ctx.chat(), bot.id()));
      if (rights.rights().isEmpty()) {
        ctx.reply(PROMOTE_NOTHING);
        return;
      }
      ctx.act(new ChatAction.Promote(ctx.chat(), user, rights));
      String titleText = picked.get().reason();
      if (titleText.isBlank()) {
        ctx.confirm(PROMOTED, "user", picked.get().name());
        return;
      }
      AdminTitle title = AdminTitle.truncating(titleText);
      ctx.act(new ChatAction.SetAdminTitle(ctx.chat(), user, title.value()));
      String html = ctx.text(PROMOTED_TITLED, "user", picked.get().name(), "title", title.value());
      if (!AdminTitle.fits(titleText)) {
        html += "\n" + ctx.text(TITLE_TRUNCATED, "title", title.value());
      }
      ctx.confirmHtml(html, Keyboard.NONE);
    }
  }

  /** The promoter's rights; for an anonymous admin, the least any anonymous admin of the chat holds. */
  private AdminRights promoterRights(CommandContext ctx) {
    UserId actor = ctx.actor().id();
    if (actor.isAnonymousAdminProxy()) {
      return Promotion.ofAnonymousAdmins(admins.admins(ctx.chat()).values());
    }
    return rightsOf(ctx.chat(), actor);
  }

  private AdminRights rightsOf(ChatId chat, UserId user) {
    return admins.admin(chat, user).map(ChatMember::rights).orElse(AdminRights.NONE);
  }

  private void demote(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.find(ctx);
    if (picked.isEmpty()) {
      return;
    }
    UserId user = picked.get().user().orElseThrow();
    Optional<ChatMember> current = admins.admin(ctx.chat(), user);
    if (user.equals(bot.id())) {
      ctx.reply(DEMOTE_SELF);
    } else if (user.isAnonymousAdminProxy()) {
      ctx.reply(TARGET_ANONYMOUS);
    } else if (current.isEmpty()) {
      ctx.reply(NOT_ADMIN, "user", picked.get().name());
    } else if (current.get().isCreator()) {
      ctx.reply(DEMOTE_OWNER, "user", picked.get().name());
    } else {
      ctx.act(new ChatAction.Promote(ctx.chat(), user, AdminRights.NONE));
      ctx.confirm(DEMOTED, "user", picked.get().name());
    }
  }

  private void title(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.find(ctx);
    if (picked.isEmpty()) {
      return;
    }
    UserId user = picked.get().user().orElseThrow();
    String text = picked.get().reason();
    Optional<ChatMember> current = admins.admin(ctx.chat(), user);
    if (user.equals(bot.id())) {
      ctx.reply(TITLE_SELF);
    } else if (user.isAnonymousAdminProxy()) {
      ctx.reply(TARGET_ANONYMOUS);
    } else if (current.isEmpty()) {
      ctx.reply(NOT_ADMIN, "user", picked.get().name());
    } else if (current.get().isCreator()) {
      ctx.reply(TITLE_OWNER, "user", picked.get().name());
    } else if (text.isBlank()) {
      ctx.reply(TITLE_USAGE);
    } else if (!AdminTitle.fits(text)) {
      ctx.reply(TITLE_TOO_LONG, "length", text.codePointCount(0, text.length()));
    } else {
      ctx.act(new ChatAction.SetAdminTitle(ctx.chat(), user, new AdminTitle(text).value()));
      ctx.confirm(TITLE_SET, "user", picked.get().name(), "title", text);
    }
  }

  private void inviteLink(CommandContext ctx) {
    String username = ctx.message().chat().username();
    if (username != null) {
      ctx.reply(INVITELINK_PUBLIC, "username", username);
      return;
    }
    Optional<String> link = queries.inviteLink(ctx.chat());
    if (link.isEmpty()) {
      ctx.reply(INVITELINK_UNAVAILABLE);
      return;
    }
    ctx.reply(INVITELINK, "link", link.get());
  }

  private void reloadAdminCache(CommandContext ctx) {
    Map<UserId, ChatMember> list = admins.reload(ctx.chat());
    ctx.reply(ADMINCACHE_RELOADED, "count", list.size());
  }

  private void anonAdmin(CommandContext ctx) {
    String word = Words.splitFirst(ctx.command().argumentText()).first();
    if (word.isEmpty()) {
      ctx.reply(settings.anonymousAdminsTrusted(ctx.chat()) ? ANONADMIN_ON : ANONADMIN_OFF);
      return;
    }
    Optional<Boolean> trusted = AnonAdminSwitch.parse(word);
    if (trusted.isEmpty()) {
      ctx.reply(ANONADMIN_USAGE);
      return;
    }
    if (!admins.admin(ctx.chat(), ctx.actor().id()).map(ChatMember::isCreator).orElse(false)) {
      ctx.reply(PermissionCheck.USER_NOT_CREATOR);
      return;
    }
    ctx.write(() -> settings.setAnonymousAdminsTrusted(ctx.chat(), trusted.get()));
    ctx.reply(trusted.get() ? ANONADMIN_TURNED_ON : ANONADMIN_TURNED_OFF);
  }
}
