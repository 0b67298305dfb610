package io.alita.domain.format;

import java.util.List;

/** The parsed form of a Markdown source: a tree whose text is still raw (unescaped, fillings not yet substituted). */
sealed interface Node {

  /**
   * Literal text.
   *
   * @param fillable false for a backslash-escaped character, so that {@code \{first}} can never form a filling
   */
  record Text(String value, boolean fillable) implements Node {}

  record Styled(Style style, List<Node> children) implements Node {}

  record Code(String value) implements Node {}

  /** A pre-formatted block; {@code language} is null when none was given. */
  record Pre(String language, String value) implements Node {}

  /** An inline link; {@code href} has passed {@link SafeUrl}. */
  record Link(String href, List<Node> children) implements Node {}

  enum Style {
    BOLD("b"),
    ITALIC("i"),
    UNDERLINE("u"),
    STRIKE("s"),
    SPOILER("tg-spoiler");

    private final String tag;

    Style(String tag) {
      this.tag = tag;
    }

    String openTag() {
      return "<" + tag + ">";
    }

    String closeTag() {
      return "</" + tag + ">";
    }
  }
}
