package io.alita.domain.model;

/**
 * A Telegram chat id. Groups and supergroups are negative, private chats equal the user's id, channels are below -10^12.
 * A distinct type so that a chat id and a user id can never be swapped by accident.
 */
public record ChatId(long value) {

  public static ChatId of(long value) {
    return new ChatId(value);
  }

  /** True for groups, supergroups and channels (every negative id). */
  public boolean isGroupLike() {
    return value < 0;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
