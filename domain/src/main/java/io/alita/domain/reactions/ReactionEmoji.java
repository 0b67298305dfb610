package io.alita.domain.reactions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Telegram's standard reaction emoji: the only ones a bot may set with {@code setMessageReaction} without a
 * custom-emoji subscription (the Bot API's {@code ReactionTypeEmoji} list). Each is kept as Telegram spells it, which
 * is mostly without the variation selector U+FE0F; an emoji typed with one (a keyboard's ❤️) is read as Telegram's.
 */
public final class ReactionEmoji {

  /** The list, in the Bot API's order. */
  public static final List<String> STANDARD = List.of(
      "👍", "👎", "❤", "🔥", "🥰", "👏", "😁", "🤔", "🤯", "😱", "🤬", "😢", "🎉", "🤩", "🤮", "💩", "🙏", "👌", "🕊",
      "🤡", "🥱", "🥴", "😍", "🐳", "❤\u200D🔥", "🌚", "🌭", "💯", "🤣", "⚡", "🍌", "🏆", "💔", "🤨", "😐", "🍓", "🍾",
      "💋", "🖕", "😈", "😴", "😭", "🤓", "👻", "👨\u200D💻", "👀", "🎃", "🙈", "😇", "😨", "🤝", "✍", "🤗", "🫡", "🎅",
      "🎄", "☃", "💅", "🤪", "🗿", "🆒", "💘", "🙉", "🦄", "😘", "💊", "🙊", "😎", "👾", "🤷\u200D♂", "🤷",
      "🤷\u200D♀", "😡");

  private static final Set<String> SET = Set.copyOf(STANDARD);
  private static final String VARIATION_SELECTOR = "\uFE0F";

  private ReactionEmoji() {}

  /** The standard reaction {@code typed} is, as Telegram spells it; empty when it is none of them. */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String t = typed.strip();
    if (SET.contains(t)) {
      return Optional.of(t);
    }
    String bare = t.replace(VARIATION_SELECTOR, "");
    return SET.contains(bare) ? Optional.of(bare) : Optional.empty();
  }

  /** True when {@code emoji} is one of {@link #STANDARD}, exactly as Telegram spells it. */
  public static boolean isStandard(String emoji) {
    return SET.contains(emoji);
  }
}
