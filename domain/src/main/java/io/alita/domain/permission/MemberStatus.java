package io.alita.domain.permission;

/** A user's standing in a chat, as Telegram reports it. */
public enum MemberStatus {
  CREATOR,
  ADMINISTRATOR,
  MEMBER,
  RESTRICTED,
  LEFT,
  KICKED;

  public boolean isAdmin() {
    return this == CREATOR || this == ADMINISTRATOR;
  }

  /** In the chat now (a restricted member may still be in it; Telegram says so separately, see ChatMember). */
  public boolean isPresent() {
    return this == CREATOR || this == ADMINISTRATOR || this == MEMBER || this == RESTRICTED;
  }
}
