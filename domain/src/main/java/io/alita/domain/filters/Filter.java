package io.alita.domain.filters;

import io.alita.domain.content.StoredContent;
import java.util.Objects;

/**
 * One filter of a chat: the trigger and the reply it sends.
 *
 * @param silent send without a notification ({@code filters.nonotif}; the original's column, which no command sets,
 *     since filters read no flags, but rows written by the original may hold it)
 */
public record Filter(FilterTrigger trigger, StoredContent content, boolean silent) {

  public Filter {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(content, "content");
  }

  public Filter(FilterTrigger trigger, StoredContent content) {
    this(trigger, content, false);
  }
}
