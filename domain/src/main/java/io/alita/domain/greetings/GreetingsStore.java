package io.alita.domain.greetings;

import io.alita.domain.content.StoredContent;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenChat;
import java.util.Optional;

/**
 * Outbound port: each chat's greetings (the original's {@code greetings} table). A chat without a row has the
 * {@link GreetingsSettings#defaults}; the first change creates the row (recording the chat when it is not yet).
 * Inside an event's unit of work, or the console's transaction, every method joins it.
 */
public interface GreetingsStore {

  /** The chat's settings; the defaults when it set nothing. */
  GreetingsSettings settings(ChatId chat);

  /** Replaces what the greeting sends; whether it is on and its clean setting stay. */
  void setContent(SeenChat chat, GreetingKind kind, StoredContent content);

  /** The greeting back to its default text and on/off state ({@link Greeting#defaultOf}); its clean setting stays. */
  void reset(SeenChat chat, GreetingKind kind);

  void setSwitch(SeenChat chat, GreetingSwitch which, boolean on);

  /**
   * Records {@code sent} as the greeting's last message and returns the one recorded before, if any (what
   * cleanwelcome deletes). Bookkeeping, not a setting: no change notice, no audit entry. Does nothing for a chat
   * without a row (one that set nothing cleans nothing).
   */
  Optional<MessageId> swapLastMessage(ChatId chat, GreetingKind kind, MessageId sent);
}
