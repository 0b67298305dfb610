package io.alita.domain.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.alita.domain.backup.BackupRejected.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupFilesTest {

  /** A file as the original writes it (fields in its order, a fraction in the time). */
  static final String ORIGINAL = """
      {
        "version": "1.1",
        "exported_at": "2025-03-04T05:06:07.123456789Z",
        "bot_name": "AlitaRobot",
        "chat_id": -1001234567890,
        "chat_name": "Test <Group>",
        "exported_by": 42,
        "modules": ["rules", "warns"],
        "data": {
          "rules": {"settings": {"chat_id": -1001234567890, "rules": "Be nice", "private": true}},
          "warns": {"warn_settings": {"warn_limit": 3, "warn_mode": "mute"}, "warns": []},
          "notes": {"notes": []}
        }
      }
      """;

  private static BackupFile read(String text) {
    return BackupFiles.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static BackupRejected refused(String text) {
    return assertThrows(BackupRejected.class, () -> read(text), text);
  }

  /** {@link #ORIGINAL} with one piece replaced. */
  private static String with(String piece, String replacement) {
    String text = ORIGINAL.replace(piece, replacement);
    if (text.equals(ORIGINAL)) {
      throw new IllegalArgumentException(piece);
    }
    return text;
  }

  @Test
  void readsTheOriginalsFile() {
    BackupFile file = read(ORIGINAL);
    assertEquals("1.1", file.version());
    assertEquals(Instant.parse("2025-03-04T05:06:07.123456789Z"), file.exportedAt());
    assertEquals("AlitaRobot", file.botName());
    assertEquals(-1001234567890L, file.chatId());
    assertEquals("Test <Group>", file.chatName());
    assertEquals(42, file.exportedBy());
    assertEquals(List.of(BackupModule.RULES, BackupModule.WARNS), file.modules());
    assertEquals(Map.of("warn_limit", new Json.Num(new java.math.BigDecimal(3)), "warn_mode", new Json.Str("mute")),
        ((Json.Obj) file.data().get(BackupModule.WARNS).fields().get("warn_settings")).fields());
    // data for a module the file does not list is not part of it
    assertEquals(2, file.data().size());
  }

  @Test
  void readsAnExportOfTheOriginalWithAllSeventeenModules() throws IOException {
    BackupFile file = BackupFiles.read(fixture());
    assertEquals(List.copyOf(BackupModule.all()), file.modules());
    assertEquals(-1001234567890L, file.chatId());
    assertEquals(123456789L, file.exportedBy());
    assertEquals(Instant.parse("2025-06-01T12:30:45.123456789Z"), file.exportedAt());
    Json.Obj entry = (Json.Obj) ((Json.Arr) file.data().get(BackupModule.BLACKLISTS).fields().get("entries")).items()
        .get(0);
    assertEquals(new Json.Str("no spam <please> & thanks"), entry.fields().get("reason"));
  }

  @Test
  void theCodecWritesAnExportOfTheOriginalBackByteForByte() throws IOException {
    String original = new String(fixture(), StandardCharsets.UTF_8).strip();
    assertEquals(original, new String(JsonCodec.write(JsonCodec.read(fixture())), StandardCharsets.UTF_8));
  }

  /**
   * {@code go-alita-export.json}: all 17 modules as the format document describes them, written by hand in the layout
   * and escaping of Go's {@code json.MarshalIndent} (not a file made by the original's binary, which is not at hand).
   */
  private static byte[] fixture() throws IOException {
    try (InputStream in = BackupFilesTest.class.getResourceAsStream("go-alita-export.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsVersionOneZeroAndOffsets() {
    BackupFile file = read(with("\"1.1\"", "\"1.0\"").replace("2025-03-04T05:06:07.123456789Z",
        "2025-03-04T07:06:07+02:00"));
    assertEquals("1.0", file.version());
    assertEquals(Instant.parse("2025-03-04T05:06:07Z"), file.exportedAt());
  }

  @Test
  void aMissingOrUnreadableExportTimeReadsAsTheEpoch() {
    assertEquals(Instant.EPOCH, read(with("\"exported_at\": \"2025-03-04T05:06:07.123456789Z\",", "")).exportedAt());
    assertEquals(Instant.EPOCH, read(with("2025-03-04T05:06:07.123456789Z", "yesterday")).exportedAt());
    assertEquals(Instant.EPOCH, read(with("\"2025-03-04T05:06:07.123456789Z\"", "12")).exportedAt());
  }

  @Test
  void optionalHeaderFieldsMayBeMissingOrNull() {
    BackupFile file = read(with("\"chat_name\": \"Test <Group>\",", "").replace("\"exported_by\": 42",
        "\"exported_by\": null"));
    assertEquals("", file.chatName());
    assertEquals(0, file.exportedBy());
  }

  @Test
  void theVersionMustBeOneOfTheTwo() {
    BackupRejected rejected = refused(with("\"1.1\"", "\"2.0\""));
    assertEquals(Reason.UNSUPPORTED_VERSION, rejected.reason());
    assertEquals("2.0", rejected.detail());
    assertEquals(new BackupRejected(Reason.NOT_A_BACKUP, "version").getMessage(),
        refused(with("\"version\": \"1.1\",", "")).getMessage());
    assertEquals("version", refused(with("\"1.1\"", "1.1")).detail());
    assertEquals("version", refused(with("\"1.1\"", "null")).detail());
  }

  @Test
  void aLongVersionIsShortenedInTheDetail() {
    BackupRejected rejected = refused(with("\"1.1\"", "\"" + "9".repeat(500) + "\\u0001\""));
    assertEquals(Reason.UNSUPPORTED_VERSION, rejected.reason());
    assertEquals("9".repeat(40) + "…", rejected.detail());
  }

  @Test
  void theBotNameIsRequired() {
    assertNotABackup(with("\"bot_name\": \"AlitaRobot\",", ""), "bot_name");
    assertNotABackup(with("\"AlitaRobot\"", "\"\""), "bot_name");
    assertNotABackup(with("\"AlitaRobot\"", "true"), "bot_name");
  }

  @Test
  void theChatIdIsARequiredNonZeroInteger() {
    assertNotABackup(with("\"chat_id\": -1001234567890,", ""), "chat_id");
    assertNotABackup(with("\"chat_id\": -1001234567890", "\"chat_id\": 0"), "chat_id");
    assertNotABackup(with("\"chat_id\": -1001234567890", "\"chat_id\": \"-100\""), "chat_id");
    assertNotABackup(with("\"chat_id\": -1001234567890", "\"chat_id\": -100.5"), "chat_id");
    assertNotABackup(with("\"chat_id\": -1001234567890", "\"chat_id\": 99999999999999999999"), "chat_id");
  }

  @Test
  void wrongTypesOfOptionalFieldsAreNamed() {
    assertNotABackup(with("\"Test <Group>\"", "7"), "chat_name");
    assertNotABackup(with("\"exported_by\": 42", "\"exported_by\": \"me\""), "exported_by");
  }

  @Test
  void theModulesMustBeANonEmptyListOfKnownNames() {
    assertNotABackup(with("\"modules\": [\"rules\", \"warns\"],", ""), "modules");
    assertNotABackup(with("[\"rules\", \"warns\"]", "[]"), "modules");
    assertNotABackup(with("[\"rules\", \"warns\"]", "\"rules\""), "modules");
    assertNotABackup(with("[\"rules\", \"warns\"]", "[\"rules\", 5]"), "modules[1]");
    BackupRejected unknown = refused(with("[\"rules\", \"warns\"]", "[\"rules\", \"karma\"]"));
    assertEquals(Reason.UNKNOWN_MODULE, unknown.reason());
    assertEquals("karma", unknown.detail());
  }

  @Test
  void aModuleListedTwiceCountsOnce() {
    assertEquals(List.of(BackupModule.RULES, BackupModule.WARNS),
        read(with("[\"rules\", \"warns\"]", "[\"rules\", \"warns\", \"rules\"]")).modules());
  }

  @Test
  void everyListedModuleNeedsAnObjectInData() {
    BackupRejected missing = refused(with("[\"rules\", \"warns\"]", "[\"rules\", \"warns\", \"locks\"]"));
    assertEquals(Reason.MODULE_WITHOUT_DATA, missing.reason());
    assertEquals("locks", missing.detail());
    BackupRejected nullData = refused(with("\"rules\": {\"settings\"", "\"rules\": null, \"x\": {\"settings\""));
    assertEquals(Reason.MODULE_WITHOUT_DATA, nullData.reason());
    assertEquals("rules", nullData.detail());
    assertNotABackup(with("\"rules\": {\"settings\": {\"chat_id\": -1001234567890, \"rules\": \"Be nice\", "
        + "\"private\": true}}", "\"rules\": []"), "data.rules");
    String noData = ORIGINAL.substring(0, ORIGINAL.indexOf(",\n  \"data\"")) + "}";
    assertEquals(Reason.MODULE_WITHOUT_DATA, refused(noData).reason());
    assertNotABackup(ORIGINAL.substring(0, ORIGINAL.indexOf("{\n    \"rules\"")) + "[]}", "data");
  }

  @Test
  void aDocumentThatIsNoObjectIsNoBackup() {
    assertEquals(Reason.NOT_A_BACKUP, refused("[]").reason());
    assertEquals(Reason.NOT_A_BACKUP, refused("\"backup\"").reason());
  }

  @Test
  void aBrokenFileIsRefusedByTheReader() {
    assertEquals(Reason.TRUNCATED, refused(ORIGINAL.substring(0, ORIGINAL.length() / 2)).reason());
    assertEquals(Reason.TRAILING_DATA, refused(ORIGINAL + "{}").reason());
    assertEquals(Reason.NOT_JSON, refused(ORIGINAL.replace("\"Be nice\"", "'Be nice'")).reason());
  }

  @Test
  void writesVersionOneOneWithModulesInTheirOrderAndTheTimeInSeconds() {
    BackupFile file = new BackupFile("1.1", Instant.parse("2026-12-08T04:05:06.789Z"), "AlitaRobot", -100L, "Chat",
        7L, List.of(BackupModule.WARNS, BackupModule.ADMIN),
        Map.of(BackupModule.WARNS, new Json.Obj(Map.of()), BackupModule.ADMIN,
            new Json.Obj(Map.of("admin_settings", new Json.Obj(Map.of("anon_admin", new Json.Bool(true)))))));
    assertEquals("""
        {
          "version": "1.1",
          "exported_at": "2026-12-08T04:05:06Z",
          "bot_name": "AlitaRobot",
          "chat_id": -100,
          "chat_name": "Chat",
          "exported_by": 7,
          "modules": [
            "admin",
            "warns"
          ],
          "data": {
            "admin": {
              "admin_settings": {
                "anon_admin": true
              }
            },
            "warns": {}
          }
        }""", new String(BackupFiles.write(file), StandardCharsets.UTF_8));
  }

  @Test
  void aWrittenFileReadsBackAsTheSameFile() {
    BackupFile file = read(ORIGINAL);
    BackupFile again = BackupFiles.read(BackupFiles.write(file));
    assertEquals(file.data(), again.data());
    assertEquals(file.modules(), again.modules());
    assertEquals(file.chatId(), again.chatId());
    assertEquals(file.chatName(), again.chatName());
    assertEquals(Instant.parse("2025-03-04T05:06:07Z"), again.exportedAt());
  }

  @Test
  void anAnnouncedSizeOverTheLimitIsRefusedBeforeDownloading() {
    BackupFiles.checkSize(BackupFile.MAX_BYTES);
    BackupFiles.checkSize(-1);
    BackupRejected rejected = assertThrows(BackupRejected.class, () -> BackupFiles.checkSize(BackupFile.MAX_BYTES + 1));
    assertEquals(Reason.TOO_LARGE, rejected.reason());
    assertEquals((BackupFile.MAX_BYTES + 1) + " bytes", rejected.detail());
  }

  @Test
  void aStreamIsReadUpToTheLimitAndNoFurther() {
    byte[] exactly = new byte[(int) BackupFile.MAX_BYTES];
    assertArrayEquals(exactly, BackupFiles.readAtMost(new ByteArrayInputStream(exactly)));
    EndlessStream endless = new EndlessStream();
    BackupRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(BackupRejected.class, () -> BackupFiles.readAtMost(endless)));
    assertEquals(Reason.TOO_LARGE, rejected.reason());
    assertEquals(true, endless.served <= BackupFile.MAX_BYTES + 64 * 1024, () -> "read " + endless.served);
  }

  @Test
  void aFailingStreamIsAnIoError() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    assertThrows(UncheckedIOException.class, () -> BackupFiles.readAtMost(failing));
  }

  private static void assertNotABackup(String text, String field) {
    BackupRejected rejected = refused(text);
    assertEquals(Reason.NOT_A_BACKUP, rejected.reason(), text);
    assertEquals(field, rejected.detail());
  }

  /** A download that never ends, counting what it served. */
  private static final class EndlessStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      served += len;
      return len;
    }
  }
}
