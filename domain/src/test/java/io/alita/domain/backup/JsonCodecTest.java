package io.alita.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.backup.BackupRejected.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

  private static Json read(String text) {
    return JsonCodec.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static BackupRejected refused(String text) {
    return assertThrows(BackupRejected.class, () -> read(text), text);
  }

  private static BackupRejected refused(byte[] bytes) {
    return assertThrows(BackupRejected.class, () -> JsonCodec.read(bytes));
  }

  private static Json.Obj obj(Object... keysAndValues) {
    Map<String, Json> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], (Json) keysAndValues[i + 1]);
    }
    return new Json.Obj(fields);
  }

  private static Json.Num num(String value) {
    return new Json.Num(new BigDecimal(value));
  }

  @Test
  void readsEveryKindOfValueKeepingKeyOrderAndExactNumbers() {
    Json value = read(" {\"z\": [1, -2.50, 3e2, true, false, null], \"a\": {\"s\": \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"},"
        + " \"e\": {}, \"l\": []}\n");
    Json expected = obj(
        "z", new Json.Arr(List.of(num("1"), num("-2.50"), num("300"), new Json.Bool(true), new Json.Bool(false),
            Json.Null.NULL)),
        "a", obj("s", new Json.Str("x\"\\/\b\f\n\r\té")),
        "e", obj(),
        "l", new Json.Arr(List.of()));
    assertEquals(expected, value);
    assertEquals(List.of("z", "a", "e", "l"), List.copyOf(((Json.Obj) value).fields().keySet()));
  }

  @Test
  void readsUtf8TextAndEscapedSurrogatePairs() {
    assertEquals(new Json.Str("中文 😀 Ж"), read("\"中文 😀 Ж\""));
    assertEquals(new Json.Str("😀"), read("\"\\ud83d\\ude00\""));
  }

  @Test
  void skipsAByteOrderMarkAtTheStart() {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertEquals(obj(), JsonCodec.read(withBom));
  }

  @Test
  void aByteOrderMarkElsewhereIsNotJson() {
    byte[] bomInside = {' ', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertEquals(Reason.NOT_JSON, refused(bomInside).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{a:1}", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "01", "1.x", "-x", "1.e3", "+1", ".5",
      "tru e", "nulx", "truex", "[truex]", "'a'", "\"\\x\"", "\"\\u12g4\"", "\"a\u0001b\"", "\"\\ud800\"",
      "\"\\ude00\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "NaN", "Infinity", "[1}", "{\"a\":1]", "{1:2}", "\u00e9"})
  void invalidJsonIsNotJsonWithItsPosition(String text) {
    BackupRejected rejected = refused(text);
    assertEquals(Reason.NOT_JSON, rejected.reason(), text + " -> " + rejected.getMessage());
    assertTrue(rejected.detail().startsWith("at byte "), rejected.detail());
  }

  @Test
  void theDetailNamesTheByteAndWhatWasFound() {
    assertEquals("at byte 6: expected ',' or ']', found '2'", refused("[1, 2 2]").detail());
    assertEquals("at byte 1: expected a key in quotes, found 'a'", refused("{a:1}").detail());
  }

  @Test
  void aKeyTwiceIsRefused() {
    BackupRejected rejected = refused("{\"a\":1,\"b\":2,\"a\":3}");
    assertEquals(Reason.NOT_JSON, rejected.reason());
    assertEquals("at byte 13: the key \"a\" twice", rejected.detail());
  }

  @Test
  void invalidUtf8IsNotJson() {
    byte[][] cases = {
        {'"', (byte) 0xC3, '(', '"'},                         // a lead byte without its continuation
        {'"', (byte) 0xC0, (byte) 0xAF, '"'},                 // overlong '/'
        {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'},    // overlong, three bytes
        {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},    // a surrogate encoded as UTF-8
        {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // above U+10FFFF
        {'"', (byte) 0xFF, '"'},
        {'"', (byte) 0x80, '"'},                               // a continuation byte alone
    };
    for (byte[] bytes : cases) {
      BackupRejected rejected = refused(bytes);
      assertEquals(Reason.NOT_JSON, rejected.reason(), Arrays.toString(bytes));
      assertTrue(rejected.detail().endsWith("invalid UTF-8"), rejected.detail());
    }
  }

  @Test
  void emptyInputIsNotJson() {
    assertEquals(Reason.NOT_JSON, refused("").reason());
    assertEquals(Reason.NOT_JSON, refused("  \n").reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,", "[1,2", "[", "\"abc", "\"ab\\", "tr",
      "fals", "-", "1e", "1e+", "0.", "\"\\u00", "\"\\ud83d", "\"\\ud83d\\", "{\"data\": {\"notes\": [{\"x\": 1}"})
  void inputEndingEarlyIsTruncated(String text) {
    assertEquals(Reason.TRUNCATED, refused(text).reason(), text);
  }

  @Test
  void aFileCutInsideAUtf8CharacterIsTruncated() {
    byte[] cut = {'"', (byte) 0xE4, (byte) 0xB8};
    assertEquals(Reason.TRUNCATED, refused(cut).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} x", "{}{}", "1 2", "{}\n,", "[] ]", "{}\u0000"})
  void bytesAfterTheValueAreTrailingData(String text) {
    assertEquals(Reason.TRAILING_DATA, refused(text).reason(), text);
  }

  @Test
  void whitespaceAfterTheValueIsFine() {
    assertEquals(obj(), read("{}\r\n\t "));
  }

  @Test
  void sixtyFourLevelsAreReadAndSixtyFiveAreTooComplex() {
    assertTrue(read("[".repeat(64) + "]".repeat(64)) instanceof Json.Arr);
    assertEquals(Reason.TOO_COMPLEX, refused("[".repeat(65) + "]".repeat(65)).reason());
    assertEquals(Reason.TOO_COMPLEX, refused("{\"a\":".repeat(65) + "1" + "}".repeat(65)).reason());
  }

  @Test
  void aHundredThousandOpeningBracketsAreRefusedQuickly() {
    byte[] deep = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    BackupRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(deep));
    assertEquals(Reason.TOO_COMPLEX, rejected.reason());
  }

  @Test
  void aMillionValuesAreReadAndOneMoreIsTooComplex() {
    // the array itself is one value, so 999,999 items make exactly a million
    String items = "0,".repeat(999_998) + "0";
    assertEquals(999_999, ((Json.Arr) read("[" + items + "]")).items().size());
    BackupRejected rejected = refused("[" + items + ",0]");
    assertEquals(Reason.TOO_COMPLEX, rejected.reason());
  }

  @Test
  void absurdNumbersAreTooComplexAndCheap() {
    for (String text : List.of("1e999999999", "1E+99999999999", "-1e-1001", "1" + "0".repeat(1000),
        "0." + "0".repeat(1000), "[1e1001]")) {
      BackupRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refused(text));
      assertEquals(Reason.TOO_COMPLEX, rejected.reason(), text);
    }
    assertEquals(num("1" + "0".repeat(1000)), read("1e1000"));
    assertEquals(new BigDecimal("1e-1000"), ((Json.Num) read("1e-1000")).value());
    assertEquals(num("9".repeat(1000)), read("9".repeat(1000)));
    assertEquals(num("10"), read("1e0000000000000000000001"));
  }

  @Test
  void anIntegerWithAnExponentReadsAsThePlainInteger() {
    assertEquals(num("1000"), read("1e3"));
    assertEquals(num("1200"), read("1.2E+3"));
    assertEquals(num("0.012"), read("1.2e-2"));
    assertEquals(num("0"), read("-0"));
  }

  @Test
  void moreThanTenMegabytesIsRefusedWithoutReadingIt() {
    byte[] fifty = new byte[50 * 1024 * 1024];
    Arrays.fill(fifty, (byte) '[');
    BackupRejected rejected = assertTimeoutPreemptively(Duration.ofMillis(500), () -> refused(fifty));
    assertEquals(Reason.TOO_LARGE, rejected.reason());
    assertEquals(fifty.length + " bytes", rejected.detail());
    byte[] justOver = new byte[(int) BackupFile.MAX_BYTES + 1];
    assertEquals(Reason.TOO_LARGE, refused(justOver).reason());
  }

  @Test
  void aFileJustUnderTheLimitIsRead() {
    String big = "x\u00e9\\n".repeat(1_900_000);
    byte[] bytes = ("{\"notes\": [{\"note_content\": \"" + big + "\"}]}").getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > 9_000_000 && bytes.length < BackupFile.MAX_BYTES, () -> bytes.length + " bytes");
    Json value = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> JsonCodec.read(bytes));
    Json.Obj note = (Json.Obj) ((Json.Arr) ((Json.Obj) value).fields().get("notes")).items().get(0);
    assertEquals(1_900_000 * 3, ((Json.Str) note.fields().get("note_content")).value().length());
  }

  @Test
  void writesIndentedWithTwoSpacesAsGo() {
    Json value = obj("a", num("1"), "b", new Json.Arr(List.of(new Json.Bool(true), Json.Null.NULL)), "c", obj(),
        "d", new Json.Arr(List.of()), "e", obj("f", new Json.Str("g")));
    assertEquals("""
        {
          "a": 1,
          "b": [
            true,
            null
          ],
          "c": {},
          "d": [],
          "e": {
            "f": "g"
          }
        }""", JsonCodec.writeString(value));
  }

  @Test
  void escapesStringsAsGoEncodingJson() {
    String text = "q\" b\\ <b>&amp; \n\r\t\b\f \u0001\u001f \u007f \u2028\u2029 é 😀 /";
    assertEquals("\"q\\\" b\\\\ \\u003cb\\u003e\\u0026amp; \\n\\r\\t\\b\\f \\u0001\\u001f \u007f \\u2028\\u2029 é 😀 /\"",
        JsonCodec.writeString(new Json.Str(text)));
    assertEquals(new Json.Str(text), JsonCodec.read(JsonCodec.write(new Json.Str(text))));
  }

  @Test
  void anUnpairedSurrogateIsWrittenAsTheReplacementCharacter() {
    assertEquals("\"a\uFFFDb\uFFFD\"", JsonCodec.writeString(new Json.Str("a\ud800b\udc00")));
  }

  @Test
  void keysThatWouldBeWrittenTheSameAreRefused() {
    Json twins = obj("a\ud800", num("1"), "a\udc00", num("2"));
    assertThrows(IllegalArgumentException.class, () -> JsonCodec.write(twins));
    Json fine = obj("a\ud800", num("1"), "b", num("2"));
    assertEquals(obj("a\uFFFD", num("1"), "b", num("2")), JsonCodec.read(JsonCodec.write(fine)));
  }

  @Test
  void numbersAreWrittenInPlainForm() {
    assertEquals("1000", JsonCodec.writeString(num("1E+3")));
    assertEquals("-100123456789", JsonCodec.writeString(num("-100123456789")));
    assertEquals("0.000001", JsonCodec.writeString(num("1E-6")));
    assertEquals("2.50", JsonCodec.writeString(num("2.50")));
  }

  @Test
  void writtenOutputIsUtf8() {
    byte[] bytes = JsonCodec.write(new Json.Str("é😀"));
    assertEquals("\"é😀\"", new String(bytes, StandardCharsets.UTF_8));
    assertEquals(2 + 2 + 4, bytes.length);
  }

  @Test
  void writingNestingDeeperThanCanBeReadIsRefused() {
    Json deep = new Json.Arr(List.of());
    for (int i = 1; i < 65; i++) {
      deep = new Json.Arr(List.of(deep));
    }
    Json tooDeep = deep;
    assertThrows(IllegalArgumentException.class, () -> JsonCodec.write(tooDeep));
    Json ok = ((Json.Arr) deep).items().get(0);
    assertEquals(ok, JsonCodec.read(JsonCodec.write(ok)));
  }
}
