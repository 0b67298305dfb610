package io.alita.domain.blacklists;

import io.alita.domain.model.ChatId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: each chat's blacklisted words and blacklist action. Called inside
 * an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}) every write joins the update's transaction. Writes for
 * a chat the store has not seen yet create what they need first.
 *
 * <p>The chat's action is kept once per chat, not on every word (the original's mistake, which let a newly added word
 * fall back to "warn" after {@code /blaction ban}); a word may carry an action of its own that wins over it.
 */
public interface BlacklistStore {

  /**
   * The chat's action and words in one read; {@link BlacklistAction#DEFAULT} and no words for a chat that never set
   * anything.
   */
  ChatBlacklist blacklist(ChatId chat);

  /**
   * Adds the words not listed yet; a listed word keeps its row (and its own action). Atomic per word: two admins
   * adding the same word at once list it once, and only one of them is told it was new.
   *
   * @return the words that were new, sorted
   */
  List<BlacklistWord> add(ChatId chat, Collection<BlacklistWord> words);

  /** Removes one word; false when it was not listed. */
  boolean remove(ChatId chat, BlacklistWord word);

  /** Removes every word of the chat (its action stays); returns how many there were. */
  int removeAll(ChatId chat);

  /** Sets the chat's action. */
  void setAction(ChatId chat, BlacklistAction action);

  /**
   * Gives a listed word an action of its own, or (empty) lets it use the chat's again.
   *
   * @return false when the word is not listed, in which case nothing changed
   */
  boolean setOverride(ChatId chat, BlacklistWord word, Optional<BlacklistAction> override);
}
