package io.alita.domain.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.fuzz.FuzzText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzz properties of the backup codec (decisions 0029 and 0032): any JSON value survives writing and reading; any bytes,
 * and any valid backup file cut short or with a byte changed, give a file or a {@link BackupRejected} and nothing else.
 */
class BackupCodecProperties {

  /** A real-looking backup file, the base of the mutation properties. */
  private static final byte[] VALID = BackupFiles.write(new BackupFile("1.1", Instant.parse("2026-12-08T04:05:06Z"),
      "AlitaRobot", -1001234567890L, "Grüße <b>&", 42L,
      List.of(BackupModule.RULES, BackupModule.NOTES, BackupModule.WARNS, BackupModule.LOCKS),
      Map.of(
          BackupModule.RULES, obj("settings", obj("rules", new Json.Str("Be nice 😀\n\"quoted\""),
              "private", new Json.Bool(true))),
          BackupModule.NOTES, obj("notes", new Json.Arr(List.of(obj("note_name", new Json.Str("rules"),
              "note_content", new Json.Str("Ж *bold*"), "msg_type", num(1),
              "buttons", new Json.Arr(List.of(obj("name", new Json.Str("a"), "url", new Json.Str("https://a.io"),
                  "btn_sameline", new Json.Bool(false))))))), "settings", obj()),
          BackupModule.WARNS, obj("warn_settings", obj("warn_limit", num(3), "warn_mode", new Json.Str("mute")),
              "warns", new Json.Arr(List.of(obj("user_id", num(7), "num_warns", num(2),
                  "warns", new Json.Arr(List.of(new Json.Str("spam"), Json.Null.NULL)))))),
          BackupModule.LOCKS, obj("locks", new Json.Arr(List.of(obj("lock_type", new Json.Str("sticker"),
              "locked", new Json.Bool(true))))))));

  @Property(seed = FuzzText.SEED, tries = 200)
  void anyValueReadsBackAsWritten(@ForAll("values") Json value) {
    byte[] written = JsonCodec.write(value);
    assertEquals(value, JsonCodec.read(written));
  }

