package io.alita.domain.permission;

/** An administrator right that a command can require of the user, the bot, or both. */
public enum Right {
  DELETE_MESSAGES,
  RESTRICT_MEMBERS,
  PROMOTE_MEMBERS,
  CHANGE_INFO,
  INVITE_USERS,
  PIN_MESSAGES
}
