package io.alita.domain.console;

/** What a console user may do. */
public enum ConsoleRole {
  /** {@code OWNER_ID}: every chat, every page. */
  OWNER,
  /** A member of the bot's team (sudo or dev): every chat, every page. */
  TEAM,
  /** A group admin: only the chats where Telegram says they are an admin. */
  GROUP_ADMIN,
  /** An operator: the migrations, health and metrics pages, read-only; no chats. */
  OPERATOR;

  /** True for the owner and the team, who see every chat without asking Telegram. */
  public boolean seesAllChats() {
    return this == OWNER || this == TEAM;
  }

  /** True when the role may see chat pages at all. */
  public boolean seesChats() {
    return this != OPERATOR;
  }

  /**
   * True when the role may see the operations pages (migrations): the owner, the team and the operator. Not a group
   * admin: they administer a group, not the bot, and the bot's deployment is none of their business.
   */
  public boolean seesOperations() {
    return this != GROUP_ADMIN;
  }

  /** The word stored with a session. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The role stored as {@link #word()}. */
  public static ConsoleRole ofWord(String word) {
    return valueOf(word.toUpperCase(java.util.Locale.ROOT));
  }
}
