package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outbound port: a chat's state per backup module, in the original's file shape (each module's object as described in
 * the backup format: the Go field names, which are the Go column names). The adapter maps them to and from its tables.
 *
 * <p>Writes join the caller's transaction (a command's unit of work, or the console's {@code Changes}), so a whole
 * import or reset commits or rolls back as one. Every write goes through the tables' change notification, so the
 * running worker's caches see it at once.
 */
public interface BackupStore {

  /** The chat's objects for {@code modules}, one per module (a module with nothing stored gives its empty/default object). */
  Map<BackupModule, Json.Obj> export(ChatId chat, Set<BackupModule> modules);

  /**
   * Replaces the chat's state of every module in {@code data} by the file's (what the file does not hold for a chosen
   * module is removed, or set back to its default). A value our schema refuses (out of range, unknown mode, too long)
   * is not an error: the field keeps our default and the report names it; a row whose key is refused is skipped and
   * named. Joins the caller's transaction.
   */
  ImportReport replace(ChatId chat, Map<BackupModule, Json.Obj> data);

  /**
   * What {@link #replace} would do, changing nothing (computed in a transaction, or savepoint, that is rolled back).
   */
  ImportReport preview(ChatId chat, Map<BackupModule, Json.Obj> data);

  /**
   * What {@link #reset} would do, changing nothing. By default the preview of importing an empty object for each module
   * (which is what a reset amounts to: settings back to their defaults count as changed, rows as removed); an adapter
   * may instead run its reset in a rolled-back savepoint to give reset's own counts.
   */
  default ImportReport previewReset(ChatId chat, Set<BackupModule> modules) {
    Map<BackupModule, Json.Obj> empty = new EnumMap<>(BackupModule.class);
    for (BackupModule module : modules) {
      empty.put(module, new Json.Obj(Map.of()));
    }
    return preview(chat, empty);
  }

  /** Sets every module in {@code modules} back to its defaults for the chat (rows deleted). Joins the caller's transaction. */
  ImportReport reset(ChatId chat, Set<BackupModule> modules);

  /** Every chat with any stored settings or content (group-like chats), for a whole-bot export; ordered by id. */
  List<ChatId> chatsWithData();
}
