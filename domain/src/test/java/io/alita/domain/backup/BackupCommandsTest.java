package io.alita.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.content.ContentType;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestEffects;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /export, /import and /reset driven through a real {@link Dispatcher} over the in-memory store and downloads. */
class BackupCommandsTest {

  private static final Instant NOW = Instant.parse("2026-12-08T04:05:06Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final ChatId OTHER_ID = ChatId.of(-1005550001111L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, "olga_owner", false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", null, null, false);

  private final FakeChatQueries telegram = new FakeChatQueries();
  private final InMemoryBackupStore store = new InMemoryBackupStore();
  private final InMemoryBackupCooldowns cooldowns = new InMemoryBackupCooldowns();
  private final Map<String, FileDownloads.Result> files = new HashMap<>();
  private final MutableClock clock = new MutableClock(NOW);
  private final TestMessages messages = new TestMessages(clock);
  private ChatBackups backups;
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithOwnerAdminAndMember() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new java.util.Random(1));
    backups = new ChatBackups(store, clock);
    FileDownloads downloads = (chat, fileId, max) -> files.getOrDefault(fileId,
        new FileDownloads.Unavailable("no such file"));
    BackupCommands module = new BackupCommands(backups, cooldowns, downloads, clock, confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).bot(BOT).admins(admins).clock(clock)
        .transactions(new InMemoryUpdateTransactions()).build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Effects send(SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(CHAT, from, text));
  }

  private Effects importReplying(SeenUser from, String text, String fileId) {
    return dispatcher.dispatch(messages.reply(CHAT, from, text,
        TestMessages.replyToMedia(CHAT, 40, OWNER, ContentType.DOCUMENT, fileId, "")));
  }

  private Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(CHAT, from, MessageId.of(77), data));
  }

  private static String text(Effects effects) {
    return TestEffects.onlyText(effects);
  }

  private static String editText(Effects effects) {
    return Html.visibleText(TestEffects.edit(effects).orElseThrow().html());
  }

  private static Json.Obj rules(String text) {
    return new Json.Obj(Map.of("settings", new Json.Obj(Map.of("rules", new Json.Str(text)))));
  }

  private static Json.Obj warnLimit(int limit) {
    return new Json.Obj(Map.of("warn_settings",
        new Json.Obj(Map.of("warn_limit", new Json.Num(BigDecimal.valueOf(limit))))));
  }

  /** A file exported from {@code from} holding the given modules, registered for download as {@code fileId}. */
  private void fileOf(String fileId, ChatId from, Map<BackupModule, Json.Obj> data) {
    InMemoryBackupStore source = new InMemoryBackupStore();
    data.forEach((m, o) -> source.put(from, m, o));
    byte[] bytes = new ChatBackups(source, clock).export(from, "Source", OWNER.id(), data.keySet());
    files.put(fileId, new FileDownloads.Downloaded(bytes));
  }

  private static ChatAction.SendDocument document(Effects effects) {
    List<ChatAction.SendDocument> documents = effects.actions().stream()
        .filter(a -> a instanceof ChatAction.SendDocument).map(a -> (ChatAction.SendDocument) a).toList();
    assertEquals(1, documents.size(), () -> "expected one document in " + effects.actions());
    return documents.get(0);
  }

  // ------------------------------------------------------------------------------------------------ export

  @Test
  void exportSendsTheChatsBackupAsAJsonDocumentReplyingToTheCommand() {
    store.put(CHAT_ID, BackupModule.RULES, rules("Be nice"));

    ChatAction.SendDocument sent = document(send(ADMIN, "/export"));

    assertEquals(CHAT_ID, sent.chat());
    assertEquals("-1001234567890-20261208-040506.json", sent.fileName());
    BackupFile file = BackupFiles.read(sent.bytes());
    assertEquals(List.copyOf(BackupModule.all()), file.modules());
    assertEquals(rules("Be nice"), file.data().get(BackupModule.RULES));
    assertEquals(ADMIN.id().value(), file.exportedBy());
    assertEquals("Engines", file.chatName());
    assertTrue(Html.visibleText(sent.captionHtml()).startsWith("Backup of Engines: admin, antiflood"),
        sent.captionHtml());
    assertTrue(sent.replyTo().isPresent());
  }

  @Test
  void exportOfChosenModulesHoldsOnlyThose() {
    ChatAction.SendDocument sent = document(send(ADMIN, "/export notes, rules"));

    assertEquals(List.of(BackupModule.NOTES, BackupModule.RULES), BackupFiles.read(sent.bytes()).modules());
    assertEquals("Backup of Engines: notes, rules.", Html.visibleText(sent.captionHtml()));
  }

  @Test
  void anUnknownModuleListsTheSeventeenAndUsesNoCooldown() {
    String reply = text(send(ADMIN, "/export notes stickers"));

    assertTrue(reply.startsWith("I don't know the module “stickers”. The modules are: admin, antiflood,"), reply);
    assertTrue(reply.endsWith("rules, warns."), reply);
    document(send(ADMIN, "/export"));
  }

  @Test
  void exportRestsFiveMinutesPerChatAndSaysHowLong() {
    document(send(ADMIN, "/export"));
    clock.advance(Duration.ofSeconds(61));

    assertEquals("/export was used in this chat a short while ago. Try again in 4 min.", text(send(ADMIN, "/export")));
    clock.advance(Duration.ofSeconds(240));
    document(send(ADMIN, "/export"));
  }

  @Test
  void exportIsForAdmins() {
    Effects effects = send(MEMBER, "/export");

    assertTrue(effects.actions().stream().noneMatch(a -> a instanceof ChatAction.SendDocument));
    assertEquals(java.util.Optional.empty(), cooldowns.until(CHAT_ID, BackupCooldowns.Kind.EXPORT));
  }

  // ------------------------------------------------------------------------------------------------ import

  @Test
  void importNotReplyingToAFileIsAnsweredWithItsUsage() {
    assertEquals("Reply to a backup file (a .json document made by /export) with /import [--other-chat] [module…].",
        text(send(OWNER, "/import")));
    assertEquals(java.util.Optional.empty(), cooldowns.until(CHAT_ID, BackupCooldowns.Kind.IMPORT));
  }

  @Test
  void importIsForTheCreatorOnly() {
    fileOf("f1", CHAT_ID, Map.of(BackupModule.RULES, rules("New")));

    assertEquals("Only the chat's owner can do this.", text(importReplying(ADMIN, "/import", "f1")));
  }

  @Test
  void importAsksWithThePreviewAndYesReplacesTheModules() {
    store.put(CHAT_ID, BackupModule.RULES, rules("Old"));
    fileOf("f1", CHAT_ID, Map.of(BackupModule.RULES, rules("New"), BackupModule.WARNS, warnLimit(5)));

    Effects asked = importReplying(OWNER, "/import", "f1");

    String question = text(asked);
    assertTrue(question.startsWith("Import this backup? These modules will become exactly what the file holds: "
        + "rules, warns."), question);
    assertTrue(question.contains("• rules: 0 added, 1 changed, 0 removed"), question);
    assertTrue(question.contains("• warns: 1 added, 0 changed, 0 removed"), question);
    assertEquals(rules("Old"), store.of(CHAT_ID).get(BackupModule.RULES));

    Effects yes = press(OWNER, TestEffects.buttonData(asked, "Yes, import"));

    assertTrue(editText(yes).startsWith("Backup imported: rules, warns."), editText(yes));
    assertEquals(rules("New"), store.of(CHAT_ID).get(BackupModule.RULES));
    assertEquals(warnLimit(5), store.of(CHAT_ID).get(BackupModule.WARNS));
  }

  @Test
  void onlyTheCreatorsYesImportsAndNoKeepsEverything() {
    store.put(CHAT_ID, BackupModule.RULES, rules("Old"));
    fileOf("f1", CHAT_ID, Map.of(BackupModule.RULES, rules("New")));
    Effects asked = importReplying(OWNER, "/import", "f1");

    Effects byAdmin = press(ADMIN, TestEffects.buttonData(asked, "Yes, import"));
    assertEquals("Only the chat's owner can do this.", TestEffects.onlyAnswer(byAdmin).text());
    assertEquals(rules("Old"), store.of(CHAT_ID).get(BackupModule.RULES));

    Effects no = press(OWNER, TestEffects.buttonData(asked, "No"));
    assertEquals("Import cancelled; nothing was changed.", editText(no));
    assertEquals(rules("Old"), store.of(CHAT_ID).get(BackupModule.RULES));
  }

  @Test
  void valuesThatCannotBeTakenAreListedInTheQuestionAndInTheResult() {
    Json.Obj refused = new Json.Obj(Map.of("refuse", new Json.Num(BigDecimal.valueOf(500))));
    fileOf("f1", CHAT_ID, Map.of(BackupModule.WARNS, refused));

    Effects asked = importReplying(OWNER, "/import", "f1");

    String question = text(asked);
    assertTrue(question.contains("These values can't be used here and will keep their defaults:\n"
        + "• warns refuse: = not taken: kept the default"), question);
    Effects yes = press(OWNER, TestEffects.buttonData(asked, "Yes, import"));
    assertTrue(editText(yes).contains("• warns refuse: = not taken: kept the default"), editText(yes));
  }

  @Test
  void aFileFromAnotherChatNeedsTheFlagInAnySpelling() {
    fileOf("away", OTHER_ID, Map.of(BackupModule.RULES, rules("Theirs")));

    assertEquals("That backup was exported from another chat (-1005550001111). Reply to it with "
        + "/import --other-chat to import it here anyway.", text(importReplying(OWNER, "/import", "away")));

    clock.advance(Duration.ofMinutes(10));
    String question = text(importReplying(OWNER, "/import —other-chat rules", "away"));
    assertTrue(question.endsWith("This file comes from another chat: Source (-1005550001111)."), question);
  }

  @Test
  void chosenModulesAreTheOnlyOnesImported() {
    fileOf("f1", CHAT_ID, Map.of(BackupModule.RULES, rules("New"), BackupModule.WARNS, warnLimit(5)));

    Effects asked = importReplying(OWNER, "/import warns", "f1");
    press(OWNER, TestEffects.buttonData(asked, "Yes, import"));

    assertEquals(Set.of(BackupModule.WARNS), store.of(CHAT_ID).keySet());
  }

  @Test
  void aTooLargeFileIsRefusedAndStillUsesTheCooldown() {
    files.put("big", new FileDownloads.TooLarge(50L * 1024 * 1024));

    assertEquals("That file is too large: a backup holds at most 10 MB.", text(importReplying(OWNER, "/import", "big")));
    assertEquals("/import was used in this chat a short while ago. Try again in 10 min.",
        text(importReplying(OWNER, "/import", "big")));
  }

  @Test
  void aFileThatCannotBeDownloadedIsSaidSo() {
    assertEquals("I couldn't download that file from Telegram. Try again in a while.",
        text(importReplying(OWNER, "/import", "missing")));
  }

  @Test
  void brokenFilesGetAClearReplyAndNothingChanges() {
    store.put(CHAT_ID, BackupModule.RULES, rules("Old"));
    files.put("cut", new FileDownloads.Downloaded("{\"version\":\"1.1\",\"bot_name\":\"Ali".getBytes(StandardCharsets.UTF_8)));
    files.put("deep", new FileDownloads.Downloaded("[".repeat(100).getBytes(StandardCharsets.UTF_8)));
    files.put("text", new FileDownloads.Downloaded("hello there".getBytes(StandardCharsets.UTF_8)));

    assertEquals("That file is cut off: it ends in the middle. Export it again.",
        text(importReplying(OWNER, "/import", "cut")));
    clock.advance(Duration.ofMinutes(10));
    assertEquals("That file is nested too deeply or holds too many values to be a backup.",
        text(importReplying(OWNER, "/import", "deep")));
    clock.advance(Duration.ofMinutes(10));
    assertTrue(text(importReplying(OWNER, "/import", "text"))
        .startsWith("That file is not a backup, or it is damaged: it is not valid JSON"));
    assertEquals(rules("Old"), store.of(CHAT_ID).get(BackupModule.RULES));
  }

  @Test
  void theYesDownloadsTheFileAgain() {
    fileOf("f1", CHAT_ID, Map.of(BackupModule.RULES, rules("New")));
    Effects asked = importReplying(OWNER, "/import", "f1");
    files.put("f1", new FileDownloads.TooLarge(-1));

    Effects yes = press(OWNER, TestEffects.buttonData(asked, "Yes, import"));

    assertEquals("That file is too large: a backup holds at most 10 MB.", editText(yes));
    assertFalse(store.of(CHAT_ID).containsKey(BackupModule.RULES));
  }

  @Test
  void theFlagIsParsedInEveryFormAndModulesByCommasOrSpaces() {
    BackupCommands.Arguments args = BackupCommands.arguments("—other-chat Notes,rules  warns", true);
    assertTrue(args.otherChat());
    assertEquals(Set.of(BackupModule.NOTES, BackupModule.RULES, BackupModule.WARNS), args.modules());
    assertEquals(java.util.Optional.of("--other-chat"),
        BackupCommands.arguments("--other-chat", false).unknown());
    BackupCommands.ImportRequest request = new BackupCommands.ImportRequest("BQACAgI-x_y", args.modules(), true);
    assertEquals(request, BackupCommands.ImportRequest.of(request.payload()).orElseThrow());
  }

  // ------------------------------------------------------------------------------------------------ reset

  @Test
  void resetAsksWhatWouldGoAndTheCreatorsYesRemovesIt() {
    store.put(CHAT_ID, BackupModule.RULES, rules("Old"));
    store.put(CHAT_ID, BackupModule.WARNS, warnLimit(5));

    Effects asked = send(OWNER, "/reset rules");
    String question = text(asked);
    assertTrue(question.startsWith("Reset these modules to their defaults? rules. This can't be undone."), question);
    assertTrue(question.contains("• rules: 0 added, 0 changed, 1 removed"), question);

    Effects yes = press(OWNER, TestEffects.buttonData(asked, "Yes, reset"));

    assertTrue(editText(yes).startsWith("Reset to defaults: rules."), editText(yes));
    assertEquals(Set.of(BackupModule.WARNS), store.of(CHAT_ID).keySet());
  }

  @Test
  void resetIsForTheCreatorAndRestsAnHour() {
    assertEquals("Only the chat's owner can do this.", text(send(ADMIN, "/reset")));
    text(send(OWNER, "/reset"));
    clock.advance(Duration.ofMinutes(59));
    assertEquals("/reset was used in this chat a short while ago. Try again in 1 min.", text(send(OWNER, "/reset")));
  }
}
