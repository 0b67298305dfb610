package io.alita.domain.purges;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The start of a range marked with {@code /purgefrom}, one per chat, held in memory for {@link #TTL}. A live mark cannot
 * be replaced: two admins purging at once must not have one silently move the other's start. A successful
 * {@code /purgeto} releases the mark, so the next range can be marked at once; a refused one leaves it, so the admin can
 * pick a nearer end without marking again.
 *
 * <p>Held in process memory as in the original: with several bot instances, {@code /purgefrom} and {@code /purgeto}
 * of one chat must reach the same instance (updates of one chat are handled by one worker).
 */
public final class PurgeMarks {

  public static final Duration TTL = Duration.ofSeconds(30);

  /** What {@link #mark} did. */
  public enum Marking {
    /** The message is now the start of the range. */
    MARKED,
    /** That very message is marked already. */
    ALREADY_MARKED,
    /** Another message of the chat is marked and the mark is still live. */
    OTHER_MARKED
  }

  private record Mark(MessageId message, Instant expires) {}

  private final Clock clock;
  private final Map<ChatId, Mark> marks = new ConcurrentHashMap<>();

  public PurgeMarks(Clock clock) {
    this.clock = clock;
  }

  /** Marks {@code message} as the start of a range in {@code chat}, unless another live mark is there. */
  public Marking mark(ChatId chat, MessageId message) {
    Instant now = clock.instant();
    marks.values().removeIf(m -> !m.expires().isAfter(now)); // a chat that never sends /purgeto leaves nothing behind
    Marking[] outcome = new Marking[1];
    marks.compute(chat, (c, current) -> {
      if (current != null && current.expires().isAfter(now)) {
        outcome[0] = current.message().equals(message) ? Marking.ALREADY_MARKED : Marking.OTHER_MARKED;
        return current;
      }
      outcome[0] = Marking.MARKED;
      return new Mark(message, now.plus(TTL));
    });
    return outcome[0];
  }

  /** The chat's live mark; empty when there is none or it expired. */
  public Optional<MessageId> current(ChatId chat) {
    Mark mark = marks.get(chat);
    if (mark == null || !mark.expires().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(mark.message());
  }

  /** Drops the chat's mark if it is still {@code message} (and not a newer mark set in the meantime). */
  public void release(ChatId chat, MessageId message) {
    marks.computeIfPresent(chat, (c, m) -> m.message().equals(message) ? null : m);
  }
}
