package io.alita.web.chats;

import io.alita.domain.audit.Changes;
import io.alita.domain.backup.BackupFile;
import io.alita.domain.backup.ChatBackups;
import io.alita.domain.console.ChatDirectory;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * The console's backups (issue 12, decision 0033): per chat, {@code /chats/{id}/backup} to download the chat's export,
 * upload a file with a preview before it is applied, and reset modules after a preview; and {@code /backups/all.zip},
 * every chat's file in one ZIP, for the owner and the team. Everything goes through {@link ChatBackups}, the use case of
 * {@code /export}, {@code /import} and {@code /reset}; a change is committed as the signed-in user (one transaction,
 * audited, heard by the running worker). The console has no cooldowns: its users are signed in and audited.
 */
public final class BackupPages implements PageGroup {

  /** The largest upload request: the largest file and room for the form's other fields and the multipart framing. */
  static final long MAX_REQUEST_BYTES = BackupFile.MAX_BYTES + 64 * 1024;

  /**
   * What the pages need.
   *
   * @param changes commits a change as the signed-in user
   * @param backups the use case the bot's commands use
   * @param clock how long an uploaded file is kept for its Apply
   */
  public record Ports(ChatDirectory directory, Changes changes, ChatBackups backups, Clock clock) {
    public Ports {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(backups, "backups");
      Objects.requireNonNull(clock, "clock");
    }
  }

  private final Ports ports;
  private final boolean https;

  /** @param https the console is served over HTTPS (its one-shot notice cookie is then {@code Secure}) */
  public BackupPages(Ports ports, boolean https) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.https = https;
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    // The server's multipart limits (the console's only multipart form is the backup upload): a larger file is never
    // read in full; parts go to a temporary file, not memory.
    cfg.jetty.multipartConfig.maxFileSize(BackupFile.MAX_BYTES, SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);

    ChatLookup lookup = new ChatLookup(ports.directory(), ports.changes(), guard);
    BackupPage page = new BackupPage(ports, lookup, new Notice(https),
        new PendingUploads(ports.clock(), new SecureRandom()));
    cfg.routes.get("/chats/{id}/backup", guard.chatViewer(page::show));
    cfg.routes.get("/chats/{id}/backup/export", guard.chatViewer(page::export));
    cfg.routes.post("/chats/{id}/backup/upload", page.sizeChecked(guard.form(page::upload)));
    cfg.routes.post("/chats/{id}/backup/apply", guard.form(page::apply));
    cfg.routes.post("/chats/{id}/backup/reset", guard.form(page::previewReset));
    cfg.routes.post("/chats/{id}/backup/reset/confirm", guard.form(page::reset));
    cfg.routes.get("/backups/all.zip", guard.chatViewer(page::exportAll));
  }
}
