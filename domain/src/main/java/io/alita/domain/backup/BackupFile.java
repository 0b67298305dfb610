package io.alita.domain.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One backup file of the original's format (1.1 when written; 1.0 and 1.1 read): its header and one object per module.
 *
 * @param version {@code "1.0"} or {@code "1.1"}
 * @param exportedAt when it was made
 * @param botName {@code "AlitaRobot"} when written here
 * @param chatId the chat it was exported from (never 0)
 * @param chatName that chat's title ("" when the file has none)
 * @param exportedBy who exported it (0 when the file has none)
 * @param modules the modules the file lists, in its order (at least one)
 * @param data each listed module's object
 */
public record BackupFile(String version, Instant exportedAt, String botName, long chatId, String chatName,
    long exportedBy, List<BackupModule> modules, Map<BackupModule, Json.Obj> data) {

  public static final String WRITTEN_VERSION = "1.1";
  public static final String BOT_NAME = "AlitaRobot";
  /** The largest file read: 10 MB, as the original. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  public BackupFile {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(botName, "botName");
    Objects.requireNonNull(chatName, "chatName");
    modules = List.copyOf(modules);
    data = Map.copyOf(data);
  }
}
