package io.alita.domain.blacklists;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.update.IncomingMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat's blacklist ready to check messages: its {@link BlacklistAutomaton} and the action each word calls for.
 * Built once from a {@link ChatBlacklist} and cached per chat until the list changes; immutable.
 */
public final class CompiledBlacklist {

  /** The blacklist of a chat without words. */
  public static final CompiledBlacklist EMPTY = of(ChatBlacklist.EMPTY);

  private final ChatBlacklist source;
  private final BlacklistAutomaton automaton;
  private final Map<BlacklistWord, BlacklistAction> overrides;

  private CompiledBlacklist(ChatBlacklist source, BlacklistAutomaton automaton,
      Map<BlacklistWord, BlacklistAction> overrides) {
    this.source = source;
    this.automaton = automaton;
    this.overrides = overrides;
  }

  /** Builds the automaton of {@code blacklist}'s words. */
  public static CompiledBlacklist of(ChatBlacklist blacklist) {
    Objects.requireNonNull(blacklist, "blacklist");
    Map<BlacklistWord, BlacklistAction> overrides = new HashMap<>();
    for (BlacklistEntry e : blacklist.entries()) {
      e.override().ifPresent(a -> overrides.put(e.word(), a));
    }
    return new CompiledBlacklist(blacklist, BlacklistAutomaton.of(blacklist.words()), Map.copyOf(overrides));
  }

  /** What it was built from. */
  public ChatBlacklist source() {
    return source;
  }

  public boolean isEmpty() {
    return automaton.isEmpty();
  }

  /**
   * The first blacklisted word in {@code message}: in its text or caption (which holds the text of its {@code url}
   * entities), then in the addresses of its {@code text_link} entities, each searched on its own so that no match
   * spans two of them.
   */
  public Optional<BlacklistHit> scan(IncomingMessage message) {
    if (automaton.isEmpty()) {
      return Optional.empty();
    }
    Optional<BlacklistWord> found = automaton.firstMatch(message.text());
    for (MessageEntity e : message.entities()) {
      if (found.isPresent()) {
        break;
      }
      if (e.type() == EntityType.TEXT_LINK && e.url().isPresent()) {
        found = automaton.firstMatch(e.url().get());
      }
    }
    return found.map(w -> new BlacklistHit(w, overrides.getOrDefault(w, source.action())));
  }
}
