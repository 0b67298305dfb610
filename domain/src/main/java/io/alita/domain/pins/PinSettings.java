package io.alita.domain.pins;

/**
 * A chat's pin settings for its linked channel's posts, which Telegram forwards into the group (and pins there).
 *
 * @param antiChannelPin unpin each such post
 * @param cleanLinked delete each such post; wins over {@code antiChannelPin}
 */
public record PinSettings(boolean antiChannelPin, boolean cleanLinked) {

  /** A chat that never changed them: both off. */
  public static final PinSettings DEFAULT = new PinSettings(false, false);

  public PinSettings withAntiChannelPin(boolean on) {
    return new PinSettings(on, cleanLinked);
  }

  public PinSettings withCleanLinked(boolean on) {
    return new PinSettings(antiChannelPin, on);
  }
}
