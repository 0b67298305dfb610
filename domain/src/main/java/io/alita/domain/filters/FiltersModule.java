package io.alita.domain.filters;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Filters: a chat's admins set replies the bot sends whenever a message holds a trigger word or phrase. Commands:
 * /filter (/addfilter), /stop (/rmfilter, /removefilter), /filters, /stopall with its confirmation buttons; re-adding a
 * trigger asks before replacing it.
 *
 * <p>Answering costs no database query: each chat's triggers are compiled into one automaton ({@link ChatFilters}),
 * kept in a {@link PerChatCache} and rebuilt only after that chat's filters change (by a command here, or anywhere
 * else through the change notifications). Only the first trigger of a message answers (the one starting first; of
 * two starting together, the longer), as a reply to it and in its forum topic, through the {@link ContentSender} the
 * notes and greetings use. Commands never set a filter off, nor does the bot's own message or an edit.
 *
 * <p>Filters read no flags: {@code {admin}}, {@code {private}} and the like stay in the text as typed, as in the
 * original. {@code <trigger> noformat} from an admin shows the stored reply as typed.
 */
public final class FiltersModule implements BotModule {

  static final MessageKey LIST_HEADER = MessageKey.of("filters.list_header");
  static final MessageKey LIST_HEADER_UNTITLED = MessageKey.of("filters.list_header_untitled");
  static final MessageKey LIST_LINE = MessageKey.of("filters.list_line");
  static final MessageKey LIST_MORE = MessageKey.of("filters.list_more");
  static final MessageKey LIST_EMPTY = MessageKey.of("filters.list_empty");
  static final MessageKey OVERWRITE_ASK = MessageKey.of("filters.overwrite_ask");
  static final MessageKey OVERWRITE_YES = MessageKey.of("filters.overwrite_yes");
  static final MessageKey OVERWRITE_NO = MessageKey.of("filters.overwrite_no");
  static final MessageKey OVERWRITE_CANCELLED = MessageKey.of("filters.overwrite_cancelled");
  static final MessageKey STOPALL_CONFIRM = MessageKey.of("filters.stopall_confirm");
  static final MessageKey STOPALL_NOTHING = MessageKey.of("filters.stopall_nothing");
  static final MessageKey STOPALL_YES = MessageKey.of("filters.stopall_yes");
  static final MessageKey STOPALL_NO = MessageKey.of("filters.stopall_no");
  static final MessageKey STOPALL_DONE = MessageKey.of("filters.stopall_done");
  static final MessageKey STOPALL_CANCELLED = MessageKey.of("filters.stopall_cancelled");
  static final MessageKey BUTTON_INVALID = MessageKey.of("filters.button_invalid");

