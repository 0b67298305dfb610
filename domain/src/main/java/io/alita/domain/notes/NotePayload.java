package io.alita.domain.notes;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.NoteFlags;
import io.alita.domain.format.UrlButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A note written into a confirmation's payload, so that the Yes of "overwrite?" saves exactly what was typed (user
 * text never rides a button). Every field is length-prefixed ({@code 5:hello}), so any text survives as it is.
 */
final class NotePayload {

  private static final String VERSION = "n1";

  private NotePayload() {}

  static String encode(Note note) {
    StringBuilder out = new StringBuilder(VERSION);
    field(out, note.name().value());
    field(out, Integer.toString(note.content().type().code()));
    field(out, note.content().text());
    field(out, note.content().fileId());
    NoteFlags f = note.flags();
    field(out, bits(f.privateOnly(), f.noPrivate(), f.adminOnly(), f.preview(), f.protect(), f.noNotif()));
    List<List<UrlButton>> rows = note.content().buttons().rows();
    field(out, Integer.toString(rows.size()));
    for (List<UrlButton> row : rows) {
      field(out, Integer.toString(row.size()));
      for (UrlButton b : row) {
        field(out, b.text());
        field(out, b.url());
      }
    }
    return out.toString();
  }

  /** The note {@code payload} holds; empty for anything {@link #encode} did not write. */
  static Optional<Note> decode(String payload) {
    try {
      Reader in = new Reader(payload);
      Optional<NoteName> name = NoteName.parse(in.next());
      Optional<ContentType> type = ContentType.ofCode(Integer.parseInt(in.next()));
      String text = in.next();
      String fileId = in.next();
      String bits = in.next();
      if (name.isEmpty() || type.isEmpty() || bits.length() != 6) {
        return Optional.empty();
      }
      int rowCount = Integer.parseInt(in.next());
      List<List<UrlButton>> rows = new ArrayList<>();
      for (int r = 0; r < rowCount; r++) {
        int size = Integer.parseInt(in.next());
        List<UrlButton> row = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          row.add(new UrlButton(in.next(), in.next()));
        }
        rows.add(row);
      }
      in.end();
      NoteFlags flags = new NoteFlags(bits.charAt(0) == '1', bits.charAt(1) == '1', bits.charAt(2) == '1',
          bits.charAt(3) == '1', bits.charAt(4) == '1', bits.charAt(5) == '1');
      return Optional.of(new Note(name.get(), new StoredContent(type.get(), text, fileId, new ButtonGrid(rows)), flags));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void field(StringBuilder out, String value) {
    out.append(value.length()).append(':').append(value);
  }

  private static String bits(boolean... flags) {
    StringBuilder b = new StringBuilder();
    for (boolean f : flags) {
      b.append(f ? '1' : '0');
    }
    return b.toString();
  }

  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      if (!s.startsWith(VERSION)) {
        throw new IllegalArgumentException("not a note payload");
      }
      this.s = s;
      this.i = VERSION.length();
    }

    String next() {
      int colon = s.indexOf(':', i);
      int length = Integer.parseInt(s.substring(i, colon));
      String value = s.substring(colon + 1, colon + 1 + length);
      i = colon + 1 + length;
      return value;
    }

    void end() {
      if (i != s.length()) {
        throw new IllegalArgumentException("trailing characters");
      }
    }
  }
}
