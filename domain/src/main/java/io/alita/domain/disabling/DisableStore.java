package io.alita.domain.disabling;

import io.alita.domain.model.ChatId;
import java.util.Set;

/**
 * Outbound port: each chat's disabled commands (the {@code disable} table) and its {@code /disabledel} switch
 * ({@code disable_chat_settings}). Writes for a chat the store has not seen yet create what they need first, and take
 * part in the caller's transaction when there is one.
 */
public interface DisableStore {

  /** The chat's settings; {@link DisabledCommands#NONE} when it never set any. */
  DisabledCommands find(ChatId chat);

  /** Disables every command in {@code commands} (names as checked by {@link Disableable}); others stay as they are. */
  void disable(ChatId chat, Set<String> commands);

  /** Enables every command in {@code commands} again; the others stay as they are. */
  void enable(ChatId chat, Set<String> commands);

  /** Whether a member's disabled command is deleted. */
  void setDeleteCommands(ChatId chat, boolean delete);
}
