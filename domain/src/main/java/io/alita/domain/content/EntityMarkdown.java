package io.alita.domain.content;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.format.Html;
import io.alita.domain.format.MarkdownToHtml;
import io.alita.domain.format.SafeUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A received text with its formatting entities, written back as the Markdown {@link io.alita.domain.format.MarkdownParser}
 * reads, so that a note saved as a reply to a formatted message sends the same formatting: bold {@code *}, italic
 * {@code _}, underline {@code __}, strikethrough {@code ~}, spoiler {@code ||}, code {@code `}, pre {@code ```} and
 * text links {@code [text](url)}. Mentions, hashtags, URLs and the rest stay plain text (Telegram recognises them again
 * when the note is sent). Every other character that would read as markup, a filling ({@code {first}}), a variant
 * separator ({@code %%%}) or a button is escaped with a backslash, so a plain text stays plain.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Overlapping entities are split where they cross, so the Markdown is well nested ({@code <b>ab<i>c</i></b><i>d</i>}).
 *       Two entities of one style count as one.
 *   <li>Spaces at the edge of a styled span are moved outside it (Markdown needs a non-space after an opener and before a
 *       closer); a span of spaces only is dropped. Styles crossing a link's edge are closed and reopened there.
 *   <li>What Markdown cannot say is dropped rather than shown as stray markers: italic or underline that starts or ends
 *       inside a word ({@code snake_case} stays literal by design), code holding a backtick, a brace, {@code %%%} or
 *       button markup, links to targets {@link SafeUrl} refuses (a {@code tg://user} mention is a text_mention, not a link
 *       anyway), code inside a link. The result is checked: its visible text must be the received text, and entities
 *       are dropped one by one until it is, so the worst case is the escaped plain text.
 *   <li>Offsets are UTF-16 code units, as in Java strings; an entity reaching past the text is cut at its end.
 * </ul>
 */
public final class EntityMarkdown {

  private static final String SPECIAL = "\\*_~|`[](){}%";

  /** Inline styles, in the order they are opened when several start together and end together. */
  private enum Style {
    UNDERLINE("__"), BOLD("*"), STRIKE("~"), SPOILER("||"), ITALIC("_");

    final String marker;

    Style(String marker) {
      this.marker = marker;
    }
  }

  /** One usable span: a style, a code or pre block, or a link. */
  private record Span(int start, int end, Style style, EntityType kind, String url) {}

  private EntityMarkdown() {}

  public static String of(String text, List<MessageEntity> entities) {
    List<Span> spans = usable(text, entities);
    String all = write(text, spans);
    if (spans.isEmpty() || readsAs(all, text)) {
      return all;
    }
    // Something does not come out as meant: keep each span only if the text still reads right with it.
    List<Span> kept = new ArrayList<>();
    for (Span span : spans) {
      kept.add(span);
      if (!readsAs(write(text, kept), text)) {
        kept.remove(kept.size() - 1);
      }
    }
    return write(text, kept);
  }

  /** True when {@code markdown} shows exactly {@code text}: no marker left over, no character lost. */
  private static boolean readsAs(String markdown, String text) {
    return Html.visibleText(MarkdownToHtml.convert(markdown)).equals(text);
  }

  // --- which entities can be written --------------------------------------------------------------------------------

  private static List<Span> usable(String text, List<MessageEntity> entities) {
    List<Span> blocks = new ArrayList<>(); // code, pre and links: never overlapping one another
    List<Span> styles = new ArrayList<>();
    List<MessageEntity> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparingInt(MessageEntity::offset).thenComparing(e -> -e.length()));
    for (MessageEntity e : sorted) {
      int start = codePointStart(text, Math.min(e.offset(), text.length()));
      int end = codePointEnd(text, Math.min(e.end(), text.length()));
      if (start >= end) {
        continue;
      }
      Style style = style(e.type());
      if (style != null) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (start < end) {
          styles.add(new Span(start, end, style, e.type(), null));
        }
      } else if (e.type() == EntityType.CODE || e.type() == EntityType.PRE) {
        String content = text.substring(start, end);
        if (literalInCode(content) && !(e.type() == EntityType.PRE && content.isBlank())
            && noneOverlap(blocks, start, end)) {
          blocks.add(new Span(start, end, null, e.type(), null));
        }
      } else if (e.type() == EntityType.TEXT_LINK) {
        Optional<String> url = e.url().flatMap(SafeUrl::normalize).filter(EntityMarkdown::writableUrl);
        if (url.isPresent() && !text.substring(start, end).isBlank()
            && noneOverlap(blocks, start, end)) {
          blocks.add(new Span(start, end, null, e.type(), url.get()));
        }
      }
    }
    List<Span> spans = new ArrayList<>(blocks);
    spans.addAll(styles);
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
    return spans;
  }

  /**
   * {@code index}, moved back to the start of the character it falls inside: an entity edge between the two halves of
   * a surrogate pair (an emoji) would put a marker there, and the HTML would carry two lone surrogates that UTF-8
   * cannot encode.
   */
  private static int codePointStart(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
  }

  /** {@code index}, moved forward to the end of the character it falls inside (see {@link #codePointStart}). */
  private static int codePointEnd(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1)) ? index + 1 : index;
  }

  private static Style style(EntityType type) {
    return switch (type) {
      case BOLD -> Style.BOLD;
      case ITALIC -> Style.ITALIC;
      case UNDERLINE -> Style.UNDERLINE;
      case STRIKETHROUGH -> Style.STRIKE;
      case SPOILER -> Style.SPOILER;
      default -> null;
    };
  }

  private static boolean noneOverlap(List<Span> blocks, int start, int end) {
    for (Span b : blocks) {
      if (b.start() < end && start < b.end()) {
        return false;
      }
    }
    return true;
  }

  /** Code and pre content is taken literally by the Markdown, but fillings, variants and buttons are read before it. */
  private static boolean literalInCode(String content) {
    return content.indexOf('`') < 0 && content.indexOf('{') < 0 && !content.contains("%%%")
        && !content.toLowerCase(Locale.ROOT).contains("](buttonurl:");
  }

  /** A link target must stand between parentheses unchanged: balanced, and nothing a later step would read. */
  private static boolean writableUrl(String url) {
    int depth = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0 && url.indexOf('{') < 0 && !url.contains("%%%") && !url.contains("](");
  }

  // --- writing -----------------------------------------------------------------------------------------------------

  private static String write(String text, List<Span> spans) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Span s : spans) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    // Nothing starts or ends inside a code block: it is written whole, inside the styles covering all of it.
    for (Span s : spans) {
      if (s.style() == null && s.kind() != EntityType.TEXT_LINK) {
        cuts.subSet(s.start() + 1, s.end()).clear();
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    List<Span> open = new ArrayList<>(); // the styles written so far and not closed, outermost first
    StringBuilder pending = new StringBuilder(); // trailing spaces of the last segment, written after any closers
    Span link = null;
    Integer[] points = cuts.toArray(Integer[]::new);
    for (int i = 0; i + 1 < points.length; i++) {
      int from = points[i];
      int to = points[i + 1];
      Span block = blockAt(spans, from, to);
      List<Span> wanted = stylesOver(spans, from, to);
      boolean linkEdge = link != null && link.end() <= from
          || link == null && block != null && block.kind() == EntityType.TEXT_LINK;
      if (linkEdge) {
        close(out, open, 0);
        if (link != null) {
          out.append(pending).append("](").append(link.url()).append(')');
          pending.setLength(0);
          link = null;
        }
      } else {
        int keep = 0;
        while (keep < open.size() && contains(wanted, open.get(keep).style())) {
          keep++;
        }
        close(out, open, keep);
      }
      out.append(pending);
      pending.setLength(0);
      if (block != null && block.kind() == EntityType.TEXT_LINK && link == null) {
        link = block;
        out.append('[');
      }
      String segment = text.substring(from, to);
      boolean code = block != null && block.kind() != EntityType.TEXT_LINK && link == null;
      int lead = 0;
      int trail = segment.length();
      if (!code) {
        while (lead < trail && Character.isWhitespace(segment.charAt(lead))) {
          lead++;
        }
        while (trail > lead && Character.isWhitespace(segment.charAt(trail - 1))) {
          trail--;
        }
      }
      out.append(segment, 0, lead);
      if (lead == trail) {
        continue; // spaces only: nothing opens for them
      }
      List<Span> toOpen = new ArrayList<>();
      for (Span s : wanted) {
        if (!contains(open, s.style())) {
          toOpen.add(s);
        }
      }
      toOpen.sort(Comparator.comparingInt((Span s) -> -s.end()).thenComparing(Span::style));
      for (Span s : toOpen) {
        out.append(s.style().marker);
        open.add(s);
      }
      String core = segment.substring(lead, trail);
      if (code && block.kind() == EntityType.PRE) {
        out.append("```\n").append(core).append("\n```");
      } else if (code) {
        out.append('`').append(core).append('`');
      } else {
        escape(core, out);
      }
      pending.append(segment, trail, segment.length());
    }
    close(out, open, 0);
    if (link != null) {
      out.append(pending).append("](").append(link.url()).append(')');
      pending.setLength(0);
    }
    return out.append(pending).toString();
  }

  /** The code, pre or link block covering [from, to), if any. */
  private static Span blockAt(List<Span> spans, int from, int to) {
    for (Span s : spans) {
      if (s.style() == null && s.start() <= from && to <= s.end()) {
        return s;
      }
    }
    return null;
  }

  /** The styles covering [from, to), one per style, the one reaching furthest for each. */
  private static List<Span> stylesOver(List<Span> spans, int from, int to) {
    List<Span> over = new ArrayList<>();
    Set<Style> seen = EnumSet.noneOf(Style.class);
    List<Span> candidates = new ArrayList<>();
    for (Span s : spans) {
      if (s.style() != null && s.start() <= from && to <= s.end()) {
        candidates.add(s);
      }
    }
    candidates.sort(Comparator.comparingInt((Span s) -> -s.end()));
    for (Span s : candidates) {
      if (seen.add(s.style())) {
        over.add(s);
      }
    }
    return over;
  }

  private static boolean contains(List<Span> spans, Style style) {
    return spans.stream().anyMatch(s -> s.style() == style);
  }

  private static void close(StringBuilder out, List<Span> open, int keep) {
    while (open.size() > keep) {
      out.append(open.remove(open.size() - 1).style().marker);
    }
  }

  private static void escape(String plain, StringBuilder out) {
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
  }
}
