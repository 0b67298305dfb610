package io.alita.domain.console;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port, read only: the groups the bot knows (its {@code chats} of kind group and supergroup), with what the
 * console's chat list shows of each. Who may see which chat is the console's business; this port lists them all.
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

  /** One group; empty when the bot knows no group with that id. */
  Optional<ChatSummary> chat(ChatId chat);

  /**
   * The groups where the bot has seen {@code user} (from its membership records), by title: the candidates to ask
   * Telegram about when a group admin signs in to the console.
   */
  List<ChatSummary> chatsWhereSeen(UserId user);
}
