package io.alita.domain.approvals;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.format.Mention;
import io.alita.domain.bans.UserNames;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.Words;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.format.Limits;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Approvals commands and buttons: /approve, /unapprove, /approval, /approved, /unapproveall and its Yes/No buttons.
 *
 * <p>Every change is written as part of the command's event and is confirmed only when
 * that call applied it (a redelivered update changes and sends nothing); after it commits, {@link Approvals#changed}
 * drops the chat's cached list so the exemption checks see the change at once.
 */
public final class ApprovalsModule implements BotModule {

  static final MessageKey APPROVED = MessageKey.of("approvals.approved");
  static final MessageKey APPROVED_WITH_REASON = MessageKey.of("approvals.approved_with_reason");
  static final MessageKey ALREADY_APPROVED = MessageKey.of("approvals.already_approved");
  static final MessageKey UNAPPROVED = MessageKey.of("approvals.unapproved");
  static final MessageKey NOT_APPROVED = MessageKey.of("approvals.not_approved");
  static final MessageKey STATUS_APPROVED = MessageKey.of("approvals.status_approved");
  static final MessageKey STATUS_REASON = MessageKey.of("approvals.status_reason");
  static final MessageKey IS_ADMIN = MessageKey.of("approvals.is_admin");
  static final MessageKey SELF = MessageKey.of("approvals.self");
  static final MessageKey CHANNEL = MessageKey.of("approvals.channel");
  static final MessageKey LIST_HEADER = MessageKey.of("approvals.list_header");
  static final MessageKey LIST_LINE = MessageKey.of("approvals.list_line");
  static final MessageKey LIST_LINE_REASON = MessageKey.of("approvals.list_line_reason");
  static final MessageKey LIST_EMPTY = MessageKey.of("approvals.list_empty");
  static final MessageKey CLEAR_CONFIRM = MessageKey.of("approvals.clear_confirm");
  static final MessageKey CLEAR_YES = MessageKey.of("approvals.clear_yes");
  static final MessageKey CLEAR_NO = MessageKey.of("approvals.clear_no");
  static final MessageKey CLEAR_DONE = MessageKey.of("approvals.clear_done");
  static final MessageKey CLEAR_CANCELLED = MessageKey.of("approvals.clear_cancelled");
  static final MessageKey BUTTON_INVALID = MessageKey.of("approvals.button_invalid");

  /** A reason longer than this is cut in the list, so one line never fills a message. */
  static final int LIST_REASON_MAX = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  /** A user named by a command, how replies show them, and the rest of the command text. */
  private record Named(UserId id, TrustedHtml mention, String rest) {}

  private final Approvals approvals;
  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());

  private final ApprovalListener listener;
  private final ApprovalStore store;
  private final AdminCache admins;
  private final PermissionCheck permissions;
  private final TargetExtractor targets;
  private final UserNames names;
  private final BotIdentity bot;
  private final Clock clock;
  private final ConfirmDialog unapproveAll;

  /**
   * @param approvals the cached exemption check the other modules are given too; this module writes through its store
   * @param users resolves {@code @username} targets
   * @param names the names users were last seen under, for the list and for users named by id
   * @param clock when an approval was given
   */
  public ApprovalsModule(Approvals approvals, AdminCache admins, UserDirectory users, UserNames names, BotIdentity bot,
      Clock clock, Confirmations confirmations) {
    this(approvals, admins, users, names, bot, clock, confirmations, ApprovalListener.NONE);
  }

  /** @param listener told of every new approval inside its transaction (the captcha releases a pending member) */
  public ApprovalsModule(Approvals approvals, AdminCache admins, UserDirectory users, UserNames names, BotIdentity bot,
      Clock clock, Confirmations confirmations, ApprovalListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.approvals = Objects.requireNonNull(approvals, "approvals");
    this.store = approvals.store();
    this.admins = Objects.requireNonNull(admins, "admins");
    this.targets = new TargetExtractor(users);
    this.names = Objects.requireNonNull(names, "names");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.clock = Objects.requireNonNull(clock, "clock");
    // Only the admin rule is used here; team levels never matter.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
    this.unapproveAll = confirmations.dialog(CallbackNamespace.RM_ALL_APPROVALS, CREATOR,
        new ConfirmDialog.Labels(CLEAR_YES, CLEAR_NO, CLEAR_CANCELLED), this::unapproveAllConfirmed);
  }

  @Override
  public String name() {
    return "Approvals";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("approve", Gate.GROUP_ADMIN, this::approve).connectable());
    registry.command(CommandSpec.of("unapprove", Gate.GROUP_ADMIN, this::unapprove).connectable());
    registry.command(CommandSpec.of("approval", Gate.GROUP_ADMIN, this::status).connectable());
    registry.command(CommandSpec.of("approved", Gate.GROUP_ADMIN, this::list).connectable());
    registry.command(CommandSpec.of("unapproveall", CREATOR, this::askUnapproveAll));
    // The approved lists serve every protection module; this module owns them, so it declares their cache.
    registry.settingsCache(approvals.cache());
  }

  // ------------------------------------------------------------------------------------------------ one member

  private void approve(CommandContext ctx) {
    named(ctx).ifPresent(n -> {
      ChatId chat = ctx.chat();
      if (n.id().equals(bot.id())) {
        ctx.reply(SELF);
        return;
      }
      if (permissions.isAdmin(chat, n.id())) {
        ctx.reply(IS_ADMIN, "user", n.mention());
        return;
      }
      String reason = Words.strip(n.rest());
      Approval approval = new Approval(n.id(), reason, ctx.actor().id(), clock.instant());
      boolean added = ctx.write(() -> store.approve(chat, approval));
      if (added) {
        listener.approved(chat, n.id(), ctx);
      }
      ctx.afterCommit(() -> approvals.changed(chat));
      if (!added) {
        ctx.reply(ALREADY_APPROVED, "user", n.mention());
      } else if (reason.isEmpty()) {
        ctx.reply(APPROVED, "user", n.mention());
      } else {
        ctx.reply(APPROVED_WITH_REASON, "user", n.mention(), "reason", reason);
      }
    });
  }

  private void unapprove(CommandContext ctx) {
    named(ctx).ifPresent(n -> {
      ChatId chat = ctx.chat();
      boolean removed = ctx.write(() -> store.unapprove(chat, n.id()));
      ctx.afterCommit(() -> approvals.changed(chat));
      ctx.reply(removed ? UNAPPROVED : NOT_APPROVED, "user", n.mention());
    });
  }

  /** /approval: whether a member is approved, by whom and why. */
  private void status(CommandContext ctx) {
    named(ctx).ifPresent(n -> {
      ChatId chat = ctx.chat();
      if (permissions.isAdmin(chat, n.id())) {
        ctx.reply(IS_ADMIN, "user", n.mention());
        return;
      }
      Optional<Approval> approval = store.approval(chat, n.id());
      if (approval.isEmpty()) {
        ctx.reply(NOT_APPROVED, "user", n.mention());
        return;
      }
      Approval a = approval.get();
      String html = ctx.text(STATUS_APPROVED, "user", n.mention(), "admin", Mention.user(a.approvedBy(), names.nameOf(a.approvedBy())),
          "date", DAY.format(a.approvedAt()));
      if (!a.reason().isEmpty()) {
        html += "\n" + ctx.text(STATUS_REASON, "reason", a.reason());
      }
      ctx.replyHtml(html, Keyboard.NONE);
    });
  }

  /** /approved: every approved member, in as many messages as it takes. */
  private void list(CommandContext ctx) {
    List<Approval> all = store.approvals(ctx.chat());
    if (all.isEmpty()) {
      ctx.reply(LIST_EMPTY);
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Approval a : all) {
      TrustedHtml user = Mention.user(a.user(), names.nameOf(a.user()));
      lines.add(a.reason().isEmpty()
          ? ctx.text(LIST_LINE, "user", user)
          : ctx.text(LIST_LINE_REASON, "user", user, "reason", shortened(a.reason())));
    }
    List<String> chunks = HtmlChunks.of(ctx.text(LIST_HEADER, "count", all.size()), lines, Limits.MESSAGE_TEXT);
    for (String chunk : chunks) {
      ctx.replyHtml(chunk, Keyboard.NONE);
    }
  }

  private static String shortened(String reason) {
    if (reason.length() <= LIST_REASON_MAX) {
      return reason;
    }
    int end = LIST_REASON_MAX - 1;
    if (Character.isHighSurrogate(reason.charAt(end - 1))) {
      end--; // never split an emoji in two
    }
    return reason.substring(0, end) + "…";
  }

  /** The user a command names; replies (and is empty) for a channel or when nobody can be made out. */
  private Optional<Named> named(CommandContext ctx) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    if (outcome instanceof TargetOutcome.Found found) {
      if (found.target() instanceof Target.User u) {
        return Optional.of(new Named(u.id(), Mention.user(u.id(), shownName(ctx, u.id())), found.reason()));
      }
      ctx.reply(CHANNEL);
    } else if (outcome instanceof TargetOutcome.NotFound notFound) {
      ctx.replyHtml(notFound.message(ctx.messages()), Keyboard.NONE);
    } else if (outcome instanceof TargetOutcome.Invalid invalid) {
      ctx.replyHtml(invalid.message(ctx.messages()), Keyboard.NONE);
    } else {
      ctx.replyHtml(((TargetOutcome.None) outcome).message(ctx.messages()), Keyboard.NONE);
    }
    return Optional.empty();
  }

  /** The replied-to sender's name, a text mention's text, the last seen name, the typed @username, or the id. */
  private String shownName(CommandContext ctx, UserId user) {
    Optional<SeenUser> replied = ctx.message().replyTo().flatMap(Reply::fromUser).filter(u -> u.id().equals(user));
    if (replied.isPresent()) {
      return replied.get().fullName();
    }
    String args = ctx.command().argumentText();
    Optional<String> mentioned = ctx.command().entityAt(0, EntityType.TEXT_MENTION)
        .filter(e -> e.mentionedUser().equals(Optional.of(user))).map(e -> e.textIn(args));
    if (mentioned.isPresent()) {
      return mentioned.get();
    }
    Optional<String> known = names.nameOf(user);
    if (known.isPresent()) {
      return known.get();
    }
    String first = Words.splitFirst(args).first();
    return first.startsWith("@") ? first : user.toString();
  }

  // ------------------------------------------------------------------------------------------------ everyone

  /** /unapproveall: the owner confirms with a button. */
  private void askUnapproveAll(CommandContext ctx) {
    unapproveAll.ask(ctx, ctx.text(CLEAR_CONFIRM));
  }

  private void unapproveAllConfirmed(ButtonContext ctx, String payload) {
    ChatId chat = ctx.chat();
    int count = ctx.write(() -> store.unapproveAll(chat));
    ctx.afterCommit(() -> approvals.changed(chat));
    ctx.answer(CLEAR_DONE, false, "count", count);
    ctx.edit(ctx.messages().html(CLEAR_DONE, "count", count), Keyboard.NONE);
  }
}
