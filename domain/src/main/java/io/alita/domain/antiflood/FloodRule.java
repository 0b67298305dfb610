package io.alita.domain.antiflood;

import io.alita.domain.model.MessageId;
import java.time.Duration;
import java.time.Instant;

/**
 * The flood rule as a plain function: <b>a sender floods when more than {@code limit} of their messages fall within a
 * sliding window of {@link #WINDOW}</b> ending at their latest message. With limit 5, the sixth message within one
 * minute is a flood; five messages a minute, every minute, never are.
 *
 * <p>Why a sliding window: the original reset a counter after 60 s of silence, so a member writing one line every
 * 50 s was muted at their sixth line, which is conversation, not flooding. Everything the sliding window catches the
 * original caught too (six messages within a minute have no gap over a minute), and a member silent for a minute
 * starts from zero, as in the original. Only the sender's own messages count: another member's message changes
 * nothing. The second and later parts of an album do not count (they are tracked, so a flood's album is deleted whole).
 */
public final class FloodRule {

  /** How far back a sender's messages count. */
  public static final Duration WINDOW = Duration.ofSeconds(60);

  private FloodRule() {}

  /**
   * Adds one message to the sender's window and decides.
   *
   * @param before the sender's window so far ({@link FloodWindow#EMPTY} for a sender not seen lately)
   * @param at when the message was sent
   * @param mediaGroup its album id, empty when it is not part of one
   */
  public static FloodDecision decide(FloodLimit limit, FloodWindow before, MessageId message, Instant at,
      String mediaGroup) {
    if (before.contains(message)) {
      return new FloodDecision.Quiet(before); // the same update delivered again
    }
    FloodWindow kept = before.after(at.minus(WINDOW));
    boolean laterAlbumPart = !mediaGroup.isEmpty() && mediaGroup.equals(kept.lastMediaGroup());
    FloodWindow next = kept.plus(new FloodWindow.Sent(message, at, !laterAlbumPart), mediaGroup);
    if (next.count() > limit.value()) {
      return new FloodDecision.Flood(next.ids());
    }
    return new FloodDecision.Quiet(next);
  }
}
