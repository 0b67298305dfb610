package io.alita.domain.format;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Buttons#extract(String)}.
 *
 * @param text the source with every accepted button's markup removed (still Markdown)
 * @param buttons the accepted buttons
 * @param rejected the markup of buttons that were refused (blank label or a URL {@link SafeUrl} does not accept), exactly as
 *     typed; they stay in {@code text} so the admin sees them, and a save command can name them in its reply
 */
public record ButtonExtraction(String text, ButtonGrid buttons, List<String> rejected) {

  public ButtonExtraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(buttons, "buttons");
    rejected = List.copyOf(rejected);
  }
}
