package io.alita.domain.dispatch;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.ButtonPress;

/** Everything a button handler gets: the press, its decoded data, and the event's writes and {@link Effects}. */
public final class ButtonContext extends HandlingContext {

  private final ButtonPress press;
  private final CallbackData data;
  private final SeenChat target;
  private boolean answered;

  public ButtonContext(EventKey key, ButtonPress press, CallbackData data, UnitOfWork work, Messages messages,
      Effects effects) {
    this(key, press, data, press.chat(), work, messages, effects);
  }

  /** @param target the chat the press acts on: the button's own, or the group its private chat is connected to */
  public ButtonContext(EventKey key, ButtonPress press, CallbackData data, SeenChat target, UnitOfWork work,
      Messages messages, Effects effects) {
    super(key, work, effects, messages);
    this.press = press;
    this.data = data;
    this.target = java.util.Objects.requireNonNull(target, "target");
  }

  public ButtonPress press() {
    return press;
  }

  public CallbackData data() {
    return data;
  }

  /** The chat the press acts on (the connected group for a button pressed over a connection). */
  public ChatId chat() {
    return target.id();
  }

  /** {@link #chat()} with its kind, title and username. */
  public SeenChat targetChat() {
    return target;
  }

  /** The chat of the button's message, where answers and edits go. */
  public ChatId answerChat() {
    return press.chat().id();
  }

  /** Answers the press with a short notice (or an alert dialog). Every press gets exactly one answer. */
  public void answer(MessageKey key, boolean alert, Object... namesAndValues) {
    answered = true;
    effects().add(new ChatAction.AnswerButton(answerChat(), press.callbackId(), messages().plain(key, namesAndValues), alert));
  }

  /** Replaces the text (and keyboard) of the message carrying the button. */
  public void edit(String html, Keyboard keyboard) {
    effects().add(new ChatAction.Edit(answerChat(), press.message(), html, keyboard));
  }

  /**
   * Replaces the button's message to confirm the action just added, but only if Telegram carries that action out;
   * if it refuses, the message says why instead (and the buttons go, since the press was used).
   */
  public void confirmEdit(String html, Keyboard keyboard) {
    effects().addConfirmation(new ChatAction.Edit(answerChat(), press.message(), html, keyboard),
        refused -> new ChatAction.Edit(answerChat(), press.message(), messages().html(Refusals.key(refused.reason())),
            Keyboard.NONE));
  }

  /** True once {@link #answer} was called; otherwise the dispatcher answers silently. */
  public boolean answered() {
    return answered;
  }
}
