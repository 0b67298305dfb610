package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.Commit;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Use case: exports a chat's modules to a file of the original's format, checks and previews a file before it is
 * imported, imports it (all chosen modules or none), and resets modules; for the bot's commands and the console alike.
 * How a change is committed is the front door's ({@link Commit}).
 *
 * <p>An import replaces each chosen module (decision 0032): the store is given the file's objects of exactly those
 * modules. A file exported from another chat is refused unless the caller says it was meant ({@code --other-chat}, the
 * console's checkbox). A reset's preview is the store's ({@link BackupStore#previewReset}).
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
    Objects.requireNonNull(chat, "chat");
    Set<BackupModule> chosen = orAll(modules);
    Map<BackupModule, Json.Obj> exported = store.export(chat, chosen);
    Map<BackupModule, Json.Obj> data = new EnumMap<>(BackupModule.class);
    for (BackupModule module : chosen) {
      Json.Obj object = exported.get(module);
      if (object == null) {
        throw new IllegalStateException("the store exported nothing for module " + module.fileName());
      }
      data.put(module, object);
    }
    BackupFile file = new BackupFile(BackupFile.WRITTEN_VERSION, clock.instant().truncatedTo(ChronoUnit.SECONDS),
        BackupFile.BOT_NAME, chat.value(), chatTitle == null ? "" : chatTitle, by == null ? 0 : by.value(),
        List.copyOf(chosen), data);
    return BackupFiles.write(file);
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
    Objects.requireNonNull(chat, "chat");
    BackupFiles.checkSize(file.length);
    BackupFile read = BackupFiles.read(file);
    Set<BackupModule> modules = EnumSet.noneOf(BackupModule.class);
    if (chosen == null || chosen.isEmpty()) {
      modules.addAll(read.modules());
    } else {
      for (BackupModule module : EnumSet.copyOf(chosen)) {
        if (!read.data().containsKey(module)) {
          throw new BackupRejected(BackupRejected.Reason.MODULE_NOT_IN_FILE, module.fileName());
        }
        modules.add(module);
      }
    }
    boolean fromOtherChat = read.chatId() != chat.value();
    if (fromOtherChat && !otherChatAccepted) {
      throw new BackupRejected(BackupRejected.Reason.OTHER_CHAT, Long.toString(read.chatId()));
    }
    Set<BackupModule> planned = Collections.unmodifiableSet(modules);
    return new Plan(chat, read, planned, store.preview(chat, dataOf(read, planned)), fromOtherChat);
  }

  /** Imports a planned file through {@code commit}: every module of the plan replaced, or (on any failure) none. */
  public ImportReport apply(Plan plan, Commit commit) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(commit, "commit");
    Map<BackupModule, Json.Obj> data = dataOf(plan.file(), plan.modules());
    return commit.apply(() -> store.replace(plan.chat(), data));
  }

  /** What {@link #reset} would remove, changing nothing. */
  public ImportReport previewReset(ChatId chat, Set<BackupModule> modules) {
    Objects.requireNonNull(chat, "chat");
    return store.previewReset(chat, orAll(modules));
  }

  /** Sets {@code modules} (all 17 when empty) back to their defaults through {@code commit}, all or nothing. */
  public ImportReport reset(ChatId chat, Set<BackupModule> modules, Commit commit) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(commit, "commit");
    Set<BackupModule> chosen = orAll(modules);
    return commit.apply(() -> store.reset(chat, chosen));
  }

  /**
   * Every chat's file (all 17 modules), one at a time, for the owner's whole-bot export.
   *
   * @param titles each chat's title, as the front door knows it
   */
  public void exportAll(UserId by, java.util.function.Function<ChatId, String> titles,
      BiConsumer<ChatId, byte[]> each) {
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(each, "each");
    for (ChatId chat : store.chatsWithData()) {
      each.accept(chat, export(chat, titles.apply(chat), by, BackupModule.all()));
    }
  }

  /** The name of a chat's file in the whole-bot export's ZIP: {@code <chat id>.json}. */
  public static String fileNameOf(ChatId chat) {
    return chat.value() + ".json";
  }

  private static Set<BackupModule> orAll(Set<BackupModule> modules) {
    return modules == null || modules.isEmpty()
        ? BackupModule.all()
        : Collections.unmodifiableSet(EnumSet.copyOf(modules));
  }

  /** The file's objects of {@code modules}, in the 17's order. */
  private static Map<BackupModule, Json.Obj> dataOf(BackupFile file, Set<BackupModule> modules) {
    Map<BackupModule, Json.Obj> data = new EnumMap<>(BackupModule.class);
    for (BackupModule module : modules) {
      data.put(module, file.data().get(module));
    }
    return Collections.unmodifiableMap(data);
  }
}
