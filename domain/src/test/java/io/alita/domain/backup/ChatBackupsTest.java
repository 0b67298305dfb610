package io.alita.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.backup.BackupRejected.Reason;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatBackupsTest {

  private static final Instant NOW = Instant.parse("2026-12-08T04:05:06.789Z");
  private static final ChatId CHAT = ChatId.of(-1001L);
  private static final ChatId OTHER = ChatId.of(-1002L);
  private static final UserId ADMIN = UserId.of(42L);

  private final InMemoryBackupStore store = new InMemoryBackupStore();
  private final ChatBackups backups = new ChatBackups(store, Clock.fixed(NOW, ZoneOffset.UTC));
  private final RollbackCommit commit = new RollbackCommit(store);

  private static Json.Obj rules(String text) {
    return new Json.Obj(Map.of("settings", new Json.Obj(Map.of("rules", new Json.Str(text)))));
  }

  private static Json.Obj warns(int limit) {
    return new Json.Obj(Map.of("warn_settings",
        new Json.Obj(Map.of("warn_limit", new Json.Num(BigDecimal.valueOf(limit))))));
  }

  @Test
  void exportWritesEveryModuleWhenNoneIsChosen() {
    store.put(CHAT, BackupModule.RULES, rules("Be nice"));
    BackupFile file = BackupFiles.read(backups.export(CHAT, "The group", ADMIN, Set.of()));
    assertEquals(List.copyOf(BackupModule.all()), file.modules());
    assertEquals(rules("Be nice"), file.data().get(BackupModule.RULES));
    assertEquals(new Json.Obj(Map.of()), file.data().get(BackupModule.NOTES));
    assertEquals("1.1", file.version());
    assertEquals("AlitaRobot", file.botName());
    assertEquals(CHAT.value(), file.chatId());
    assertEquals("The group", file.chatName());
    assertEquals(42, file.exportedBy());
    assertEquals(Instant.parse("2026-12-08T04:05:06Z"), file.exportedAt());
  }

  @Test
  void exportWritesOnlyTheChosenModulesInTheirOrder() {
    byte[] bytes = backups.export(CHAT, null, ADMIN, EnumSet.of(BackupModule.WARNS, BackupModule.RULES));
    BackupFile file = BackupFiles.read(bytes);
    assertEquals(List.of(BackupModule.RULES, BackupModule.WARNS), file.modules());
    assertEquals("", file.chatName());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"version\": \"1.1\",\n  \"exported_at\": \"2026-12-08T04:05:06Z\""), text);
  }

  @Test
  void anExportImportsBackIntoAFreshCopyOfTheSameChat() {
    store.put(CHAT, BackupModule.RULES, rules("Be nice"));
    store.put(CHAT, BackupModule.WARNS, warns(5));
    byte[] file = backups.export(CHAT, "The group", ADMIN, Set.of());
    backups.reset(CHAT, Set.of(), commit);
    assertEquals(Map.of(), store.of(CHAT));

    ChatBackups.Plan plan = backups.plan(CHAT, file, Set.of(), false);
    assertFalse(plan.fromOtherChat());
    assertEquals(BackupModule.all(), plan.modules());
    ImportReport report = backups.apply(plan, commit);

    assertEquals(Map.of(BackupModule.RULES, rules("Be nice"), BackupModule.WARNS, warns(5)), store.of(CHAT));
    assertEquals(2, commit.commits);
    assertEquals(new ImportReport.ModuleChange(BackupModule.RULES, 1, 0, 0), changeOf(report, BackupModule.RULES));
  }

  @Test
  void aPlanPreviewsOnlyTheChosenModulesAndChangesNothing() {
    store.put(OTHER, BackupModule.RULES, rules("Old"));
    store.put(OTHER, BackupModule.WARNS, warns(3));
    byte[] file = fileOf(CHAT, Map.of(BackupModule.RULES, rules("New"), BackupModule.WARNS, warns(7),
        BackupModule.LOCKS, new Json.Obj(Map.of("refuse", new Json.Bool(true)))));
    store.put(CHAT, BackupModule.RULES, rules("Old"));
    store.put(CHAT, BackupModule.WARNS, warns(3));

    ChatBackups.Plan plan = backups.plan(CHAT, file, EnumSet.of(BackupModule.RULES, BackupModule.LOCKS), false);

    assertEquals(EnumSet.of(BackupModule.LOCKS, BackupModule.RULES), plan.modules());
    assertEquals(List.of(Map.of(BackupModule.RULES, rules("New"), BackupModule.LOCKS,
        new Json.Obj(Map.of("refuse", new Json.Bool(true))))), store.previews);
    assertEquals(new ImportReport.ModuleChange(BackupModule.RULES, 0, 1, 0), changeOf(plan.preview(),
        BackupModule.RULES));
    assertEquals(List.of(new ImportReport.Problem(BackupModule.LOCKS, "refuse", "= not taken: kept the default")),
        plan.preview().problems());
    assertEquals(rules("Old"), store.of(CHAT).get(BackupModule.RULES));
    assertEquals(0, commit.commits);

    backups.apply(plan, commit);
    assertEquals(rules("New"), store.of(CHAT).get(BackupModule.RULES));
    assertEquals(warns(3), store.of(CHAT).get(BackupModule.WARNS));
    assertEquals(new Json.Obj(Map.of("refuse", new Json.Bool(true))), store.of(CHAT).get(BackupModule.LOCKS));
  }

  @Test
  void aChosenModuleTheFileLacksIsRefused() {
    byte[] file = fileOf(CHAT, Map.of(BackupModule.RULES, rules("x")));
    BackupRejected rejected = assertThrows(BackupRejected.class,
        () -> backups.plan(CHAT, file, EnumSet.of(BackupModule.RULES, BackupModule.NOTES), false));
    assertEquals(Reason.MODULE_NOT_IN_FILE, rejected.reason());
    assertEquals("notes", rejected.detail());
    assertTrue(store.previews.isEmpty());
  }

  @Test
  void aFileFromAnotherChatIsRefusedUnlessAccepted() {
    byte[] file = fileOf(OTHER, Map.of(BackupModule.RULES, rules("Copied")));
    BackupRejected rejected = assertThrows(BackupRejected.class, () -> backups.plan(CHAT, file, Set.of(), false));
    assertEquals(Reason.OTHER_CHAT, rejected.reason());
    assertEquals("-1002", rejected.detail());
    assertTrue(store.previews.isEmpty());

    ChatBackups.Plan plan = backups.plan(CHAT, file, Set.of(), true);
    assertTrue(plan.fromOtherChat());
    backups.apply(plan, commit);
    assertEquals(rules("Copied"), store.of(CHAT).get(BackupModule.RULES));
    assertEquals(Map.of(), store.of(OTHER));
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() {
    byte[] huge = new byte[(int) BackupFile.MAX_BYTES + 1];
    BackupRejected rejected = assertThrows(BackupRejected.class, () -> backups.plan(CHAT, huge, Set.of(), true));
    assertEquals(Reason.TOO_LARGE, rejected.reason());
  }

  @Test
  void aBrokenFileIsRefusedAndNothingIsPreviewed() {
    byte[] file = fileOf(CHAT, Map.of(BackupModule.RULES, rules("x")));
    byte[] cut = java.util.Arrays.copyOf(file, file.length - 3);
    assertEquals(Reason.TRUNCATED,
        assertThrows(BackupRejected.class, () -> backups.plan(CHAT, cut, Set.of(), false)).reason());
    assertTrue(store.previews.isEmpty());
  }

  @Test
  void anImportThatFailsHalfwayChangesNothing() {
    store.put(CHAT, BackupModule.RULES, rules("Old"));
    byte[] file = fileOf(CHAT, Map.of(BackupModule.RULES, rules("New"), BackupModule.WARNS, warns(9)));
    ChatBackups.Plan plan = backups.plan(CHAT, file, Set.of(), false);
    store.failOn(BackupModule.WARNS);

    assertThrows(IllegalStateException.class, () -> backups.apply(plan, commit));

    assertEquals(Map.of(BackupModule.RULES, rules("Old")), store.of(CHAT));
    assertEquals(1, commit.rollbacks);
  }

  @Test
  void resetPreviewsThenRemovesTheChosenModules() {
    store.put(CHAT, BackupModule.RULES, rules("Old"));
    store.put(CHAT, BackupModule.WARNS, warns(4));

    ImportReport preview = backups.previewReset(CHAT, EnumSet.of(BackupModule.RULES));
    assertEquals(List.of(new ImportReport.ModuleChange(BackupModule.RULES, 0, 0, 1)), preview.changes());
    assertEquals(2, store.of(CHAT).size());

    ImportReport done = backups.reset(CHAT, EnumSet.of(BackupModule.RULES), commit);
    assertEquals(preview, done);
    assertEquals(Map.of(BackupModule.WARNS, warns(4)), store.of(CHAT));
    assertEquals(1, commit.commits);
  }

  @Test
  void resetOfNoModuleNamedMeansAllSeventeen() {
    store.put(CHAT, BackupModule.RULES, rules("Old"));
    store.put(CHAT, BackupModule.PINS, new Json.Obj(Map.of("settings", new Json.Obj(Map.of()))));
    assertEquals(17, backups.previewReset(CHAT, Set.of()).changes().size());
    ImportReport report = backups.reset(CHAT, Set.of(), commit);
    assertEquals(17, report.changes().size());
    assertEquals(Map.of(), store.of(CHAT));
  }

  @Test
  void exportAllGivesOneFileOfAllModulesPerChatWithData() {
    store.put(CHAT, BackupModule.RULES, rules("One"));
    store.put(OTHER, BackupModule.WARNS, warns(2));
    Map<ChatId, byte[]> files = new LinkedHashMap<>();
    List<ChatId> asked = new ArrayList<>();
    backups.exportAll(ADMIN, chat -> {
      asked.add(chat);
      return "Chat " + chat;
    }, files::put);

    assertEquals(List.of(OTHER, CHAT), List.copyOf(files.keySet()));
    assertEquals(List.of(OTHER, CHAT), asked);
    BackupFile first = BackupFiles.read(files.get(CHAT));
    assertEquals(CHAT.value(), first.chatId());
    assertEquals("Chat -1001", first.chatName());
    assertEquals(List.copyOf(BackupModule.all()), first.modules());
    assertEquals(rules("One"), first.data().get(BackupModule.RULES));
    assertEquals(warns(2), BackupFiles.read(files.get(OTHER)).data().get(BackupModule.WARNS));
    assertEquals("-1001.json", ChatBackups.fileNameOf(CHAT));
  }

  private static ImportReport.ModuleChange changeOf(ImportReport report, BackupModule module) {
    return report.changes().stream().filter(c -> c.module() == module).findFirst().orElseThrow();
  }

  private static byte[] fileOf(ChatId chat, Map<BackupModule, Json.Obj> data) {
    return BackupFiles.write(new BackupFile("1.1", NOW, "AlitaRobot", chat.value(), "", 0, List.copyOf(data.keySet()),
        data));
  }
}
