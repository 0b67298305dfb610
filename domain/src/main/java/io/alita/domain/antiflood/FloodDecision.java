package io.alita.domain.antiflood;

import io.alita.domain.model.MessageId;
import java.util.List;
import java.util.Objects;

/** What {@link FloodRule} made of one message. */
public sealed interface FloodDecision {

  /** Below the limit: keep {@code window} for the sender's next message. */
  record Quiet(FloodWindow window) implements FloodDecision {
    public Quiet {
      Objects.requireNonNull(window, "window");
    }
  }

  /**
   * Above the limit: the sender is flooding and their count starts again.
   *
   * @param messages every tracked message of the flood, oldest first, the one that crossed the limit last
   */
  record Flood(List<MessageId> messages) implements FloodDecision {
    public Flood {
      messages = List.copyOf(messages);
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("a flood has messages");
      }
    }

    /** The message that crossed the limit. */
    public MessageId last() {
      return messages.get(messages.size() - 1);
    }
  }
}
