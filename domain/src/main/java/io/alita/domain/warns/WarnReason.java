package io.alita.domain.warns;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Why a member was warned, as stored: never blank, at most {@link #MAX_BYTES} bytes of UTF-8.
 *
 * @param text the reason
 */
public record WarnReason(String text) {

  /** Stored when the admin gave no reason (the original's wording, kept so old and new rows read alike). */
  public static final String NONE_GIVEN = "No Reason";
  public static final int MAX_BYTES = 3000;

  public WarnReason {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a warn reason is not blank");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("a warn reason is at most " + MAX_BYTES + " bytes");
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException("a warn reason holds no NUL character");
    }
  }

  /**
   * The reason an admin typed: {@link #NONE_GIVEN} when blank, otherwise stripped, without NUL characters (PostgreSQL
   * text cannot hold them), and cut to {@link #MAX_BYTES} bytes at a character boundary.
   */
  public static WarnReason typed(String typed) {
    String text = typed == null ? "" : typed.replace("\u0000", "").strip();
    if (text.isEmpty()) {
      return new WarnReason(NONE_GIVEN);
    }
    return new WarnReason(cut(text));
  }

  private static String cut(String text) {
    int bytes = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > MAX_BYTES) {
        return text.substring(0, i).strip();
      }
      bytes += size;
      i += Character.charCount(cp);
    }
    return text;
  }
}
