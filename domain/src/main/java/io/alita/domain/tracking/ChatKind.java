package io.alita.domain.tracking;

/** The kind of a Telegram chat, as the Bot API reports it in {@code Chat.type}. */
public enum ChatKind {
  PRIVATE,
  GROUP,
  SUPERGROUP,
  CHANNEL;

  /** True for the kinds whose members send messages as themselves (groups and supergroups), so membership means something. */
  public boolean hasMembers() {
    return this == GROUP || this == SUPERGROUP;
  }
}
