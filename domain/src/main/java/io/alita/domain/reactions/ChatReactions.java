package io.alita.domain.reactions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One chat's reactions as the watcher reads them: sorted by keyword, so that the first keyword found in a text is the
 * alphabetically first of those it holds. Immutable; kept in a cache per chat.
 */
public record ChatReactions(List<Reaction> reactions) {

  public static final ChatReactions NONE = new ChatReactions(List.of());

  public ChatReactions {
    reactions = reactions.stream().sorted(java.util.Comparator.comparing(Reaction::keyword)).toList();
  }

  public boolean isEmpty() {
    return reactions.isEmpty();
  }

  /** The reaction of the alphabetically first keyword that {@code text} holds, in any case; empty when none. */
  public Optional<Reaction> match(String text) {
    if (reactions.isEmpty() || text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (Reaction r : reactions) {
      if (lower.contains(r.keyword())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
