package io.alita.domain.audit;

import java.util.Locale;
import java.util.Optional;

/** What happened to a row: added, changed or removed. */
public enum ChangeKind {
  INSERT,
  UPDATE,
  DELETE;

  /** The word stored in the audit log ({@code insert}, {@code update}, {@code delete}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind called {@code word}; empty for anything else. */
  public static Optional<ChangeKind> of(String word) {
    for (ChangeKind k : values()) {
      if (k.word().equals(word)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
