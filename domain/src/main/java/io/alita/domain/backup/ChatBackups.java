package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.Commit;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Use case: exports a chat's modules to a file of the original's format, checks and previews a file before it is
 * imported, imports it (all chosen modules or none), and resets modules; for the bot's commands and the console alike.
 * How a change is committed is the front door's ({@link Commit}).
 *
 * <p>CONTRACT ONLY (filled in by the backup-domain work; every signature here is what the front doors code against).
 */
public final class ChatBackups {

  /**
   * A checked file, ready to import.
   *
   * @param chat the chat it will be imported into
   * @param file the file as read
   * @param modules the modules that will be replaced (those asked for, or all the file holds)
   * @param preview what the import would change now
   * @param fromOtherChat the file was exported from another chat than {@code chat}
   */
  public record Plan(ChatId chat, BackupFile file, Set<BackupModule> modules, ImportReport preview,
      boolean fromOtherChat) {}

  private final BackupStore store;
  private final Clock clock;

  public ChatBackups(BackupStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The file (UTF-8 JSON, format 1.1) holding the chat's {@code modules} (all 17 when empty), made by {@code by}.
   */
  public byte[] export(ChatId chat, String chatTitle, UserId by, Set<BackupModule> modules) {
    throw new UnsupportedOperationException("contract");
  }

  /**
   * Reads and checks {@code file} for an import into {@code chat} of {@code chosen} (every module the file holds when
   * empty), and previews it. Changes nothing.
   *
   * @param otherChatAccepted whether a file exported from another chat may be imported here
   * @throws BackupRejected when the file is too large, not a backup, or lacks a chosen module, or comes from another
   *     chat and that was not accepted
   */
  public Plan plan(ChatId chat, byte[] file, Set<BackupModule> chosen, boolean otherChatAccepted) {
    throw new UnsupportedOperationException("contract");
  }

  /** Imports a planned file through {@code commit}: every module of the plan replaced, or (on any failure) none. */
  public ImportReport apply(Plan plan, Commit commit) {
    throw new UnsupportedOperationException("contract");
  }

  /** What {@link #reset} would remove, changing nothing. */
  public ImportReport previewReset(ChatId chat, Set<BackupModule> modules) {
    throw new UnsupportedOperationException("contract");
  }

  /** Sets {@code modules} (all 17 when empty) back to their defaults through {@code commit}, all or nothing. */
  public ImportReport reset(ChatId chat, Set<BackupModule> modules, Commit commit) {
    throw new UnsupportedOperationException("contract");
  }

  /**
   * Every chat's file (all 17 modules), one at a time, for the owner's whole-bot export.
   *
   * @param titles each chat's title, as the front door knows it
   */
  public void exportAll(UserId by, java.util.function.Function<ChatId, String> titles,
      BiConsumer<ChatId, byte[]> each) {
    throw new UnsupportedOperationException("contract");
  }
}
