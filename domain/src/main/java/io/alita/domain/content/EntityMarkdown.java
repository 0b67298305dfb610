package io.alita.domain.content;

import io.alita.domain.command.MessageEntity;
import java.util.List;

/**
 * A received text with its formatting entities, written back as the Markdown {@link io.alita.domain.format.MarkdownParser}
 * reads, so that a note saved as a reply to a formatted message sends the same formatting. Characters that would read as
 * markup are escaped with a backslash, so a plain text stays plain.
 */
public final class EntityMarkdown {

  private static final String SPECIAL = "\\*_~|`[](){}%";

  private EntityMarkdown() {}

  public static String of(String text, List<MessageEntity> entities) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
