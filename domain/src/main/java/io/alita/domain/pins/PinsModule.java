package io.alita.domain.pins;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.content.ContentCapture;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.Refusals;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.Right;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Reply;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Pins:
 * <ul>
 *   <li>{@code /pin [loud|notify|violent]} as a reply: pins that message, silently unless one of those words is given;
 *   <li>{@code /unpin}: the replied message, or else the latest pin; {@code /unpinall}: every pin, after a confirmation;
 *   <li>{@code /permapin <text>} or as a reply: sends the content again as the bot (Markdown, buttons, fillings, any
 *       media) and pins the new message, silently;
 *   <li>{@code /pinned} (anyone): a link to the current pin;
 *   <li>{@code /antichannelpin [on|off]}, {@code /cleanlinked [on|off]} (admin): the linked channel's posts, which
 *       Telegram forwards into the group and pins, are unpinned, or deleted; deleting wins.
 * </ul>
 * Pinning needs an admin with the pin right and the bot with it too. The linked-channel watcher looks only at the
 * channel's automatic forwards (sent by Telegram's 777000 on behalf of another chat), so an ordinary message costs
 * nothing; the settings it reads are cached per chat and forgotten on change (decision 0010).
 */
public final class PinsModule implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Pins";

  static final MessageKey HELP = MessageKey.of("help.module.pins");
  static final MessageKey PIN_USAGE = MessageKey.of("pins.pin_usage");
  static final MessageKey PINNED = MessageKey.of("pins.pinned");
  static final MessageKey PINNED_LOUD = MessageKey.of("pins.pinned_loud");
  static final MessageKey UNPINNED = MessageKey.of("pins.unpinned");
  static final MessageKey UNPINNED_LATEST = MessageKey.of("pins.unpinned_latest");
  static final MessageKey UNPINALL_ASK = MessageKey.of("pins.unpinall_ask");
  static final MessageKey UNPINALL_YES = MessageKey.of("pins.unpinall_yes");
  static final MessageKey UNPINALL_NO = MessageKey.of("pins.unpinall_no");
  static final MessageKey UNPINALL_DONE = MessageKey.of("pins.unpinall_done");
  static final MessageKey UNPINALL_CANCELLED = MessageKey.of("pins.unpinall_cancelled");
  static final MessageKey PERMAPIN_USAGE = MessageKey.of("pins.permapin_usage");
  static final MessageKey CURRENT = MessageKey.of("pins.current");
  static final MessageKey CURRENT_BUTTON = MessageKey.of("pins.current_button");
  static final MessageKey NONE_PINNED = MessageKey.of("pins.none_pinned");
  static final MessageKey ANTICHANNELPIN_ON = MessageKey.of("pins.antichannelpin_on");
  static final MessageKey ANTICHANNELPIN_OFF = MessageKey.of("pins.antichannelpin_off");
  static final MessageKey ANTICHANNELPIN_IS_ON = MessageKey.of("pins.antichannelpin_is_on");
  static final MessageKey ANTICHANNELPIN_IS_OFF = MessageKey.of("pins.antichannelpin_is_off");
  static final MessageKey CLEANLINKED_ON = MessageKey.of("pins.cleanlinked_on");
  static final MessageKey CLEANLINKED_OFF = MessageKey.of("pins.cleanlinked_off");
  static final MessageKey CLEANLINKED_IS_ON = MessageKey.of("pins.cleanlinked_is_on");
  static final MessageKey CLEANLINKED_IS_OFF = MessageKey.of("pins.cleanlinked_is_off");
  static final MessageKey SWITCH_USAGE = MessageKey.of("pins.switch_usage");

  /** An admin who may pin, and the bot able to pin. */
  static final Gate PIN = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin()).userCan(Right.PIN_MESSAGES)
      .botCan(Right.PIN_MESSAGES);

  private static final Set<String> LOUD = Set.of("loud", "notify", "violent");

  private final PinsStore store;
  private final ChatQueries queries;
  private final ContentSender sender;
  private final PerChatCache<PinSettings> settings;
  private final ConfirmDialog unpinAll;

  /**
   * @param queries asks Telegram for the current pin ({@code /pinned})
   * @param sender renders {@code /permapin}'s content, as notes are rendered
   * @param confirmations where the {@code /unpinall} question is kept
   */
  public PinsModule(PinsStore store, ChatQueries queries, ContentSender sender, Confirmations confirmations) {
    this.store = Objects.requireNonNull(store, "store");
    this.queries = Objects.requireNonNull(queries, "queries");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.settings = new PerChatCache<>(store::settings);
    this.unpinAll = confirmations.dialog(CallbackNamespace.UNPINALL_BTN, PIN,
        new ConfirmDialog.Labels(UNPINALL_YES, UNPINALL_NO, UNPINALL_CANCELLED), this::unpinAllConfirmed);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("pin", PIN, this::pin).forAnonymousAdmins());
    registry.command(CommandSpec.of("unpin", PIN, this::unpin).forAnonymousAdmins());
    registry.command(CommandSpec.of("unpinall", PIN, this::askUnpinAll).forAnonymousAdmins());
    registry.command(CommandSpec.of("permapin", PIN, this::permapin).forAnonymousAdmins());
    registry.command(CommandSpec.of("pinned", Gate.GROUP, this::pinned));
    registry.command(CommandSpec.of("antichannelpin", Gate.GROUP_ADMIN, this::antiChannelPin).connectable());
    registry.command(CommandSpec.of("cleanlinked", Gate.GROUP_ADMIN, this::cleanLinked).connectable());
    registry.filter(Stage.FILTERS, this::linkedChannelPost);
    registry.settingsCache(settings);
  }

  // ------------------------------------------------------------------------------------------------ pin, unpin

  private void pin(CommandContext ctx) {
    Optional<Reply> replied = ctx.message().replyTo();
    if (replied.isEmpty()) {
      ctx.reply(PIN_USAGE);
      return;
    }
    String first = Words.splitFirst(ctx.command().argumentText()).first().toLowerCase(Locale.ROOT);
    boolean loud = LOUD.contains(first);
    ctx.act(new ChatAction.Pin(ctx.chat(), replied.get().id(), loud));
    ctx.confirm(loud ? PINNED_LOUD : PINNED);
  }

  private void unpin(CommandContext ctx) {
    Optional<MessageId> replied = ctx.message().replyTo().map(Reply::id);
    ctx.act(new ChatAction.Unpin(ctx.chat(), replied));
    ctx.confirm(replied.isPresent() ? UNPINNED : UNPINNED_LATEST);
  }

  private void askUnpinAll(CommandContext ctx) {
    unpinAll.ask(ctx, ctx.text(UNPINALL_ASK));
  }

  private void unpinAllConfirmed(ButtonContext ctx, String payload) {
    ctx.act(new ChatAction.UnpinAll(ctx.chat()));
    ctx.answer(UNPINALL_DONE, false);
    ctx.confirmEdit(ctx.messages().html(UNPINALL_DONE), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ permapin

  /**
   * Sends the content as the bot, with the asker's name in the fillings, and pins what was sent once Telegram says
   * which message that is. A send Telegram refuses is answered with the reason; nothing is pinned.
   */
  private void permapin(CommandContext ctx) {
    Optional<StoredContent> content = ContentCapture.from(ctx.command().argumentText(), ctx.message().replyTo());
    if (content.isEmpty()) {
      ctx.reply(PERMAPIN_USAGE);
      return;
    }
    IncomingMessage message = ctx.message();
    ChatId chat = ctx.chat();
    ContentSender.Send send = ContentSender.Send.to(chat, message.chat().title(), ctx.actor())
        .inThread(message.threadId());
    var effects = ctx.effects();
    var messages = ctx.messages();
    effects.add(sender.action(content.get(), send), result -> {
      if (result instanceof ActionResult.Sent sent) {
        effects.add(new ChatAction.Pin(chat, sent.message(), false));
      } else if (result instanceof ActionResult.Refused refused) {
        effects.add(new ChatAction.Send(OutgoingMessage.replyTo(chat, message.id(),
            messages.html(Refusals.key(refused.reason()))).inThread(message.threadId())));
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ pinned

  private void pinned(CommandContext ctx) {
    ChatId chat = ctx.chat();
    Optional<MessageId> current = queries.pinnedMessage(chat);
    if (current.isEmpty()) {
      ctx.reply(NONE_PINNED);
      return;
    }
    Keyboard keyboard = link(ctx.message().chat(), current.get())
        .map(url -> Keyboard.row(new Button.Url(ctx.messages().plain(CURRENT_BUTTON), url)))
        .orElse(Keyboard.NONE);
    // A reply to the pin itself: a tap on the quote leads there, also in a basic group, which has no message links.
    ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(chat, current.get(), ctx.text(CURRENT))
        .inThread(ctx.message().threadId()).withKeyboard(keyboard)));
  }

  /** The t.me link of a message: by the chat's username, or the private link of a supergroup; none for basic groups. */
  static Optional<String> link(SeenChat chat, MessageId message) {
    if (chat.username() != null && !chat.username().isBlank()) {
      return Optional.of("https://t.me/" + chat.username() + "/" + message.value());
    }
    String id = Long.toString(chat.id().value());
    if (id.startsWith("-100") && id.length() > 4) {
      return Optional.of("https://t.me/c/" + id.substring(4) + "/" + message.value());
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------------------------ linked channel

  /** /antichannelpin [on|off]: the switch through {@link PinSwitchChange}, as the console's form is. */
  private void antiChannelPin(CommandContext ctx) {
    if (showing(ctx, settings.get(ctx.chat()).antiChannelPin(), ANTICHANNELPIN_IS_ON, ANTICHANNELPIN_IS_OFF)) {
      return;
    }
    applied(ctx, new PinSwitchChange(store, ctx.messages()).antiChannelPin(ctx.targetChat(),
        ctx.command().argumentText(), Commit.in(ctx.unitOfWork())));
  }

  /** /cleanlinked [on|off]: the switch through {@link PinSwitchChange}, as the console's form is. */
  private void cleanLinked(CommandContext ctx) {
    if (showing(ctx, settings.get(ctx.chat()).cleanLinked(), CLEANLINKED_IS_ON, CLEANLINKED_IS_OFF)) {
      return;
    }
    applied(ctx, new PinSwitchChange(store, ctx.messages()).cleanLinked(ctx.targetChat(),
        ctx.command().argumentText(), Commit.in(ctx.unitOfWork())));
  }

  /** Without an argument, the command shows the switch. */
  private static boolean showing(CommandContext ctx, boolean current, MessageKey isOn, MessageKey isOff) {
    if (!Words.splitFirst(ctx.command().argumentText()).first().isEmpty()) {
      return false;
    }
    ctx.reply(current ? isOn : isOff);
    return true;
  }

  private void applied(CommandContext ctx, ChangeOutcome outcome) {
    if (outcome.applied()) {
      ChatId chat = ctx.chat();
      ctx.afterCommit(() -> settings.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  /**
   * A post of the group's linked channel, as Telegram forwards it: sent by 777000 on behalf of another chat (an
   * anonymous admin writes on behalf of the group itself). Deleted with cleanlinked, unpinned with antichannelpin.
   */
  private MessageFilter.Verdict linkedChannelPost(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    if (!isLinkedChannelPost(message)) {
      return MessageFilter.Verdict.CONTINUE;
    }
    PinSettings current = settings.get(message.chatId());
    if (current.cleanLinked()) {
      ctx.act(ChatAction.Delete.one(message.chatId(), message.id()));
    } else if (current.antiChannelPin()) {
      ctx.act(new ChatAction.Unpin(message.chatId(), Optional.of(message.id())));
    }
    return MessageFilter.Verdict.CONTINUE;
  }

  static boolean isLinkedChannelPost(IncomingMessage message) {
    return message.isGroup() && !message.edited()
        && message.from().map(u -> u.id().equals(UserId.TELEGRAM)).orElse(false)
        && message.senderChat().map(c -> !c.id().equals(message.chatId())).orElse(false);
  }
}
