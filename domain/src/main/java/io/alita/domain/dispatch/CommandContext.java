package io.alita.domain.dispatch;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.command.Command;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;

/**
 * Everything a command handler gets for one command: the message, the parsed command, who is acting, the chat it acts
 * on, and the event's writes and {@link Effects}. The acting user is the sender, or, when an anonymous admin proved who
 * they are, the admin who pressed the button (the command then runs as part of that press, under its key).
 *
 * <p><b>Two chats.</b> {@link #chat()} and {@link #targetChat()} are the chat the command acts on; {@link #answerChat()}
 * is where it was sent, and where every reply goes. They differ only for a {@linkplain CommandSpec#connectable()
 * connection-aware} command sent in a private chat: it acts on the connected group and answers in private. A handler
 * sends what is meant for the user with the reply methods (or to {@link #answerChat()}), never to {@link #chat()}.
 */
public final class CommandContext extends HandlingContext {

  private final IncomingMessage message;
  private final Command command;
  private final SeenUser actor;
  private final boolean anonymousAdmin;
  private final SeenChat target;

  public CommandContext(EventKey key, IncomingMessage message, Command command, SeenUser actor,
      boolean anonymousAdmin, UnitOfWork work, Messages messages, Effects effects) {
    this(key, message, command, actor, anonymousAdmin, message.chat(), work, messages, effects);
  }

  /** @param target the chat the command acts on: the message's own, or the group a private chat is connected to */
  public CommandContext(EventKey key, IncomingMessage message, Command command, SeenUser actor,
      boolean anonymousAdmin, SeenChat target, UnitOfWork work, Messages messages, Effects effects) {
    super(key, work, effects, messages);
    this.message = message;
    this.command = command;
    this.actor = actor;
    this.anonymousAdmin = anonymousAdmin;
    this.target = java.util.Objects.requireNonNull(target, "target");
  }

  public IncomingMessage message() {
    return message;
  }

  public Command command() {
    return command;
  }

  /** Who is acting: the sender, or the admin who proved an anonymous command was theirs. */
  public SeenUser actor() {
    return actor;
  }

  /** True when the command was sent anonymously by a trusted (or proven) admin. */
  public boolean anonymousAdmin() {
    return anonymousAdmin;
  }

  /** The chat the command acts on (the connected group for a command sent over a connection). */
  public ChatId chat() {
    return target.id();
  }

  /** {@link #chat()} with its kind, title and username, as last seen. */
  public SeenChat targetChat() {
    return target;
  }

  /** Where the command was sent, and where its answers go. */
  public ChatId answerChat() {
    return message.chatId();
  }

  /** True when the command was sent in a private chat and acts on the connected group. */
  public boolean overConnection() {
    return !target.id().equals(message.chatId());
  }

  /** The text of {@code key} with its placeholders filled, as Telegram HTML. */
  public String text(MessageKey key, Object... namesAndValues) {
    return messages().html(key, namesAndValues);
  }

  /** Replies to the command message with the text of {@code key}. */
  public void reply(MessageKey key, Object... namesAndValues) {
    replyHtml(messages().html(key, namesAndValues), Keyboard.NONE);
  }

  /** Replies to the command message with ready HTML. */
  public void replyHtml(String html, Keyboard keyboard) {
    effects().add(new ChatAction.Send(OutgoingMessage.replyTo(answerChat(), message.id(), html).withKeyboard(keyboard)));
  }

  /** Sends a message to the chat without replying to the command (e.g. after the command was deleted). */
  public void sendHtml(String html, Keyboard keyboard) {
    effects().add(new ChatAction.Send(OutgoingMessage.to(answerChat(), html).withKeyboard(keyboard)));
  }

  /**
   * Replies with ready HTML confirming the action just added, but only if Telegram carries that action out; if it
   * refuses, the reply says why instead ("Banned X" is never sent for a ban that did not happen).
   */
  public void confirmHtml(String html, Keyboard keyboard) {
    effects().addConfirmation(
        new ChatAction.Send(OutgoingMessage.replyTo(answerChat(), message.id(), html).withKeyboard(keyboard)),
        refused -> new ChatAction.Send(OutgoingMessage.replyTo(answerChat(), message.id(),
            messages().html(Refusals.key(refused.reason())))));
  }

  /** {@link #confirmHtml} with the text of {@code key}. */
  public void confirm(MessageKey key, Object... namesAndValues) {
    confirmHtml(messages().html(key, namesAndValues), Keyboard.NONE);
  }
}
