package io.alita.domain.blacklists;

import java.util.Objects;
import java.util.Optional;

/**
 * One word of a chat's blacklist.
 *
 * @param word the word
 * @param override an action for this word alone, which wins over the chat's; empty to use the chat's
 */
public record BlacklistEntry(BlacklistWord word, Optional<BlacklistAction> override) {

  public BlacklistEntry {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(override, "override");
  }

  /** A word that uses the chat's action. */
  public static BlacklistEntry of(BlacklistWord word) {
    return new BlacklistEntry(word, Optional.empty());
  }
}
