package io.alita.domain.antiflood;

import io.alita.domain.model.MessageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sender's recent messages in one chat, oldest first: what {@link FloodRule} counts. Immutable.
 *
 * @param messages the messages still inside the window
 * @param lastMediaGroup the album of the sender's latest message; empty when it was not part of one
 */
public record FloodWindow(List<Sent> messages, String lastMediaGroup) {

  /**
   * A message of the sender.
   *
   * @param counted false for the second and later parts of an album, which are tracked (to delete them with the
   *     flood) but not counted: an album of ten photos is one post, not ten
   */
  public record Sent(MessageId id, Instant at, boolean counted) {
    public Sent {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(at, "at");
    }
  }

  public static final FloodWindow EMPTY = new FloodWindow(List.of(), "");

  public FloodWindow {
    messages = List.copyOf(messages);
    lastMediaGroup = lastMediaGroup == null ? "" : lastMediaGroup;
  }

  /** The messages that count towards the limit. */
  public int count() {
    return (int) messages.stream().filter(Sent::counted).count();
  }

  public boolean contains(MessageId id) {
    return messages.stream().anyMatch(m -> m.id().equals(id));
  }

  /** When the latest message was sent; empty when there is none. */
  public Optional<Instant> lastAt() {
    return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1).at());
  }

  /** The ids of every tracked message, oldest first. */
  public List<MessageId> ids() {
    return messages.stream().map(Sent::id).toList();
  }

  /** This window without the messages sent at or before {@code cutoff}. */
  public FloodWindow after(Instant cutoff) {
    return new FloodWindow(messages.stream().filter(m -> m.at().isAfter(cutoff)).toList(), lastMediaGroup);
  }

  /** This window with one more message. */
  public FloodWindow plus(Sent message, String mediaGroup) {
    List<Sent> more = new ArrayList<>(messages);
    more.add(message);
    return new FloodWindow(more, mediaGroup);
  }
}
