package io.alita.domain.notes;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: each chat's notes (the {@code notes} table) and its private-notes mode ({@code notes_settings}).
 * Notes are read when someone asks for one, so nothing is cached.
 *
 * <p>Writes that may create the chat's first row take the chat as the message showed it, so that a store keyed on the
 * chats table can record a chat the bot has not recorded yet. Writes join the caller's transaction when there is one.
 */
public interface NotesStore {

  /** The chat's notes, by name. */
  List<Note> list(ChatId chat);

  Optional<Note> find(ChatId chat, NoteName name);

  /** Saves {@code note}, replacing the chat's note of that name if there is one. */
  void save(SeenChat chat, Note note);

  /** Removes the note; false when the chat has no note of that name. */
  boolean remove(ChatId chat, NoteName name);

  /** Removes every note of the chat and says how many there were. */
  int removeAll(ChatId chat);

  /** Whether private-notes mode is on: every note (but {@code {noprivate}} ones) is sent in private. */
  boolean privateMode(ChatId chat);

  void setPrivateMode(SeenChat chat, boolean on);

  /** The chat's title as the bot last recorded it, for a note sent in private (where {@code {chatname}} names it). */
  Optional<String> chatTitle(ChatId chat);
}
