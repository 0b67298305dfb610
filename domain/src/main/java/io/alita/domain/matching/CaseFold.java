package io.alita.domain.matching;

import java.text.Normalizer;

/**
 * How blacklist words, filter triggers and message text are compared: Unicode NFC first (an "é" typed as "e" plus a combining accent
 * equals the precomposed one), then every code point folded on its own, {@code lower(upper(c))}.
 *
 * <p>Why per code point rather than {@link String#toLowerCase}: the result has exactly one code point per input code
 * point, whatever the locale (no Turkish dotless-i surprise, no "İ" growing into two characters), and the folds that
 * one-way lower-casing misses meet: "ς" (final sigma) and "Σ" both become "σ", the Kelvin sign "K" becomes "k".
 */
public final class CaseFold {

  private CaseFold() {}

  /** One code point, folded. */
  public static int fold(int codePoint) {
    if (codePoint < 0x80) { // ASCII, the most common case: only A-Z change
      return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
    }
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /**
   * {@code text} normalized to NFC and folded code point by code point. Repeated until nothing changes (a fold can
   * very rarely produce text that composes further), so the result folds to itself.
   */
  public static String fold(String text) {
    String current = text;
    for (int round = 0; round < 4; round++) {
      String next = foldCodePoints(nfc(current));
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** {@code text} in NFC; the text itself when it already is (the common case costs no copy). */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String foldCodePoints(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> folded.appendCodePoint(fold(cp)));
    return folded.toString();
  }
}
