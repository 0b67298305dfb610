package io.alita.domain.format;

import java.util.List;
import java.util.Objects;

/**
 * Fillings: {@code {first} {last} {fullname} {username} {mention} {id} {chatname} {count}}, replaced at send time with the
 * values of a {@link FillingContext}, escaped.
 *
 * <ul>
 *   <li>{@code {mention}} is always a clickable mention, {@code <a href="tg://user?id=ID">first name</a>} (the user id
 *       when the first name is empty). The original made it equal to {@code {username}}; a mention that never mentions
 *       when the user has a username was a surprise, so here it always does.
 *   <li>{@code {username}} is {@code @username}, or the mention when the user has none.
 *   <li>{@code {last}} is empty when there is no last name; {@code {count}} is "?" when the count is unknown.
 *   <li>Inside code, pre blocks and link labels a filling takes its plain form: {@code {mention}} is the first name and
 *       {@code {username}} the @username or first name, because Telegram allows no link there.
 *   <li>Names are exact and lower-case; anything else in braces ({@code {x}}, {@code {First}}) stays as typed, and
 *       {@code \{first}} shows "{first}".
 *   <li>Substitution is a single left-to-right pass over the admin's text: an inserted value is never scanned again, so a
 *       user named "{first}" or "*boss*" is shown exactly so.
 * </ul>
 *
 * <p>The {@code {rules}} directives are not fillings but button directives: {@link MessageFormatter} takes them out of the
 * source before the Markdown step.
 */
public final class Fillings {

  /** Every filling name, without braces. */
  public static final List<String> NAMES =
      List.of("first", "last", "fullname", "username", "mention", "id", "chatname", "count");

  private static final String UNKNOWN_COUNT = "?";
  private static final int LONGEST_NAME = NAMES.stream().mapToInt(String::length).max().orElseThrow();

  private Fillings() {}

  /** Escapes plain (non-Markdown) text for HTML and substitutes its fillings. */
  public static String toHtml(String plainText, FillingContext context) {
    Objects.requireNonNull(plainText, "plainText");
    Objects.requireNonNull(context, "context");
    HtmlWriter out = new HtmlWriter(HtmlWriter.UNLIMITED);
    write(plainText, context, false, out);
    return out.html();
  }

  static void write(String text, FillingContext context, boolean plainOnly, HtmlWriter out) {
    int literalStart = 0;
    int brace = text.indexOf('{');
    while (brace >= 0) {
      int close = text.indexOf('}', brace + 1);
      if (close < 0) {
        break;
      }
      if (close - brace - 1 <= LONGEST_NAME && NAMES.contains(text.substring(brace + 1, close))) {
        String name = text.substring(brace + 1, close);
        out.text(text.substring(literalStart, brace));
        writeValue(name, context, plainOnly, out);
        literalStart = close + 1;
        brace = text.indexOf('{', literalStart);
      } else {
        brace = text.indexOf('{', brace + 1);
      }
    }
    out.text(text.substring(literalStart));
  }

  private static void writeValue(String name, FillingContext context, boolean plainOnly, HtmlWriter out) {
    switch (name) {
      case "first" -> out.text(context.firstName());
      case "last" -> out.text(context.lastName() == null ? "" : context.lastName());
      case "fullname" -> out.text(context.fullName());
      case "username" -> {
        if (context.username() != null) {
          out.text("@" + context.username());
        } else {
          mention(context, plainOnly, out);
        }
      }
      case "mention" -> mention(context, plainOnly, out);
      case "id" -> out.text(context.userId().toString());
      case "chatname" -> out.text(context.chatTitle());
      case "count" -> out.text(context.memberCount() == null ? UNKNOWN_COUNT : context.memberCount().toString());
      default -> throw new IllegalArgumentException("not a filling: " + name);
    }
  }

  private static void mention(FillingContext context, boolean plainOnly, HtmlWriter out) {
    String label = context.firstName().isBlank() ? context.userId().toString() : context.firstName();
    if (plainOnly) {
      out.text(label);
      return;
    }
    out.open("<a href=\"tg://user?id=" + context.userId().value() + "\">", "</a>");
    out.text(label);
    out.close();
  }
}
