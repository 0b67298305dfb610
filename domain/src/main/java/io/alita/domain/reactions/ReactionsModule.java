package io.alita.domain.reactions;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.Right;
import io.alita.domain.update.IncomingMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reactions: a chat's admins pick keywords, each with one of Telegram's standard reaction emoji
 * ({@link ReactionEmoji}); every message whose text or caption holds a keyword, in any case, gets the bot's reaction
 * ({@code setMessageReaction}). When a message holds several keywords, the alphabetically first one wins.
 * <ul>
 *   <li>{@code /addreaction <keyword> <emoji>} (admin with change-info): adds one, or gives a keyword a new emoji;
 *   <li>{@code /removereaction <keyword>} (admin with change-info);
 *   <li>{@code /reactions} (anyone in a group): the list;
 *   <li>{@code /resetreactions} (admin with change-info): removes them all, after a confirmation.
 * </ul>
 * The watcher costs no database query per message: each chat's reactions sit in a {@link PerChatCache}, loaded once
 * and forgotten after a change made here (when it commits) or anywhere else (the database's change notifications,
 * decision 0010). A chat without reactions holds an empty entry, and a message without text is not even looked at.
 */
public final class ReactionsModule implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Reactions";
  /** The most reactions a chat may have. */
  public static final int MAX_REACTIONS = 100;
  /** The button namespace of the /resetreactions question. */
  public static final CallbackNamespace RESET_NAMESPACE = new CallbackNamespace("rmAllReactions");

  static final MessageKey HELP = MessageKey.of("help.module.reactions");
  static final MessageKey ADD_USAGE = MessageKey.of("reactions.add_usage");
  static final MessageKey NOT_STANDARD = MessageKey.of("reactions.not_standard");
  static final MessageKey ADDED = MessageKey.of("reactions.added");
  static final MessageKey REPLACED = MessageKey.of("reactions.replaced");
  static final MessageKey LIMIT = MessageKey.of("reactions.limit");
  static final MessageKey REMOVE_USAGE = MessageKey.of("reactions.remove_usage");
  static final MessageKey REMOVED = MessageKey.of("reactions.removed");
  static final MessageKey NOT_FOUND = MessageKey.of("reactions.not_found");
  static final MessageKey LIST_HEADER = MessageKey.of("reactions.list_header");
  static final MessageKey LIST_LINE = MessageKey.of("reactions.list_line");
  static final MessageKey LIST_EMPTY = MessageKey.of("reactions.list_empty");
  static final MessageKey RESET_ASK = MessageKey.of("reactions.reset_ask");
  static final MessageKey RESET_NOTHING = MessageKey.of("reactions.reset_nothing");
  static final MessageKey RESET_YES = MessageKey.of("reactions.reset_yes");
  static final MessageKey RESET_NO = MessageKey.of("reactions.reset_no");
  static final MessageKey RESET_DONE = MessageKey.of("reactions.reset_done");
  static final MessageKey RESET_CANCELLED = MessageKey.of("reactions.reset_cancelled");

  /** Admins with the right to change the chat's info, as the original asks. */
  static final Gate CHANGE = Gate.GROUP_ADMIN.userCan(Right.CHANGE_INFO);

  /** A command at the start of a text, for this bot or another. */
  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?(\\s|$)");

  private final ReactionsStore store;
  private final BotIdentity bot;
  private final PerChatCache<ChatReactions> chats;
  private final ConfirmDialog reset;

  /**
   * @param bot the bot itself, whose own messages get no reaction
   * @param confirmations where the /resetreactions question is kept
   */
  public ReactionsModule(ReactionsStore store, BotIdentity bot, Confirmations confirmations) {
    this.store = Objects.requireNonNull(store, "store");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.chats = new PerChatCache<>(chat -> new ChatReactions(store.reactions(chat)));
    this.reset = confirmations.dialog(RESET_NAMESPACE, CHANGE,
        new ConfirmDialog.Labels(RESET_YES, RESET_NO, RESET_CANCELLED), this::resetConfirmed);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("addreaction", CHANGE, this::add));
    registry.command(CommandSpec.of("removereaction", CHANGE, this::remove).alsoNamed("rmreaction", "delreaction"));
    registry.command(CommandSpec.of("reactions", Gate.GROUP, this::list));
    registry.command(CommandSpec.of("resetreactions", CHANGE, this::askReset));
    registry.filter(Stage.FILTERS, this::react);
    registry.settingsCache(chats);
  }

  /** The chat's reactions, from the cache (loaded on first use). */
  ChatReactions cached(ChatId chat) {
    return chats.get(chat);
  }

  // ------------------------------------------------------------------------------------------------ the watcher

  private MessageFilter.Verdict react(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    if (!message.isGroup() || message.edited() || message.text().isEmpty() || message.from().isEmpty()
        || message.from().get().id().equals(bot.id()) || COMMAND.matcher(message.text()).find()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    chats.get(message.chatId()).match(message.text())
        .ifPresent(r -> ctx.act(new ChatAction.React(message.chatId(), message.id(), r.emoji())));
    return MessageFilter.Verdict.CONTINUE;
  }

  // ------------------------------------------------------------------------------------------------ commands

  private void add(CommandContext ctx) {
    List<String> words = words(ctx.command().argumentText());
    Optional<String> keyword = words.size() == 2 ? Reaction.keyword(words.get(0)) : Optional.empty();
    if (keyword.isEmpty()) {
      ctx.reply(ADD_USAGE, "max", Reaction.MAX_KEYWORD);
      return;
    }
    Optional<String> emoji = ReactionEmoji.parse(words.get(1));
    if (emoji.isEmpty()) {
      ctx.reply(NOT_STANDARD, "emoji", words.get(1), "list", String.join(" ", ReactionEmoji.STANDARD));
      return;
    }
    Reaction reaction = new Reaction(keyword.get(), emoji.get());
    ChatId chat = ctx.chat();
    Boolean added = ctx.write(() -> {
      List<Reaction> existing = store.reactions(chat);
      boolean known = existing.stream().anyMatch(r -> r.keyword().equals(reaction.keyword()));
      if (!known && existing.size() >= MAX_REACTIONS) {
        return null;
      }
      return store.put(ctx.message().chat(), reaction);
    });
    if (added == null) {
      ctx.reply(LIMIT, "max", MAX_REACTIONS);
      return;
    }
    ctx.afterCommit(() -> chats.invalidate(chat));
    ctx.reply(added ? ADDED : REPLACED, "keyword", reaction.keyword(), "emoji", reaction.emoji());
  }

  private void remove(CommandContext ctx) {
    List<String> words = words(ctx.command().argumentText());
    Optional<String> keyword = words.size() == 1 ? Reaction.keyword(words.get(0)) : Optional.empty();
    if (keyword.isEmpty()) {
      ctx.reply(REMOVE_USAGE);
      return;
    }
    ChatId chat = ctx.chat();
    boolean removed = ctx.write(() -> store.remove(chat, keyword.get()));
    if (!removed) {
      ctx.reply(NOT_FOUND, "keyword", keyword.get());
      return;
    }
    ctx.afterCommit(() -> chats.invalidate(chat));
    ctx.reply(REMOVED, "keyword", keyword.get());
  }

  private void list(CommandContext ctx) {
    List<Reaction> reactions = store.reactions(ctx.chat()); // a command may read: the list as stored right now
    if (reactions.isEmpty()) {
      ctx.reply(LIST_EMPTY);
      return;
    }
    StringBuilder html = new StringBuilder(ctx.text(LIST_HEADER, "count", reactions.size()));
    for (Reaction r : reactions) {
      html.append('\n').append(ctx.text(LIST_LINE, "keyword", r.keyword(), "emoji", r.emoji()));
    }
    ctx.replyHtml(html.toString(), Keyboard.NONE);
  }

  private void askReset(CommandContext ctx) {
    int count = store.reactions(ctx.chat()).size();
    if (count == 0) {
      ctx.reply(RESET_NOTHING);
      return;
    }
    reset.ask(ctx, ctx.text(RESET_ASK, "count", count));
  }

  private void resetConfirmed(ButtonContext ctx, String payload) {
    ChatId chat = ctx.chat();
    int removed = ctx.write(() -> store.removeAll(chat));
    ctx.afterCommit(() -> chats.invalidate(chat));
    ctx.answer(RESET_DONE, false, "count", removed);
    ctx.edit(ctx.messages().html(RESET_DONE, "count", removed), Keyboard.NONE);
  }

  private static List<String> words(String text) {
    String stripped = Words.strip(text == null ? "" : text);
    return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
  }
}
