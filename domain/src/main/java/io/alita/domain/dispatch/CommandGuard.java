package io.alita.domain.dispatch;

import io.alita.domain.model.ChatId;
import java.util.Set;

/**
 * A rule that keeps a command from members of a group who are not admins (the Disabling module's disabled commands).
 * The dispatcher asks it for every command sent in a group, before the command's gate, so it must answer from memory
 * (a settings cache); admins, anonymous admins and private chats are never asked about.
 */
public interface CommandGuard {

  /** What becomes of a command a member (no admin) sends in a group. */
  enum Verdict {
    /** The command runs as usual. */
    RUN,
    /** The command is ignored: no answer. */
    IGNORE,
    /** The command is ignored and its message deleted. */
    IGNORE_AND_DELETE
  }

  /** What becomes of {@code command} (its name as typed, lower case) sent by a member of {@code chat}. */
  Verdict forMembers(ChatId chat, String command);

  /** Told once, after every module registered: the names of every command the bot has, aliases included. */
  default void registered(Set<String> commands) {}
}
