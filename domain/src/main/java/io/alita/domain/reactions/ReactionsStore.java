package io.alita.domain.reactions;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.List;

/**
 * Outbound port: each chat's automatic reactions. Called inside an event's write ({@link
 * io.alita.domain.dispatch.UnitOfWork#write}), every write joins the update's transaction. A write for a chat the store
 * has not seen yet records the chat first.
 */
public interface ReactionsStore {

  /** The chat's reactions, sorted by keyword; none for a chat that never set one. */
  List<Reaction> reactions(ChatId chat);

  /**
   * Stores {@code reaction}, replacing the emoji of the chat's reaction with the same keyword if there is one.
   *
   * @return true when the keyword was new to the chat
   */
  boolean put(SeenChat chat, Reaction reaction);

  /** Removes the chat's reaction to {@code keyword}; false when there was none. */
  boolean remove(ChatId chat, String keyword);

  /** Removes every reaction of the chat; returns how many there were. */
  int removeAll(ChatId chat);
}
