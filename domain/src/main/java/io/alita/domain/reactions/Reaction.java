package io.alita.domain.reactions;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a chat's automatic reactions: a message whose text holds {@code keyword} (in any case) gets {@code emoji}.
 *
 * @param keyword lower case, one word of at most {@link #MAX_KEYWORD} characters
 * @param emoji one of {@link ReactionEmoji#STANDARD}
 */
public record Reaction(String keyword, String emoji) {

  /** The longest keyword, in characters. */
  public static final int MAX_KEYWORD = 64;

  public Reaction {
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(emoji, "emoji");
    if (keyword.isEmpty() || !keyword.equals(keyword.toLowerCase(Locale.ROOT)) || keyword.length() > MAX_KEYWORD
        || keyword.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not a reaction keyword: '" + keyword + "'");
    }
    if (!ReactionEmoji.isStandard(emoji)) {
      throw new IllegalArgumentException("not a standard reaction emoji: " + emoji);
    }
  }

  /** The keyword {@code typed} stands for (lower case), when it is one word that fits. */
  public static Optional<String> keyword(String typed) {
    String k = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (k.isEmpty() || k.length() > MAX_KEYWORD || k.codePoints().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    return Optional.of(k);
  }
}
