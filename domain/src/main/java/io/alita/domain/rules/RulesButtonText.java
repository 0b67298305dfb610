package io.alita.domain.rules;

import io.alita.domain.format.RulesDeepLink;
import java.util.Objects;

/**
 * The label of a chat's rules button ({@code /rulesbutton}): 1 to {@value #MAX_LENGTH} characters, counted as code points
 * (an emoji is one), the way the original counted runes and the {@code rules_btn} column's check counts characters.
 *
 * @param value stripped of surrounding white space
 */
public record RulesButtonText(String value) {

  /** The longest label, in code points. */
  public static final int MAX_LENGTH = 30;

  /** The label used while a chat has set none. */
  public static final RulesButtonText DEFAULT = new RulesButtonText(RulesDeepLink.DEFAULT_BUTTON_TEXT);

  public RulesButtonText {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    int length = length(value);
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a rules button text has 1 to " + MAX_LENGTH + " characters, this one has " + length);
    }
  }

  /** How long {@code text} counts as a label once stripped: its code points. */
  public static int length(String text) {
    String stripped = text.strip();
    return stripped.codePointCount(0, stripped.length());
  }

  @Override
  public String toString() {
    return value;
  }
}
