package io.alita.web.chats;

import io.alita.domain.backup.BackupFile;
import io.alita.domain.backup.BackupModule;
import io.alita.domain.backup.BackupRejected;
import io.alita.domain.backup.ChatBackups;
import io.alita.domain.backup.ImportReport;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.web.ConsoleError;
import io.alita.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers of {@link BackupPages}: the page, the download, the upload with its preview, Apply, the reset with its
 * preview, and the whole-bot ZIP.
 */
final class BackupPage {

  private static final Logger LOG = LoggerFactory.getLogger(BackupPage.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  static final String TOO_LARGE = "The file is larger than 10 MB, the most a backup may be, so it was not read. "
      + "Nothing was changed.";

  /** A module's checkbox: its file name and whether it is ticked. */
  public record ModuleBox(String name, boolean checked) {}

  /** One module's line of a preview or result. */
  public record ModuleRow(String module, int added, int changed, int removed) {}

  /** A value that will keep our default. */
  public record ProblemRow(String module, String field, String message) {}

  /** The uploaded file's header as the preview shows it. */
  public record FileView(String name, String version, String exportedAt, long chatId, String chatName,
      long exportedBy, String modules) {}

  private final BackupPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;
  private final PendingUploads uploads;

  BackupPage(BackupPages.Ports ports, ChatLookup lookup, Notice notice, PendingUploads uploads) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
    this.uploads = uploads;
  }