  /** Admins with the right to change the chat's info, as the original asks for notes and filters. */
  public static final Gate CHANGE = Gate.GROUP_ADMIN.userCan(Right.CHANGE_INFO);
  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());

  /** Visible characters of the /filters reply, leaving room under Telegram's 4096 for the header. */
  static final int LIST_BUDGET = 3500;

  /** A command at the start of a text, for this bot or another: {@code /name} or {@code /name@bot}. */
  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?(\\s|$)");
  private static final String NOFORMAT = "noformat";

  private final FiltersStore store;
  private final BotIdentity bot;
  private final PermissionCheck permissions;
  private final ContentSender sender;
  private final PerChatCache<ChatFilters> chats;
  private final ConfirmDialog overwrite;
  private final ConfirmDialog removeAll;

  /**
   * @param store the chats' filters
   * @param admins the chats' admins (who may ask for {@code noformat})
   * @param bot the bot itself, whose own messages never set a filter off
   * @param sender renders and sends a filter's reply
   * @param confirmations where the overwrite and remove-all questions are kept
   */
  public FiltersModule(FiltersStore store, AdminCache admins, BotIdentity bot, ContentSender sender,
      Confirmations confirmations) {
    this.store = Objects.requireNonNull(store, "store");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.sender = Objects.requireNonNull(sender, "sender");
    // Only the admin rule is used here; team levels give nobody noformat in a chat.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
    this.chats = new PerChatCache<>(chat -> ChatFilters.of(store.filters(chat)));
    this.overwrite = confirmations.dialog(CallbackNamespace.FILTERS_OVERWRITE, CHANGE,
        new ConfirmDialog.Labels(OVERWRITE_YES, OVERWRITE_NO, OVERWRITE_CANCELLED), this::overwriteConfirmed);
    this.removeAll = confirmations.dialog(CallbackNamespace.RM_ALL_FILTERS, CREATOR,
        new ConfirmDialog.Labels(STOPALL_YES, STOPALL_NO, STOPALL_CANCELLED), this::removeAllConfirmed);
  }

  @Override
  public String name() {
    return "Filters";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("filter", CHANGE, this::add).alsoNamed("addfilter").connectable());
    registry.command(CommandSpec.of("stop", CHANGE, this::remove).alsoNamed("rmfilter", "removefilter").connectable());
    registry.command(CommandSpec.of("filters", Gate.GROUP, this::list).connectable());
    registry.command(CommandSpec.of("stopall", CREATOR, this::askRemoveAll));
    registry.filter(Stage.FILTERS, this::answer);
    registry.settingsCache(chats);
  }

  /** The chat's filters, from the cache (loaded on first use). */
  ChatFilters compiled(ChatId chat) {
    return chats.get(chat);
  }

  // ------------------------------------------------------------------------------------------------ answering

  private MessageFilter.Verdict answer(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    if (!message.isGroup() || message.edited() || message.from().isEmpty()
        || message.from().get().id().equals(bot.id()) || COMMAND.matcher(message.text()).find()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Optional<Filter> hit = chats.get(message.chatId()).match(message);
    if (hit.isEmpty()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Filter filter = hit.get();
    SeenUser member = message.from().get();
    if (asksNoformat(message) && permissions.isAdmin(message.chatId(), member.id())) {
      ctx.act(raw(filter, message));
      return MessageFilter.Verdict.CONTINUE;
    }
    ctx.act(sender.action(filter.content(), send(message, member).withOptions(false, false, filter.silent())));
    return MessageFilter.Verdict.CONTINUE;
  }

  private static ContentSender.Send send(IncomingMessage message, SeenUser member) {
    return ContentSender.Send.to(message.chatId(), message.chat().title(), member)
        .replyingTo(message.id()).inThread(message.threadId());
  }

  /** The message ends with the word "noformat". */
  private static boolean asksNoformat(IncomingMessage message) {
    String text = message.text().strip().toLowerCase(Locale.ROOT);
    return text.endsWith(NOFORMAT)
        && (text.length() == NOFORMAT.length() || Character.isWhitespace(text.charAt(text.length() - 9)));
  }

  /** The stored reply as an admin typed it: Markdown, fillings and button markup shown, not applied. */
  private static ChatAction raw(Filter filter, IncomingMessage message) {
    StoredContent content = filter.content();
    String html = Html.escape(content.noformat());
    if (content.type().isMedia()) {
      return new ChatAction.SendMedia(message.chatId(), content.media().orElseThrow(),
          content.type().takesText() ? html : "", Keyboard.NONE, Optional.of(message.id()), message.threadId(),
          filter.silent(), false);
    }
    return new ChatAction.Send(new OutgoingMessage(message.chatId(), html, Keyboard.NONE, Optional.of(message.id()),
        filter.silent(), false, message.threadId(), false));
  }

  // ------------------------------------------------------------------------------------------------ adding, removing

  /** /filter, /addfilter: a new filter, or, for a trigger the chat has, a question before replacing it. */
  private void add(CommandContext ctx) {
    FiltersEdit edit = new FiltersEdit(store, ctx.messages());
    FiltersEdit.Request request = edit.read(ctx.command().argumentText(), ctx.message().replyTo());
    if (request instanceof FiltersEdit.Request.Refused refused) {
      ctx.replyHtml(refused.html(), Keyboard.NONE);
      return;
    }
    FiltersEdit.Request.Ready ready = (FiltersEdit.Request.Ready) request;
    if (chats.get(ctx.chat()).find(ready.trigger()).isPresent()) {
      overwrite.ask(ctx, ctx.text(OVERWRITE_ASK, "trigger", ready.trigger().value()),
          FilterPayload.write(ready.trigger(), ready.content()));
      return;
    }
    ChangeOutcome outcome = edit.save(ctx.chat(), new Filter(ready.trigger(), ready.content()),
        Commit.in(ctx.unitOfWork()));
    forgetOnCommit(ctx.chat(), outcome, ctx);
    outcome.replyTo(ctx);
  }

  private void overwriteConfirmed(ButtonContext ctx, String payload) {
    Optional<Filter> filter = FilterPayload.read(payload);
    if (filter.isEmpty()) {
      ctx.answer(BUTTON_INVALID, true);
      ctx.edit(ctx.messages().html(BUTTON_INVALID), Keyboard.NONE);
      return;
    }
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = new FiltersEdit(store, ctx.messages()).save(chat, filter.get(),
        Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> chats.invalidate(chat));
    }
    ctx.answer(outcome.applied() ? FiltersEdit.REPLACED : FiltersEdit.LIMIT, !outcome.applied(),
        "trigger", filter.get().trigger().value(), "max", FiltersEdit.MAX_FILTERS);
    ctx.edit(outcome.html(), Keyboard.NONE);
  }

  /** /stop, /rmfilter, /removefilter: one trigger, quoted if it is a phrase. */
  private void remove(CommandContext ctx) {
    ChangeOutcome outcome = new FiltersEdit(store, ctx.messages())
        .remove(ctx.chat(), ctx.command().argumentText(), Commit.in(ctx.unitOfWork()));
    forgetOnCommit(ctx.chat(), outcome, ctx);
    outcome.replyTo(ctx);
  }

  private void forgetOnCommit(ChatId chat, ChangeOutcome outcome, CommandContext ctx) {
    if (outcome.applied()) {
      ctx.afterCommit(() -> chats.invalidate(chat));
    }
  }

  // ------------------------------------------------------------------------------------------------ listing

  /** /filters: anyone may read the triggers, sorted, cut to fit one message. */
  private void list(CommandContext ctx) {
    List<Filter> filters = chats.get(ctx.chat()).filters();
    if (filters.isEmpty()) {
      ctx.reply(LIST_EMPTY);
      return;
    }
    String title = ctx.targetChat().title();
    StringBuilder html = new StringBuilder(title == null || title.isBlank()
        ? ctx.text(LIST_HEADER_UNTITLED, "count", filters.size())
        : ctx.text(LIST_HEADER, "chat", title, "count", filters.size()));
    int used = 0;
    for (int i = 0; i < filters.size(); i++) {
      String line = ctx.text(LIST_LINE, "trigger", filters.get(i).trigger().value());
      int visible = Html.visibleLength(line) + 1;
      if (used + visible > LIST_BUDGET) {
        html.append('\n').append(ctx.text(LIST_MORE, "count", filters.size() - i));
        break;
      }
      html.append('\n').append(line);
      used += visible;
    }
    ctx.replyHtml(html.toString(), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ remove all

  /** /stopall: the chat's creator confirms with a button. */
  private void askRemoveAll(CommandContext ctx) {
    int count = chats.get(ctx.chat()).filters().size();
    if (count == 0) {
      ctx.reply(STOPALL_NOTHING);
      return;
    }
    removeAll.ask(ctx, ctx.text(STOPALL_CONFIRM, "count", count));
  }

  private void removeAllConfirmed(ButtonContext ctx, String payload) {
    ChatId chat = ctx.chat();
    int removed = new FiltersEdit(store, ctx.messages()).removeAll(chat, Commit.in(ctx.unitOfWork()));
    ctx.afterCommit(() -> chats.invalidate(chat));
    ctx.answer(STOPALL_DONE, false, "count", removed);
    ctx.edit(ctx.messages().html(STOPALL_DONE, "count", removed), Keyboard.NONE);
  }
}
