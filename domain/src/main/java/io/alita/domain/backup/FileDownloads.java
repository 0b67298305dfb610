package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import java.util.Objects;

/**
 * Outbound port: the bytes of a file a user sent the bot, by its Telegram file id, bounded in size and time. The
 * adapter asks the Bot API where the file is ({@code getFile}), refuses it from the size Telegram reports when that is
 * over the limit, downloads it only from the configured Bot API server, and stops reading past the limit in case the
 * reported size was wrong.
 */
public interface FileDownloads {

  /** What came of one download. */
  sealed interface Result {}

  /** The whole file, at most the limit. */
  record Downloaded(byte[] bytes) implements Result {
    public Downloaded {
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * Larger than the limit: refused before or while downloading.
   *
   * @param size the size Telegram reported, or -1 when the body turned out longer than it said
   */
  record TooLarge(long size) implements Result {}

  /**
   * The file could not be had (Telegram refused the id, the server failed or was too slow, a path on another host);
   * {@code why} is for the log, never shown to a user.
   */
  record Unavailable(String why) implements Result {
    public Unavailable {
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * Downloads {@code fileId}, refusing anything over {@code maxBytes}. Never throws.
   *
   * @param chat the chat the file was sent in (its calls count against that chat's limits)
   */
  Result download(ChatId chat, String fileId, long maxBytes);

  /** For an assembly that cannot reach Telegram (the console's sandbox): every download is unavailable. */
  FileDownloads NONE = (chat, fileId, maxBytes) -> new Unavailable("no Bot API to download from here");
}
