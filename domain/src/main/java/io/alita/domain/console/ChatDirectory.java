package io.alita.domain.console;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port, read only: the groups the bot knows (its {@code chats} of kind group and supergroup), with what the
 * console's chat list shows of each. Who may see which chat is {@link ConsoleAccess}'s business (the groups where a
 * user was seen are {@link ChatsOfUser}'s); this port lists what it is asked for.
 */
public interface ChatDirectory {

  /**
   * The groups whose title contains {@code search} (in any case; {@code %} and {@code _} are plain characters), or
   * whose id is exactly {@code search}; every group for a blank search. Ordered by title (untitled last), then id.
   *
   * @param page from 1
   * @param size 1 to {@link Page#MAX_SIZE}
   * @throws IllegalArgumentException for a page or size out of range
   */
  Page<ChatSummary> page(String search, int page, int size);

  /**
   * Like {@link #page(String, int, int)}, among {@code chats} only: a group admin's list, the chats
   * {@link ConsoleAccess} granted them. Chats the bot does not know as groups are left out.
   */
  Page<ChatSummary> page(String search, Set<ChatId> chats, int page, int size);

  /** One group; empty when the bot knows no group with that id. */
  Optional<ChatSummary> chat(ChatId chat);
}
