package io.alita.domain.dispatch;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.ButtonPress;
import io.alita.domain.update.UpdateId;

/** Everything a button handler gets: the press, its decoded data, and the {@link Effects} its actions go to. */
public final class ButtonContext {

  private final UpdateId updateId;
  private final ButtonPress press;
  private final CallbackData data;
  private final Messages messages;
  private final Effects effects;
  private boolean answered;

  public ButtonContext(UpdateId updateId, ButtonPress press, CallbackData data, Messages messages, Effects effects) {
    this.updateId = updateId;
    this.press = press;
    this.data = data;
    this.messages = messages;
    this.effects = effects;
  }

  public UpdateId updateId() {
    return updateId;
  }

  public ButtonPress press() {
    return press;
  }

  public CallbackData data() {
    return data;
  }

  public ChatId chat() {
    return press.chat().id();
  }

  public Messages messages() {
    return messages;
  }

  public Effects effects() {
    return effects;
  }

  /** Answers the press with a short notice (or an alert dialog). Every press gets exactly one answer. */
  public void answer(MessageKey key, boolean alert, Object... namesAndValues) {
    answered = true;
    effects.add(new ChatAction.AnswerButton(chat(), press.callbackId(), messages.plain(key, namesAndValues), alert));
  }

  /** Replaces the text (and keyboard) of the message carrying the button. */
  public void edit(String html, Keyboard keyboard) {
    effects.add(new ChatAction.Edit(chat(), press.message(), html, keyboard));
  }

  public void act(ChatAction action) {
    effects.add(action);
  }

  /**
   * Replaces the button's message to confirm the action just added, but only if Telegram carries that action out;
   * if it refuses, the message says why instead (and the buttons go, since the press was used).
   */
  public void confirmEdit(String html, Keyboard keyboard) {
    effects.addConfirmation(new ChatAction.Edit(chat(), press.message(), html, keyboard),
        refused -> new ChatAction.Edit(chat(), press.message(), messages.html(Refusals.key(refused.reason())),
            Keyboard.NONE));
  }

  /** True once {@link #answer} was called; otherwise the dispatcher answers silently. */
  public boolean answered() {
    return answered;
  }
}
