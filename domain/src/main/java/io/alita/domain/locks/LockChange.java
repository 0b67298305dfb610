package io.alita.domain.locks;

import io.alita.domain.command.Words;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: locks or unlocks lock types from what an admin typed ({@code sticker url}), for {@code /lock},
 * {@code /unlock} and the console alike. Words that are not lock types are named in the answer; when none of the
 * words is a lock type (or none is given), the change is refused and nothing is written.
 */
public final class LockChange {

  private final LockStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public LockChange(LockStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** Locks the types named in {@code typed}, leaving the others as they are. */
  public ChangeOutcome lock(ChatId chat, String typed, Commit commit) {
    return change(chat, typed, true, commit);
  }

  /** Unlocks the types named in {@code typed}, leaving the others as they are. */
  public ChangeOutcome unlock(ChatId chat, String typed, Commit commit) {
    return change(chat, typed, false, commit);
  }

  private ChangeOutcome change(ChatId chat, String typed, boolean lock, Commit commit) {
    List<String> words = words(typed == null ? "" : typed);
    if (words.isEmpty()) {
      return ChangeOutcome.refused(messages.html(lock ? LocksModule.LOCK_USAGE : LocksModule.UNLOCK_USAGE));
    }
    Set<LockType> types = EnumSet.noneOf(LockType.class);
    Set<String> unknown = new LinkedHashSet<>();
    for (String word : words) {
      LockType.of(word).ifPresentOrElse(types::add, () -> unknown.add(word));
    }
    String unknownLine = unknown.isEmpty() ? ""
        : messages.html(LocksModule.UNKNOWN_TYPES, "types", String.join(", ", unknown));
    if (types.isEmpty()) {
      return ChangeOutcome.refused(unknownLine);
    }
    commit.run(() -> store.set(chat, types, lock));
    String done = messages.html(lock ? LocksModule.LOCKED : LocksModule.UNLOCKED, "types", wordsOf(types));
    return ChangeOutcome.applied(unknownLine.isEmpty() ? done : done + "\n" + unknownLine);
  }

  static String wordsOf(Set<LockType> types) {
    return types.stream().map(LockType::word).collect(Collectors.joining(", "));
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Words.Split split = Words.splitFirst(text);
    while (!split.first().isEmpty()) {
      words.add(split.first());
      split = Words.splitFirst(split.rest());
    }
    return words;
  }
}
