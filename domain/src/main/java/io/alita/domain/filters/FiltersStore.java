package io.alita.domain.filters;

import io.alita.domain.model.ChatId;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: each chat's filters. Called inside an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write})
 * every write joins the update's transaction. Writes for a chat the store has not seen yet create what they need first.
 */
public interface FiltersStore {

  /** The chat's filters, sorted by trigger; none for a chat that never set one. */
  List<Filter> filters(ChatId chat);

  /** The chat's filter for {@code trigger}, if it has one. */
  Optional<Filter> find(ChatId chat, FilterTrigger trigger);

  /** How many filters the chat has. */
  int count(ChatId chat);

  /**
   * Stores {@code filter}, replacing the chat's filter with the same trigger if there is one.
   *
   * @return true when the trigger was new to the chat
   */
  boolean put(ChatId chat, Filter filter);

  /** Removes the chat's filter for {@code trigger}; false when there was none. */
  boolean remove(ChatId chat, FilterTrigger trigger);

  /** Removes every filter of the chat; returns how many there were. */
  int removeAll(ChatId chat);
}