  @Property(seed = FuzzText.SEED, tries = 100)
  void writtenOutputIsValidUtf8AndReReadsIdentically(@ForAll("values") Json value) throws CharacterCodingException {
    byte[] written = JsonCodec.write(value);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(written));
    assertArrayEquals(written, JsonCodec.write(JsonCodec.read(written)));
  }

  @Property(seed = FuzzText.SEED, tries = 200)
  void anyTextWritesAsValidUtf8(@ForAll("anyText") String text) throws CharacterCodingException {
    byte[] written = JsonCodec.write(new Json.Str(text));
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(written));
    Json.Str back = (Json.Str) JsonCodec.read(written);
    assertEquals(text.length(), back.value().length());
  }

  @Property(seed = FuzzText.SEED, tries = 50)
  void anyBackupFileReadsBackAsWritten(@ForAll("files") BackupFile file) {
    BackupFile back = BackupFiles.read(BackupFiles.write(file));
    assertEquals(file.data(), back.data());
    assertEquals(file.modules().stream().sorted().toList(), back.modules());
    assertEquals(file.chatId(), back.chatId());
    assertEquals(file.chatName(), back.chatName());
    assertEquals(file.exportedBy(), back.exportedBy());
    assertEquals(file.exportedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), back.exportedAt());
  }

  @Property(seed = FuzzText.SEED, tries = 500)
  void anyBytesGiveAFileOrARefusal(@ForAll @Size(max = 200) byte[] bytes) {
    readsOrRefuses(bytes);
  }

  @Property(seed = FuzzText.SEED, tries = 200)
  void jsonLikeBytesGiveAFileOrARefusal(@ForAll("jsonLike") String text) {
    readsOrRefuses(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(seed = FuzzText.SEED, tries = 200)
  void aValidFileCutAnywhereIsTruncatedOrRefused(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where) {
    int length = where % VALID.length;
    byte[] cut = java.util.Arrays.copyOf(VALID, length);
    try {
      BackupFiles.read(cut);
      throw new AssertionError("a cut file was read: " + length);
    } catch (BackupRejected expected) {
      // cut inside the value: it ends early (an empty file is simply not JSON)
      assertTrue(expected.reason() == BackupRejected.Reason.TRUNCATED || length == 0, expected::getMessage);
    }
  }

  @Property(seed = FuzzText.SEED, tries = 500)
  void aValidFileWithAnyByteReplacedGivesAFileOrARefusal(
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where, @ForAll byte replacement) {
    byte[] changed = VALID.clone();
    changed[where % changed.length] = replacement;
    readsOrRefuses(changed);
  }

  @Property(seed = FuzzText.SEED, tries = 200)
  void aValidFileWithPiecesInsertedGivesAFileOrARefusal(
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where, @ForAll("pieces") String piece) {
    int at = where % VALID.length;
    byte[] inserted = piece.getBytes(StandardCharsets.UTF_8);
    byte[] changed = new byte[VALID.length + inserted.length];
    System.arraycopy(VALID, 0, changed, 0, at);
    System.arraycopy(inserted, 0, changed, at, inserted.length);
    System.arraycopy(VALID, at, changed, at + inserted.length, VALID.length - at);
    readsOrRefuses(changed);
  }

  private static void readsOrRefuses(byte[] bytes) {
    try {
      BackupFile file = BackupFiles.read(bytes);
      assertTrue(file.chatId() != 0 && !file.modules().isEmpty());
      assertEquals(file.data().keySet(), java.util.Set.copyOf(file.modules()));
    } catch (BackupRejected expected) {
      assertTrue(!expected.detail().contains("\n"), expected::getMessage);
    }
  }

  @Provide
  Arbitrary<Json> values() {
    return Arbitraries.recursive(BackupCodecProperties::scalars, inner -> Arbitraries.oneOf(
        inner,
        inner.list().ofMaxSize(4).map(Json.Arr::new),
        Combinators.combine(FuzzText.validText(8), inner).as(Map::entry).list().ofMaxSize(4)
            .map(BackupCodecProperties::object)), 0, 5);
  }

  @Provide
  Arbitrary<BackupFile> files() {
    Arbitrary<Map<BackupModule, Json.Obj>> data = Arbitraries.maps(Arbitraries.of(BackupModule.class),
        Combinators.combine(Arbitraries.of("settings", "notes", "locks", "warns", "rules"), values())
            .as(Map::entry).list().ofMaxSize(3).map(e -> (Json.Obj) object(e))).ofMinSize(1).ofMaxSize(5);
    Arbitrary<Long> chats = Arbitraries.longs().filter(id -> id != 0);
    Arbitrary<Instant> times = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
    return Combinators.combine(data, chats, FuzzText.validText(20), Arbitraries.longs(), times)
        .as((modules, chat, title, by, at) -> new BackupFile("1.1", at, "AlitaRobot", chat, title, by,
            List.copyOf(modules.keySet()), modules));
  }

  private static Arbitrary<Json> scalars() {
    return Arbitraries.oneOf(
        FuzzText.validText(20).map(Json.Str::new),
        FuzzText.markup(6).map(Json.Str::new),
        Arbitraries.of(true, false).map(Json.Bool::new),
        Arbitraries.just(Json.Null.NULL),
        Arbitraries.longs().map(l -> new Json.Num(BigDecimal.valueOf(l))),
        Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
            Arbitraries.integers().between(0, 30)).as((unscaled, scale) -> new Json.Num(new BigDecimal(unscaled, scale))));
  }

  @Provide
  Arbitrary<String> anyText() {
    return FuzzText.anything(30);
  }

  @Provide
  Arbitrary<String> jsonLike() {
    return pieces().list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "d83d", "0", "-", "1e", "E+", ".", "9",
        "true", "null", "fals", " ", "\n", "\u00e9", "\ufeff", "\"version\"", "\"1.1\"", "\"bot_name\"", "\"chat_id\"",
        "\"modules\"", "\"data\"", "\"rules\"", "\"notes\"", "-100", "1e999999999", "[[[[", "\u0000");
  }

  private static Json object(List<Map.Entry<String, Json>> entries) {
    Map<String, Json> fields = new LinkedHashMap<>();
    entries.forEach(e -> fields.putIfAbsent(e.getKey(), e.getValue()));
    return new Json.Obj(fields);
  }

  private static Json.Obj obj(Object... keysAndValues) {
    Map<String, Json> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], (Json) keysAndValues[i + 1]);
    }
    return new Json.Obj(fields);
  }

  private static Json.Num num(long value) {
    return new Json.Num(BigDecimal.valueOf(value));
  }
}
