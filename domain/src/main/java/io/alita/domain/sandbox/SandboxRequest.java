package io.alita.domain.sandbox;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulation to run. Any values are accepted here; {@link #problem} says what is wrong with them, so that the
 * console can show it next to the form.
 *
 * @param chat the chat whose settings apply (it must be one the bot has seen)
 * @param persona who writes
 * @param text the message, as it would be typed (a command too, e.g. {@code /warns}); may be blank only for a
 *     {@link Persona#NEW_MEMBER}, to see what the join alone leads to
 * @param repeat how many times the message is sent in quick succession, {@value #MIN_REPEAT} to
 *     {@value #MAX_REPEAT}: enough to see antiflood step in
 */
public record SandboxRequest(ChatId chat, Persona persona, String text, int repeat) {

  public static final int MIN_REPEAT = 1;
  public static final int MAX_REPEAT = 20;
  /** Telegram's limit for the text of one message. */
  public static final int MAX_TEXT_LENGTH = 4096;

  static final MessageKey REPEAT_INVALID = MessageKey.of("sandbox.repeat_invalid");
  static final MessageKey TEXT_MISSING = MessageKey.of("sandbox.text_missing");
  static final MessageKey TEXT_TOO_LONG = MessageKey.of("sandbox.text_too_long");

  public SandboxRequest {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(persona, "persona");
    text = text == null ? "" : text;
  }

  /** A message written once. */
  public static SandboxRequest once(ChatId chat, Persona persona, String text) {
    return new SandboxRequest(chat, persona, text, 1);
  }

  /** What is wrong with this request, as plain text for the person who made it; empty when it can be simulated. */
  public Optional<String> problem(Messages messages) {
    if (repeat < MIN_REPEAT || repeat > MAX_REPEAT) {
      return Optional.of(messages.plain(REPEAT_INVALID, "min", MIN_REPEAT, "max", MAX_REPEAT, "repeat", repeat));
    }
    if (text.isBlank() && persona != Persona.NEW_MEMBER) {
      return Optional.of(messages.plain(TEXT_MISSING));
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return Optional.of(messages.plain(TEXT_TOO_LONG, "max", MAX_TEXT_LENGTH, "length", text.length()));
    }
    return Optional.empty();
  }

  /** Whether a message is written at all: a new member may only join. */
  public boolean writes() {
    return !text.isBlank();
  }
}
