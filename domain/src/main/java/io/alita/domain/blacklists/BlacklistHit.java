package io.alita.domain.blacklists;

import java.util.Objects;

/**
 * A blacklisted word found in a message, and the action it calls for.
 *
 * @param word the word found
 * @param action the word's own action when it has one, otherwise the chat's
 */
public record BlacklistHit(BlacklistWord word, BlacklistAction action) {

  public BlacklistHit {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(action, "action");
  }
}
