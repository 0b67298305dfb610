package io.alita.domain.command;

import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A formatted or special span of a message's text, the domain's copy of the Bot API {@code MessageEntity}.
 *
 * <p>{@code offset} and {@code length} count UTF-16 code units, as Telegram does; Java strings are UTF-16 too, so
 * {@code text.substring(offset, offset + length)} is the covered text even when it holds emoji (two units each).
 *
 * @param type what the span is
 * @param offset start of the span, in UTF-16 code units, never negative
 * @param length size of the span, in UTF-16 code units, at least 1
 * @param url the target of a {@link EntityType#TEXT_LINK}; empty for every other type
 * @param mentionedUser the user of a {@link EntityType#TEXT_MENTION} (a mention of someone without a username); empty otherwise
 */
public record MessageEntity(EntityType type, int offset, int length, Optional<String> url, Optional<UserId> mentionedUser) {

  public MessageEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(mentionedUser, "mentionedUser");
    if (offset < 0) {
      throw new IllegalArgumentException("entity offset must not be negative, got " + offset);
    }
    if (length < 1) {
      throw new IllegalArgumentException("entity length must be at least 1, got " + length);
    }
    if (offset > Integer.MAX_VALUE - length) {
      throw new IllegalArgumentException("entity end overflows: offset " + offset + " + length " + length);
    }
    // Catch adapter mapping mistakes early: these pairs are what the Bot API guarantees.
    if ((type == EntityType.TEXT_MENTION) != mentionedUser.isPresent()) {
      throw new IllegalArgumentException("a mentioned user goes with text_mention entities and only with them (type " + type.apiName() + ")");
    }
    if ((type == EntityType.TEXT_LINK) != url.isPresent()) {
      throw new IllegalArgumentException("a url goes with text_link entities and only with them (type " + type.apiName() + ")");
    }
  }

  /** An entity that carries nothing but its span (every type except text_link and text_mention). */
  public static MessageEntity of(EntityType type, int offset, int length) {
    return new MessageEntity(type, offset, length, Optional.empty(), Optional.empty());
  }

  /** A mention of a user by name, pointing at their id (used for users without a username). */
  public static MessageEntity textMention(int offset, int length, UserId user) {
    return new MessageEntity(EntityType.TEXT_MENTION, offset, length, Optional.empty(), Optional.of(user));
  }

  /** Text that links to {@code url}. */
  public static MessageEntity textLink(int offset, int length, String url) {
    return new MessageEntity(EntityType.TEXT_LINK, offset, length, Optional.of(url), Optional.empty());
  }

  /** One past the last code unit covered. */
  public int end() {
    return offset + length;
  }

  /** The covered part of {@code text}, the text this entity was delivered with; clipped to the text's end if it is too short. */
  public String textIn(String text) {
    int from = Math.min(offset, text.length());
    return text.substring(from, Math.min(end(), text.length()));
  }

  /**
   * This entity seen from a window {@code [windowStart, windowEnd)} of the original text: offsets become relative to the
   * window start, a span crossing a window edge is cut at the edge, and a span wholly outside the window is dropped.
   */
  Optional<MessageEntity> within(int windowStart, int windowEnd) {
    int from = Math.max(offset, windowStart);
    int to = Math.min(end(), windowEnd);
    if (from >= to) {
      return Optional.empty();
    }
    return Optional.of(new MessageEntity(type, from - windowStart, to - from, url, mentionedUser));
  }
}
