package io.alita.domain.filters;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.matching.SubstringAutomaton;
import io.alita.domain.update.IncomingMessage;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chat's filters ready to answer messages: one {@link SubstringAutomaton} over all the chat's triggers (the engine the
 * blacklists use too) and each trigger's filter. Built once from the store and cached per chat until the chat's filters
 * change; immutable. At most {@link FiltersEdit#MAX_FILTERS} triggers of at most {@link FilterTrigger#MAX_LENGTH}
 * characters, so one chat's automaton has at most 15,001 states.
 */
public final class ChatFilters {

  /** A chat without filters. */
  public static final ChatFilters EMPTY = of(List.of());

  private final List<Filter> filters;
  private final Map<FilterTrigger, Filter> byTrigger;
  private final SubstringAutomaton<FilterTrigger> automaton;

  private ChatFilters(List<Filter> filters, Map<FilterTrigger, Filter> byTrigger,
      SubstringAutomaton<FilterTrigger> automaton) {
    this.filters = filters;
    this.byTrigger = byTrigger;
    this.automaton = automaton;
  }

  public static ChatFilters of(List<Filter> filters) {
    Map<FilterTrigger, Filter> byTrigger = new HashMap<>();
    for (Filter f : filters) {
      byTrigger.putIfAbsent(f.trigger(), f);
    }
    List<Filter> sorted = byTrigger.values().stream().sorted(Comparator.comparing(Filter::trigger)).toList();
    return new ChatFilters(sorted, Map.copyOf(byTrigger),
        SubstringAutomaton.of(byTrigger.keySet(), Comparator.naturalOrder(), FilterTrigger::value));
  }

  /** The filters, sorted by trigger. */
  public List<Filter> filters() {
    return filters;
  }

  public boolean isEmpty() {
    return filters.isEmpty();
  }

  public Optional<Filter> find(FilterTrigger trigger) {
    return Optional.ofNullable(byTrigger.get(trigger));
  }

  /**
   * The filter a message sets off: the trigger that starts first in its text or caption (of two starting at the same
   * place, the longer one), compared without regard to case; when the text holds none, the first found the same way
   * in the addresses of its {@code text_link} entities, each searched on its own. Empty when none occurs.
   */
  public Optional<Filter> match(IncomingMessage message) {
    if (automaton.isEmpty()) {
      return Optional.empty();
    }
    Optional<SubstringAutomaton.Match<FilterTrigger>> found = automaton.leftmostLongest(message.text());
    for (MessageEntity e : message.entities()) {
      if (found.isPresent()) {
        break;
      }
      if (e.type() == EntityType.TEXT_LINK && e.url().isPresent()) {
        found = automaton.leftmostLongest(e.url().get());
      }
    }
    return found.map(m -> byTrigger.get(m.key()));
  }

  /** How many states its automaton has: its size in memory. */
  public int states() {
    return automaton.states();
  }
}
