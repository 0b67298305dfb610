package io.alita.domain.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The per-note flags an admin writes into a note's text: {@code {private} {noprivate} {admin} {preview} {protect}
 * {nonotif}}. Parsed once when the note is saved; the stored text no longer holds them.
 *
 * <p>Notes only: filters keep these tags as literal text (the original never parsed them for filters, whatever its docs
 * say). Tags are exact and lower-case; {@code \{admin}} is not a tag; a tag may appear anywhere and more than once.
 *
 * @param privateOnly {@code {private}}: deliver in private chat
 * @param noPrivate {@code {noprivate}}: deliver in the group even when private-notes mode is on
 * @param adminOnly {@code {admin}}: only admins may get it
 * @param preview {@code {preview}}: show the link preview
 * @param protect {@code {protect}}: send with protect_content
 * @param noNotif {@code {nonotif}}: send silently
 */
public record NoteFlags(
    boolean privateOnly, boolean noPrivate, boolean adminOnly, boolean preview, boolean protect, boolean noNotif) {

  public static final NoteFlags NONE = new NoteFlags(false, false, false, false, false, false);

  private static final List<String> TAGS =
      List.of("{private}", "{noprivate}", "{admin}", "{preview}", "{protect}", "{nonotif}");

  /** A note's text with its flag tags removed, and the flags. */
  public record Parsed(String text, NoteFlags flags) {}

  public static Parsed parse(String source) {
    Objects.requireNonNull(source, "source");
    boolean[] found = new boolean[TAGS.size()];
    List<SourceSpans.Span> spans = new ArrayList<>();
    int brace = source.indexOf('{');
    while (brace >= 0) {
      int tag = tagAt(source, brace);
      if (tag >= 0 && !BackslashEscapes.isEscaped(source, brace)) {
        found[tag] = true;
        spans.add(new SourceSpans.Span(brace, brace + TAGS.get(tag).length()));
      }
      brace = source.indexOf('{', brace + 1);
    }
    NoteFlags flags = new NoteFlags(found[0], found[1], found[2], found[3], found[4], found[5]);
    return new Parsed(SourceSpans.remove(source, spans), flags);
  }

  /** Both {@code {private}} and {@code {noprivate}}: the save command warns, and {@code {noprivate}} wins at delivery. */
  public boolean conflictingPrivacy() {
    return privateOnly && noPrivate;
  }

  /** The tags these flags were written with, space-separated in a fixed order; empty for {@link #NONE}. For noformat. */
  public String toTags() {
    boolean[] set = {privateOnly, noPrivate, adminOnly, preview, protect, noNotif};
    StringJoiner tags = new StringJoiner(" ");
    for (int i = 0; i < set.length; i++) {
      if (set[i]) {
        tags.add(TAGS.get(i));
      }
    }
    return tags.toString();
  }

  private static int tagAt(String source, int index) {
    for (int i = 0; i < TAGS.size(); i++) {
      if (source.startsWith(TAGS.get(i), index)) {
        return i;
      }
    }
    return -1;
  }
}
