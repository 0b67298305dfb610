package io.alita.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of an audited row, before and after the change. A field that names the row (a blacklisted word, the
 * member whose warns changed) is kept even when it did not change, so that "action: warn → ban" says which word.
 *
 * @param field the column, as the table names it ({@code timeout}, {@code warn_limit})
 * @param before the value before, as text; empty for an added row, or a value that was not set
 * @param after the value after, as text; empty for a removed row, or a value that is not set
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

  /** How an absent value reads. */
  public static final String NOTHING = "—";

  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** True when the value is the same before and after: a field that only names the row. */
  public boolean unchanged() {
    return before.equals(after);
  }

  /** {@code timeout: 2 -> 5}; a field that did not change reads {@code word: spam}. */
  public String text() {
    if (unchanged()) {
      return field + ": " + before.orElse(NOTHING);
    }
    return field + ": " + before.orElse(NOTHING) + " -> " + after.orElse(NOTHING);
  }
}
