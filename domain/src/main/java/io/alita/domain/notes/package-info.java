/**
 * Notes: named replies a chat keeps ({@code /save}, {@code /get}, {@code #name}, {@code /notes}), with per-note flags
 * and private delivery through {@code note_<chat>_<name>} deep links; {@link io.alita.domain.notes.NotesEdit} is the
 * use case the commands and the console share.
 */
package io.alita.domain.notes;