  // ------------------------------------------------------------------------------------------------ the page

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, session, Set.of(), Set.of());
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-backup.html", session, model);
  }

  /** The chat's file, of the modules ticked (all when none is), as an attachment. Changes nothing. */
  void export(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Set<BackupModule> modules = modules(ctx.queryParams("module"));
    byte[] file = ports.backups().export(chat.id(), chat.title().orElse(""), session.user().id(), modules);
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(chat.id()) + "\"");
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(file);
  }

  /** The name a downloaded file gets: the chat and the time, e.g. {@code alita-backup--1001234-20261208-041500.json}. */
  String fileName(ChatId chat) {
    return "alita-backup-" + chat.value() + "-" + STAMP.format(ports.clock().instant()) + ".json";
  }

  // ------------------------------------------------------------------------------------------------ import

  /**
   * Refuses an upload larger than the limit from its Content-Length, before a byte of it is read, and one that turns
   * out larger while it is read (no Content-Length): either way a clear 413 page, never the whole body in memory.
   */
  Handler sizeChecked(Handler inner) {
    return ctx -> {
      if (ctx.req().getContentLengthLong() > BackupPages.MAX_REQUEST_BYTES) {
        throw new ConsoleError(413, TOO_LARGE);
      }
      try {
        inner.handle(ctx);
      } catch (ConsoleError e) {
        throw e;
      } catch (Exception e) {
        // Jetty's multipart parser: a ServletException around a BadMessageException (400), caused by the limit.
        if (exceedsMultipartLimit(e)) {
          throw new ConsoleError(413, TOO_LARGE);
        }
        if (isBadMessage(e)) {
          throw ConsoleError.badRequest("The upload could not be read as a form. Choose the file again on the "
              + "Backup page and send it from there. Nothing was changed.");
        }
        throw e;
      }
    };
  }

  /** Whether the exception is the server's multipart parser refusing a part or request over its limit. */
  static boolean exceedsMultipartLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("max file size exceeded") || message.contains("max length exceeded")
          || message.contains("request entity too large") || message.contains("content too large")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBadMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException) {
        return true;
      }
    }
    return false;
  }

  /** Reads and checks the uploaded file, keeps it for Apply, and shows what it would change. Changes nothing. */
  void upload(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Set<BackupModule> chosen = modules(ctx.formParams("module"));
    UploadedFile uploaded = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    if (uploaded == null || (uploaded.size() == 0 && uploaded.filename().isEmpty())) {
      refusePage(ctx, session, chat, chosen, 400, "Choose a backup file (.json) to upload.");
      return;
    }
    if (uploaded.size() > BackupFile.MAX_BYTES) {
      refusePage(ctx, session, chat, chosen, 413, TOO_LARGE);
      return;
    }
    byte[] file;
    try (InputStream in = uploaded.content()) {
      file = in.readNBytes((int) BackupFile.MAX_BYTES + 1); // capped: never more than the limit and a byte
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (file.length > BackupFile.MAX_BYTES) {
      refusePage(ctx, session, chat, chosen, 413, TOO_LARGE);
      return;
    }
    ChatBackups.Plan plan;
    try {
      // The preview is shown for a file of another chat too, with a warning; Apply asks again whether that is meant.
      plan = ports.backups().plan(chat.id(), file, chosen, true);
    } catch (BackupRejected rejected) {
      refusePage(ctx, session, chat, chosen, rejected.reason() == BackupRejected.Reason.TOO_LARGE ? 413 : 400,
          refusal(rejected));
      return;
    }
    String name = uploaded.filename() == null ? "" : uploaded.filename();
    String token = uploads.keep(session.csrfToken(), chat.id(), file, chosen, name);
    Pages.render(ctx, "chat-backup-preview.html", session, previewModel(chat, plan, token, name, null));
  }

  /** Imports the kept upload: every module of it replaced, or none; then the result on the backup page. */
  void apply(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    String token = ctx.formParam("upload");
    PendingUploads.Upload upload = uploads.find(token, session.csrfToken(), chat.id())
        .orElseThrow(() -> new ConsoleError(410, "This upload is no longer kept: an uploaded file waits "
            + PendingUploads.TTL.toMinutes() + " minutes for Apply, in the browser that sent it. Upload the file "
            + "again. Nothing was changed."));
    boolean otherChatAccepted = "on".equals(ctx.formParam("other_chat"));
    ChatBackups.Plan plan;
    try {
      plan = ports.backups().plan(chat.id(), upload.file(), upload.chosen(), otherChatAccepted);
    } catch (BackupRejected rejected) {
      if (rejected.reason() == BackupRejected.Reason.OTHER_CHAT) {
        ChatBackups.Plan shown = ports.backups().plan(chat.id(), upload.file(), upload.chosen(), true);
        ctx.status(400);
        Pages.render(ctx, "chat-backup-preview.html", session,
            previewModel(chat, shown, token, upload.fileName(), refusal(rejected)));
        return;
      }
      refusePage(ctx, session, chat, upload.chosen(), 400, refusal(rejected));
      return;
    }
    ImportReport report = ports.backups().apply(plan, lookup.commitAs(session));
    uploads.drop(token);
    notice.redirect(ctx, ChatView.of(chat).path() + "/backup", summary("Imported", report));
  }

  // ------------------------------------------------------------------------------------------------ reset

  /** What resetting the ticked modules would remove, with the confirmation form. Changes nothing. */
  void previewReset(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Set<BackupModule> modules = modules(ctx.formParams("module"));
    if (modules.isEmpty()) {
      refusePage(ctx, session, chat, Set.of(), 400, "Tick the modules to reset; nothing was changed.");
      return;
    }
    ImportReport report = ports.backups().previewReset(chat.id(), modules);
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "backup");
    model.put("modules", modules.stream().map(BackupModule::fileName).toList());
    model.put("rows", rows(report, modules));
    model.put("changesNothing", report.changesNothing());
    Pages.render(ctx, "chat-backup-reset.html", session, model);
  }

  /** Resets the modules confirmed: all of them, or (on any failure) none. */
  void reset(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    Set<BackupModule> modules = modules(ctx.formParams("module"));
    if (modules.isEmpty() || !"reset".equals(ctx.formParam("confirm"))) {
      throw ConsoleError.badRequest("Tick the modules to reset and confirm on the page that shows what would be "
          + "removed. Nothing was changed.");
    }
    ImportReport report = ports.backups().reset(chat.id(), modules, lookup.commitAs(session));
    notice.redirect(ctx, ChatView.of(chat).path() + "/backup", summary("Reset", report));
  }

  // ------------------------------------------------------------------------------------------------ whole bot

  /** Every chat's file in one ZIP ({@code <chat id>.json} each), streamed as it is made; owner and team only. */
  void exportAll(Context ctx, ConsoleSession session) {
    if (!session.user().role().seesAllChats()) {
      throw ConsoleError.forbidden("The whole-bot export is for the bot's owner and its team; a group admin "
          + "downloads the backup of each chat they administer on its Backup page.");
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"alita-backup-all-"
        + STAMP.format(ports.clock().instant()) + ".zip\"");
    ctx.contentType("application/zip");
    OutputStream out = ctx.outputStream();
    int[] chats = {0};
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ports.backups().exportAll(session.user().id(),
          id -> ports.directory().chat(id).flatMap(ChatSummary::title).orElse(""),
          (id, file) -> {
            try {
              zip.putNextEntry(new ZipEntry(id.value() + ".json"));
              zip.write(file);
              zip.closeEntry();
              chats[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("whole-bot export of {} chats by console user {}", chats[0], session.user().id().value());
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Map<String, Object> model(ChatSummary chat, ConsoleSession session, Set<BackupModule> importChosen,
      Set<BackupModule> resetChosen) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "backup");
    model.put("exportBoxes", boxes(BackupModule.all()));
    model.put("importBoxes", boxes(importChosen));
    model.put("resetBoxes", boxes(resetChosen));
    model.put("wholeBot", session.user().role().seesAllChats());
    model.put("maxMegabytes", BackupFile.MAX_BYTES / (1024 * 1024));
    return model;
  }

  private void refusePage(Context ctx, ConsoleSession session, ChatSummary chat, Set<BackupModule> chosen, int status,
      String message) {
    Map<String, Object> model = model(chat, session, chosen, Set.of());
    model.put("problems", List.of(message));
    ctx.status(status);
    Pages.render(ctx, "chat-backup.html", session, model);
  }

  private Map<String, Object> previewModel(ChatSummary chat, ChatBackups.Plan plan, String token, String fileName,
      String refusal) {
    BackupFile file = plan.file();
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "backup");
    model.put("token", token);
    model.put("file", new FileView(fileName, file.version(), SHOWN.format(file.exportedAt()), file.chatId(),
        file.chatName(), file.exportedBy(), file.modules().stream().map(BackupModule::fileName)
            .collect(Collectors.joining(", "))));
    model.put("fromOtherChat", plan.fromOtherChat());
    model.put("rows", rows(plan.preview(), plan.modules()));
    model.put("problemRows", plan.preview().problems().stream()
        .map(p -> new ProblemRow(p.module().fileName(), p.field(), p.message())).toList());
    model.put("changesNothing", plan.preview().changesNothing());
    if (refusal != null) {
      model.put("problems", List.of(refusal));
    }
    return model;
  }

  /** One row per module of {@code modules}, in the file's order (a module the report does not name changes nothing). */
  private static List<ModuleRow> rows(ImportReport report, Set<BackupModule> modules) {
    Map<BackupModule, ImportReport.ModuleChange> byModule = new HashMap<>();
    report.changes().forEach(c -> byModule.merge(c.module(), c, (a, b) -> new ImportReport.ModuleChange(a.module(),
        a.added() + b.added(), a.changed() + b.changed(), a.removed() + b.removed())));
    List<ModuleRow> rows = new ArrayList<>();
    for (BackupModule m : BackupModule.values()) {
      if (modules.contains(m) || byModule.containsKey(m)) {
        ImportReport.ModuleChange c = byModule.get(m);
        rows.add(c == null ? new ModuleRow(m.fileName(), 0, 0, 0)
            : new ModuleRow(m.fileName(), c.added(), c.changed(), c.removed()));
      }
    }
    return rows;
  }

  /** The one-line result shown after an import or a reset. */
  static String summary(String done, ImportReport report) {
    List<String> parts = new ArrayList<>();
    for (ImportReport.ModuleChange c : report.changes()) {
      if (c.isEmpty()) {
        continue;
      }
      List<String> counts = new ArrayList<>();
      if (c.added() > 0) {
        counts.add(c.added() + " added");
      }
      if (c.changed() > 0) {
        counts.add(c.changed() + " changed");
      }
      if (c.removed() > 0) {
        counts.add(c.removed() + " removed");
      }
      parts.add(c.module().fileName() + " (" + String.join(", ", counts) + ")");
    }
    String text = parts.isEmpty() ? done + ": nothing differed, nothing was changed."
        : done + ": " + String.join("; ", parts) + ".";
    int problems = report.problems().size();
    if (problems > 0) {
      text += " " + problems + (problems == 1 ? " value" : " values") + " kept the default (listed in the preview).";
    }
    return text;
  }

  /** The sentence for a refused file, per reason. */
  static String refusal(BackupRejected rejected) {
    String detail = rejected.detail();
    String d = detail.isEmpty() ? "" : " (" + detail + ")";
    String why = switch (rejected.reason()) {
      case TOO_LARGE -> "The file is larger than 10 MB" + d + ", the most a backup may be.";
      case NOT_JSON -> "This is not a backup file: it is not valid JSON" + d + ".";
      case TRUNCATED -> "The file ends too early: it was cut off, by an interrupted download or copy" + d
          + ". Export it again.";
      case TRAILING_DATA -> "The file goes on after the end of the backup" + d
          + ": it was edited by hand, or two files were joined.";
      case TOO_COMPLEX -> "The file is nested too deeply or holds too many values to be a backup" + d
          + ", so it was not read.";
      case NOT_A_BACKUP -> detail.isEmpty() ? "This JSON file is not a backup."
          : "This JSON file is not a backup: its " + detail + " is missing or of the wrong type.";
      case UNSUPPORTED_VERSION -> "The file's format version" + (detail.isEmpty() ? "" : " " + detail)
          + " is not one this bot reads (1.0 and 1.1 are).";
      case UNKNOWN_MODULE -> "The file names a module that does not exist" + (detail.isEmpty() ? "" : ": " + detail)
          + ". The modules are " + BackupModule.all().stream().map(BackupModule::fileName)
              .collect(Collectors.joining(", ")) + ".";
      case MODULE_WITHOUT_DATA -> "The file lists the module" + (detail.isEmpty() ? "" : " " + detail)
          + " but holds no data for it.";
      case MODULE_NOT_IN_FILE -> "The file does not hold the module" + (detail.isEmpty() ? "" : " " + detail)
          + " you ticked.";
      case OTHER_CHAT -> "This file was exported from another chat" + (detail.isEmpty() ? "" : ", " + detail)
          + ". Tick \"Import it into this chat anyway\" to copy it here.";
    };
    return why + " Nothing was changed.";
  }

  /** The modules named by a form's or link's {@code module} fields; an unknown name is refused. */
  static Set<BackupModule> modules(List<String> names) {
    Set<BackupModule> modules = EnumSet.noneOf(BackupModule.class);
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      modules.add(BackupModule.named(name).orElseThrow(() -> ConsoleError.badRequest("There is no module called "
          + name + ". Use the page's checkboxes.")));
    }
    return modules;
  }

  private static List<ModuleBox> boxes(Set<BackupModule> checked) {
    return BackupModule.all().stream().map(m -> new ModuleBox(m.fileName(), checked.contains(m))).toList();
  }
}
