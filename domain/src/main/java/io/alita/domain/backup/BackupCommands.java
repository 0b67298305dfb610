package io.alita.domain.backup;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.content.ContentType;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.UnitOfWork;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.Commit;
import io.alita.domain.update.Media;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Backup module's commands (docs/decisions/0039):
 * <ul>
 *   <li>{@code /export [module…]} (admin, bot admin): sends the chat's backup, in the original's file format, as a
 *       JSON document;
 *   <li>{@code /import [--other-chat] [module…]} as a reply to a backup file (the chat's creator): downloads and checks
 *       it, shows what it would change, and imports it when the creator presses Yes;
 *   <li>{@code /reset [module…]} (the chat's creator): shows what would be removed, and resets when the creator
 *       presses Yes.
 * </ul>
 * Each rests per chat after an attempt (export 5 minutes, import 10, reset an hour; {@link BackupCooldowns}), also
 * when the attempt was refused. A usage mistake (an unknown module name, /import not replying to a file) is answered
 * without using the cooldown. None of the three works over a connection: a backup concerns the group it is sent in.
 *
 * <p>The confirmation stores only the file's id, the chosen modules and the other-chat flag; the Yes downloads and
 * checks the file again, so nothing of a file waits in the database and the import is of the file as it is then.
 */
public final class BackupCommands implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Backup";
  /** The reset dialog's button namespace (the import's is the original's {@code backup}). */
  public static final CallbackNamespace RESET_NAMESPACE = new CallbackNamespace("backup_reset");

  static final MessageKey UNKNOWN_MODULE = MessageKey.of("backup.unknown_module");
  static final MessageKey IMPORT_USAGE = MessageKey.of("backup.import_usage");
  static final MessageKey COOLDOWN = MessageKey.of("backup.cooldown");
  static final MessageKey EXPORTED = MessageKey.of("backup.exported");
  static final MessageKey DOWNLOAD_FAILED = MessageKey.of("backup.download_failed");
  static final MessageKey TOO_LARGE = MessageKey.of("backup.too_large");
  static final MessageKey NOT_JSON = MessageKey.of("backup.rejected_not_json");
  static final MessageKey TRUNCATED = MessageKey.of("backup.rejected_truncated");
  static final MessageKey TRAILING = MessageKey.of("backup.rejected_trailing");
  static final MessageKey TOO_COMPLEX = MessageKey.of("backup.rejected_too_complex");
  static final MessageKey NOT_A_BACKUP = MessageKey.of("backup.rejected_not_a_backup");
  static final MessageKey VERSION = MessageKey.of("backup.rejected_version");
  static final MessageKey FILE_UNKNOWN_MODULE = MessageKey.of("backup.rejected_unknown_module");
  static final MessageKey WITHOUT_DATA = MessageKey.of("backup.rejected_module_without_data");
  static final MessageKey NOT_IN_FILE = MessageKey.of("backup.rejected_module_not_in_file");
  static final MessageKey OTHER_CHAT = MessageKey.of("backup.rejected_other_chat");
  static final MessageKey IMPORT_QUESTION = MessageKey.of("backup.import_question");
  static final MessageKey CHANGE_LINE = MessageKey.of("backup.change_line");
  static final MessageKey NO_CHANGES = MessageKey.of("backup.no_changes");
  static final MessageKey PROBLEMS = MessageKey.of("backup.problems");
  static final MessageKey PROBLEM_LINE = MessageKey.of("backup.problem_line");
  static final MessageKey PROBLEMS_MORE = MessageKey.of("backup.problems_more");
  static final MessageKey FROM_OTHER_CHAT = MessageKey.of("backup.from_other_chat");
  static final MessageKey IMPORT_YES = MessageKey.of("backup.import_yes");
  static final MessageKey NO = MessageKey.of("backup.no");
  static final MessageKey IMPORT_CANCELLED = MessageKey.of("backup.import_cancelled");
  static final MessageKey IMPORTED = MessageKey.of("backup.imported");
  static final MessageKey RESET_QUESTION = MessageKey.of("backup.reset_question");
  static final MessageKey RESET_YES = MessageKey.of("backup.reset_yes");
  static final MessageKey RESET_CANCELLED = MessageKey.of("backup.reset_cancelled");
  static final MessageKey RESET_DONE = MessageKey.of("backup.reset_done");

  /** At most this many problems are listed in a question; the rest are counted. */
  static final int PROBLEMS_SHOWN = 10;
  /** The flag that accepts a file exported from another chat; also as phones type it, with a dash. */
  static final Set<String> OTHER_CHAT_FLAGS = Set.of("--other-chat", "—other-chat", "–other-chat", "-other-chat");

  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());
  private static final Gate EXPORTER = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin());
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  private final ChatBackups backups;
  private final BackupCooldowns cooldowns;
  private final FileDownloads downloads;
  private final Clock clock;
  private final ConfirmDialog importDialog;
  private final ConfirmDialog resetDialog;

  public BackupCommands(ChatBackups backups, BackupCooldowns cooldowns, FileDownloads downloads, Clock clock,
      Confirmations confirmations) {
    this.backups = Objects.requireNonNull(backups, "backups");
    this.cooldowns = Objects.requireNonNull(cooldowns, "cooldowns");
    this.downloads = Objects.requireNonNull(downloads, "downloads");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.importDialog = confirmations.dialog(CallbackNamespace.BACKUP, CREATOR,
        new ConfirmDialog.Labels(IMPORT_YES, NO, IMPORT_CANCELLED), this::importConfirmed);
    this.resetDialog = confirmations.dialog(RESET_NAMESPACE, CREATOR,
        new ConfirmDialog.Labels(RESET_YES, NO, RESET_CANCELLED), this::resetConfirmed);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("export", EXPORTER, this::export));
    registry.command(CommandSpec.of("import", CREATOR, this::askImport));
    registry.command(CommandSpec.of("reset", CREATOR, this::askReset));
  }

  // ------------------------------------------------------------------------------------------------ arguments

  /** The words of a command: the modules named, and whether the other-chat flag was given. */
  record Arguments(Set<BackupModule> modules, boolean otherChat, Optional<String> unknown) {}

  static Arguments arguments(String text, boolean flagAllowed) {
    Set<BackupModule> modules = EnumSet.noneOf(BackupModule.class);
    boolean otherChat = false;
    String rest = text;
    while (true) {
      Words.Split split = Words.splitFirst(rest);
      if (split.first().isEmpty()) {
        return new Arguments(modules, otherChat, Optional.empty());
      }
      String word = split.first();
      if (flagAllowed && OTHER_CHAT_FLAGS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        otherChat = true;
      } else {
        // "notes," and "notes, filters" both name notes
        for (String name : word.split(",")) {
          if (name.isEmpty()) {
            continue;
          }
          Optional<BackupModule> module = BackupModule.named(name);
          if (module.isEmpty()) {
            return new Arguments(modules, otherChat, Optional.of(word));
          }
          modules.add(module.get());
        }
      }
      rest = split.rest();
    }
  }

  private static String moduleList(Set<BackupModule> modules) {
    Set<BackupModule> shown = modules.isEmpty() ? BackupModule.all() : modules;
    return shown.stream().map(BackupModule::fileName).collect(Collectors.joining(", "));
  }

  private static String payloadModules(Set<BackupModule> modules) {
    return modules.stream().map(BackupModule::fileName).collect(Collectors.joining(","));
  }

  private static Set<BackupModule> parseModules(String names) {
    Set<BackupModule> modules = EnumSet.noneOf(BackupModule.class);
    for (String name : names.split(",")) {
      BackupModule.named(name).ifPresent(modules::add);
    }
    return modules;
  }

  /** Answers an unknown module name with the 17; true when it did. */
  private static boolean refusedUnknown(CommandContext ctx, Arguments args) {
    if (args.unknown().isEmpty()) {
      return false;
    }
    ctx.reply(UNKNOWN_MODULE, "input", args.unknown().get(), "modules", moduleList(Set.of()));
    return true;
  }

  // ------------------------------------------------------------------------------------------------ cooldowns

  /**
   * Uses {@code kind}'s cooldown in the chat, as part of the command's event; when it is still resting, says how long
   * is left and returns false.
   */
  private boolean useCooldown(CommandContext ctx, BackupCooldowns.Kind kind) {
    if (resting(ctx, kind)) {
      return false;
    }
    rest(ctx, kind);
    return true;
  }

  /** True (and says how long is left) when {@code kind} still rests in the chat. Writes nothing. */
  private boolean resting(CommandContext ctx, BackupCooldowns.Kind kind) {
    Instant now = clock.instant();
    Optional<Instant> until = cooldowns.until(ctx.chat(), kind).filter(now::isBefore);
    if (until.isEmpty()) {
      return false;
    }
    long seconds = Duration.between(now, until.get()).toSeconds();
    long minutes = Math.max(1, (seconds + 59) / 60);
    ctx.reply(COOLDOWN, "command", ctx.command().name(), "minutes", minutes);
    return true;
  }

  /** Starts {@code kind}'s rest in the chat, as part of the command's event. */
  private void rest(CommandContext ctx, BackupCooldowns.Kind kind) {
    Instant rests = clock.instant().plus(kind.length());
    ctx.write(() -> cooldowns.restUntil(ctx.chat(), kind, rests));
  }

  // ------------------------------------------------------------------------------------------------ export

  private void export(CommandContext ctx) {
    Arguments args = arguments(ctx.command().argumentText(), false);
    if (refusedUnknown(ctx, args) || !useCooldown(ctx, BackupCooldowns.Kind.EXPORT)) {
      return;
    }
    String title = Optional.ofNullable(ctx.targetChat().title()).orElse("");
    byte[] file = backups.export(ctx.chat(), title, ctx.actor().id(), args.modules());
    String name = ctx.chat().value() + "-" + STAMP.format(clock.instant()) + ".json";
    String caption = ctx.text(EXPORTED, "chat", title, "modules", moduleList(args.modules()));
    ctx.act(new ChatAction.SendDocument(ctx.answerChat(), name, file, caption, Optional.of(ctx.message().id())));
  }

  // ------------------------------------------------------------------------------------------------ import

  /** What an import question keeps for its Yes: the file's id, the chosen modules, the other-chat flag. */
  record ImportRequest(String fileId, Set<BackupModule> modules, boolean otherChat) {
    String payload() {
      return "o=" + (otherChat ? 1 : 0) + ";m=" + payloadModules(modules) + ";f=" + fileId;
    }

    static Optional<ImportRequest> of(String payload) {
      String[] parts = payload.split(";", 3);
      if (parts.length != 3 || !parts[0].startsWith("o=") || !parts[1].startsWith("m=") || !parts[2].startsWith("f=")
          || parts[2].length() <= 2) {
        return Optional.empty();
      }
      return Optional.of(new ImportRequest(parts[2].substring(2), parseModules(parts[1].substring(2)),
          parts[0].equals("o=1")));
    }
  }

  private void askImport(CommandContext ctx) {
    Arguments args = arguments(ctx.command().argumentText(), true);
    if (refusedUnknown(ctx, args)) {
      return;
    }
    Optional<String> fileId = ctx.message().replyTo().flatMap(Reply::media)
        .filter(m -> m.type() == ContentType.DOCUMENT).map(Media::fileId);
    if (fileId.isEmpty()) {
      ctx.reply(IMPORT_USAGE);
      return;
    }
    if (resting(ctx, BackupCooldowns.Kind.IMPORT)) {
      return;
    }
    ImportRequest request = new ImportRequest(fileId.get(), args.modules(), args.otherChat());
    // Downloaded and checked before the event's transaction opens, so no connection waits on Telegram; the attempt
    // uses the cooldown whatever comes of it.
    Optional<ChatBackups.Plan> plan = planned(ctx.chat(), request, ctx.messages(),
        html -> ctx.replyHtml(html, Keyboard.NONE));
    rest(ctx, BackupCooldowns.Kind.IMPORT);
    if (plan.isEmpty()) {
      return;
    }
    importDialog.ask(ctx, question(ctx.messages(), plan.get()), request.payload());
  }

  /**
   * Downloads and checks the file; when it cannot be imported, hands the reason, in the chat's words, to
   * {@code refused} and returns nothing.
   */
  private Optional<ChatBackups.Plan> planned(ChatId chat, ImportRequest request, Messages messages,
      java.util.function.Consumer<String> refused) {
    FileDownloads.Result result = downloads.download(chat, request.fileId(), BackupFile.MAX_BYTES);
    if (result instanceof FileDownloads.TooLarge) {
      refused.accept(messages.html(TOO_LARGE, "max", BackupFile.MAX_BYTES / (1024 * 1024)));
      return Optional.empty();
    }
    if (!(result instanceof FileDownloads.Downloaded downloaded)) {
      refused.accept(messages.html(DOWNLOAD_FAILED));
      return Optional.empty();
    }
    try {
      return Optional.of(backups.plan(chat, downloaded.bytes(), request.modules(), request.otherChat()));
    } catch (BackupRejected e) {
      refused.accept(rejection(messages, e));
      return Optional.empty();
    }
  }

  /** A refused file, in the chat's words. */
  static String rejection(Messages messages, BackupRejected e) {
    MessageKey key = switch (e.reason()) {
      case TOO_LARGE -> TOO_LARGE;
      case NOT_JSON -> NOT_JSON;
      case TRUNCATED -> TRUNCATED;
      case TRAILING_DATA -> TRAILING;
      case TOO_COMPLEX -> TOO_COMPLEX;
      case NOT_A_BACKUP -> NOT_A_BACKUP;
      case UNSUPPORTED_VERSION -> VERSION;
      case UNKNOWN_MODULE -> FILE_UNKNOWN_MODULE;
      case MODULE_WITHOUT_DATA -> WITHOUT_DATA;
      case MODULE_NOT_IN_FILE -> NOT_IN_FILE;
      case OTHER_CHAT -> OTHER_CHAT;
    };
    if (key == TOO_LARGE) {
      return messages.html(TOO_LARGE, "max", BackupFile.MAX_BYTES / (1024 * 1024));
    }
    return messages.html(key, "detail", e.detail());
  }

  private static String question(Messages messages, ChatBackups.Plan plan) {
    StringBuilder html = new StringBuilder(messages.html(IMPORT_QUESTION, "modules", moduleList(plan.modules())));
    html.append("\n\n").append(changes(messages, plan.preview()));
    problems(messages, plan.preview(), html);
    if (plan.fromOtherChat()) {
      html.append("\n\n").append(messages.html(FROM_OTHER_CHAT, "chat", plan.file().chatId(),
          "title", plan.file().chatName()));
    }
    return html.toString();
  }

  /** One line per module that changes, or a line saying nothing does. */
  static String changes(Messages messages, ImportReport report) {
    List<String> lines = new ArrayList<>();
    for (ImportReport.ModuleChange change : report.changes()) {
      if (!change.isEmpty()) {
        lines.add(messages.html(CHANGE_LINE, "module", change.module().fileName(), "added", change.added(),
            "changed", change.changed(), "removed", change.removed()));
      }
    }
    return lines.isEmpty() ? messages.html(NO_CHANGES) : String.join("\n", lines);
  }

  private static void problems(Messages messages, ImportReport report, StringBuilder html) {
    if (report.problems().isEmpty()) {
      return;
    }
    html.append("\n\n").append(messages.html(PROBLEMS));
    List<ImportReport.Problem> problems = report.problems();
    for (ImportReport.Problem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
      html.append('\n').append(messages.html(PROBLEM_LINE, "module", p.module().fileName(), "field", p.field(),
          "message", p.message()));
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      html.append('\n').append(messages.html(PROBLEMS_MORE, "count", problems.size() - PROBLEMS_SHOWN));
    }
  }

  /** The creator's Yes: the file is downloaded and checked again, then imported in the press's unit of work. */
  private void importConfirmed(ButtonContext ctx, String payload) {
    Optional<ImportRequest> request = ImportRequest.of(payload);
    if (request.isEmpty()) {
      ctx.answer(DOWNLOAD_FAILED, true);
      ctx.edit(ctx.messages().html(DOWNLOAD_FAILED), Keyboard.NONE);
      return;
    }
    List<String> refusal = new ArrayList<>(1);
    Optional<ChatBackups.Plan> plan = planned(ctx.chat(), request.get(), ctx.messages(), refusal::add);
    if (plan.isEmpty()) {
      ctx.answer(IMPORT_CANCELLED, true);
      ctx.edit(refusal.get(0), Keyboard.NONE);
      return;
    }
    ImportReport report;
    UnitOfWork.Mark beforeImport = ctx.unitOfWork().mark();
    try {
      report = backups.apply(plan.get(), Commit.in(ctx.unitOfWork()));
    } catch (BackupRejected e) {
      // All or nothing: whatever the import wrote before it was refused is undone; the question stays used up.
      ctx.unitOfWork().rollbackTo(beforeImport);
      ctx.answer(IMPORT_CANCELLED, true);
      ctx.edit(rejection(ctx.messages(), e), Keyboard.NONE);
      return;
    }
    StringBuilder html = new StringBuilder(ctx.messages().html(IMPORTED,
        "modules", moduleList(plan.get().modules())));
    html.append("\n\n").append(changes(ctx.messages(), report));
    problems(ctx.messages(), report, html);
    ctx.answer(IMPORTED, false, "modules", moduleList(plan.get().modules()));
    ctx.edit(html.toString(), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ reset

  private void askReset(CommandContext ctx) {
    Arguments args = arguments(ctx.command().argumentText(), false);
    if (refusedUnknown(ctx, args) || !useCooldown(ctx, BackupCooldowns.Kind.RESET)) {
      return;
    }
    Set<BackupModule> modules = args.modules().isEmpty() ? BackupModule.all() : args.modules();
    ImportReport preview = backups.previewReset(ctx.chat(), modules);
    String html = ctx.text(RESET_QUESTION, "modules", moduleList(modules))
        + "\n\n" + changes(ctx.messages(), preview);
    resetDialog.ask(ctx, html, "m=" + payloadModules(modules));
  }

  private void resetConfirmed(ButtonContext ctx, String payload) {
    Set<BackupModule> modules = payload.startsWith("m=") ? parseModules(payload.substring(2)) : Set.of();
    if (modules.isEmpty()) {
      modules = BackupModule.all();
    }
    ImportReport report = backups.reset(ctx.chat(), modules, Commit.in(ctx.unitOfWork()));
    String html = ctx.messages().html(RESET_DONE, "modules", moduleList(modules))
        + "\n\n" + changes(ctx.messages(), report);
    ctx.answer(RESET_DONE, false, "modules", moduleList(modules));
    ctx.edit(html, Keyboard.NONE);
  }
}
