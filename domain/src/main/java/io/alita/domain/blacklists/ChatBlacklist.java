package io.alita.domain.blacklists;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a chat's blacklist holds, read in one go: its action and its words.
 *
 * @param action what happens on a match unless the word overrides it
 * @param entries the words, sorted
 */
public record ChatBlacklist(BlacklistAction action, List<BlacklistEntry> entries) {

  /** A chat that never blacklisted anything. */
  public static final ChatBlacklist EMPTY = new ChatBlacklist(BlacklistAction.DEFAULT, List.of());

  public ChatBlacklist {
    Objects.requireNonNull(action, "action");
    entries = entries.stream().sorted(Comparator.comparing(BlacklistEntry::word)).toList();
    if (entries.stream().map(BlacklistEntry::word).distinct().count() != entries.size()) {
      throw new IllegalArgumentException("a word is listed once per chat");
    }
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The words alone, sorted. */
  public List<BlacklistWord> words() {
    return entries.stream().map(BlacklistEntry::word).toList();
  }
}
