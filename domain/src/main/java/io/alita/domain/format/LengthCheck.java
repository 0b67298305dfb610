package io.alita.domain.format;

/**
 * How long a source renders, for the check at save time.
 *
 * @param visibleLength the longest variant's visible length, fillings counted as typed
 * @param limit the limit it was measured against
 */
public record LengthCheck(int visibleLength, int limit) {

  public boolean fits() {
    return visibleLength <= limit;
  }

  /** How many characters must go for the source to fit; 0 when it fits. */
  public int excess() {
    return Math.max(0, visibleLength - limit);
  }
}
