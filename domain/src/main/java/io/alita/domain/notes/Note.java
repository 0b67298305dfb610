package io.alita.domain.notes;

import io.alita.domain.content.StoredContent;
import io.alita.domain.format.NoteFlags;
import java.util.Objects;

/**
 * One saved note of a chat: its name, what it sends (text or a file with its caption, and URL buttons) and its flags.
 * The text no longer holds the flag tags: they were read when it was saved.
 */
public record Note(NoteName name, StoredContent content, NoteFlags flags) {

  public Note {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(flags, "flags");
  }

  /** Whether it is sent in private: private-notes mode is on or the note is {@code {private}}, unless {@code {noprivate}}. */
  public boolean goesToPrivate(boolean privateMode) {
    return (privateMode || flags.privateOnly()) && !flags.noPrivate();
  }
}
