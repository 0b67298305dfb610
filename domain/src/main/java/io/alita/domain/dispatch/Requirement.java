package io.alita.domain.dispatch;

import io.alita.domain.permission.Right;

/** A condition a command needs before it runs; checked by the dispatcher, which answers when one fails. */
public sealed interface Requirement {

  /** Only in groups and supergroups. */
  record InGroup() implements Requirement {}

  /** Only in a private chat with the bot. */
  record InPrivate() implements Requirement {}

  /** The user is an administrator (or a trusted anonymous admin). */
  record UserIsAdmin() implements Requirement {}

  /** The user created the chat. */
  record UserIsCreator() implements Requirement {}

  /** The bot is an administrator. */
  record BotIsAdmin() implements Requirement {}

  /** The user holds {@code right}. */
  record UserCan(Right right) implements Requirement {}

  /** The bot holds {@code right}. */
  record BotCan(Right right) implements Requirement {}

  /** The bot's owner ({@code OWNER_ID}) or a member of the team with at least {@code level}. */
  record Team(TeamLevel level) implements Requirement {}

  /** Levels of the bot's team (the Devs module). */
  enum TeamLevel {
    OWNER,
    DEV,
    SUDO
  }
}
