package io.alita.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackDataTest {

  @Test
  void fieldsAreEncodedInTheOrderTheyWereAdded() {
    CallbackData data = CallbackData.of(CallbackNamespace.ANON_ADMIN).with("c", -1001234567890L).with("m", 42);
    assertEquals("anon_admin|v1|c=-1001234567890&m=42", data.encode());
  }

  @Test
  void dataWithoutFieldsEncodesAnUnderscore() {
    assertEquals("about|v1|_", CallbackData.of(CallbackNamespace.ABOUT).encode());
  }

  @Test
  void encodedDataDecodesToTheSameData() {
    CallbackData data = CallbackData.of(CallbackNamespace.CAPTCHA_VERIFY)
        .with("a", 77).with("r", 1).with("u", 123456789).with("s", "42");
    assertEquals(Optional.of(data), CallbackData.decode(data.encode()));
  }

  @Test
  void underscorePayloadDecodesToNoFields() {
    CallbackData decoded = CallbackData.decode("about|v1|_").orElseThrow();
    assertTrue(decoded.is(CallbackNamespace.ABOUT));
    assertEquals(Map.of(), decoded.fields());
  }

  @Test
  void specialCharactersInValuesAreEscapedAndRestored() {
    CallbackData data = CallbackData.of(CallbackNamespace.HELPQ).with("m", "a&b=c|d e%");
    String encoded = data.encode();
    assertEquals("helpq|v1|m=a%26b%3Dc%7Cd+e%25", encoded);
    assertEquals("a&b=c|d e%", CallbackData.decode(encoded).orElseThrow().field("m").orElseThrow());
  }

  @Test
  void unicodeValuesRoundTrip() {
    CallbackData data = CallbackData.of(CallbackNamespace.CHANGE_LANGUAGE).with("l", "рус🙂");
    assertEquals(Optional.of(data), CallbackData.decode(data.encode()));
  }

  @Test
  void emptyValueIsAllowed() {
    CallbackData data = CallbackData.of(CallbackNamespace.REPORT).with("a", "");
    assertEquals("report|v1|a=", data.encode());
    assertEquals(Optional.of(data), CallbackData.decode("report|v1|a="));
  }

  @Test
  void dataMadeByTheOriginalBotDecodes() {
    // Go's url.Values sorts keys; order does not matter when reading.
    CallbackData decoded = CallbackData.decode("unrestrict|v1|a=unban&u=123").orElseThrow();
    assertTrue(decoded.is(CallbackNamespace.UNRESTRICT));
    assertEquals(Optional.of("unban"), decoded.field("a"));
    assertEquals(Optional.of("123"), decoded.field("u"));
    assertEquals(Optional.empty(), decoded.field("x"));
  }

  @Test
  void dottedNamespaceDecodes() {
    assertTrue(CallbackData.decode("notes.overwrite|v1|t=abc").orElseThrow().is(CallbackNamespace.NOTES_OVERWRITE));
  }

  @Test
  void unknownNamespaceDecodesForTheCallerToIgnore() {
    CallbackData decoded = CallbackData.decode("future_feature|v1|_").orElseThrow();
    assertEquals(new CallbackNamespace("future_feature"), decoded.namespace());
  }

  @Test
  void namespaceMatchIsCaseSensitive() {
    assertFalse(CallbackData.decode("DELETEMSG|v1|_").orElseThrow().is(CallbackNamespace.DELETE_MSG));
  }

  @Test
  void exactlySixtyFourBytesIsAccepted() {
    // "rmWarn|v1|u=" is 12 bytes.
    String value = "1".repeat(52);
    String encoded = CallbackData.of(CallbackNamespace.RM_WARN).with("u", value).encode();
    assertEquals(64, encoded.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void overSixtyFourBytesIsRefusedWithAnExplanation() {
    CallbackData data = CallbackData.of(CallbackNamespace.RM_WARN).with("u", "1".repeat(53));
    CallbackDataTooLongException error = assertThrows(CallbackDataTooLongException.class, data::encode);
    assertTrue(error.getMessage().contains("65 bytes"), error.getMessage());
    assertTrue(error.getMessage().contains("token"), error.getMessage());
  }

  @Test
  void byteLimitCountsUtf8BytesNotCharacters() {
    // 20 Cyrillic letters are 40 UTF-8 bytes, and percent-encoding makes each byte three characters.
    CallbackData data = CallbackData.of(CallbackNamespace.FILTERS_OVERWRITE).with("t", "я".repeat(20));
    assertThrows(CallbackDataTooLongException.class, data::encode);
  }

  @ParameterizedTest(name = "\"{0}\" does not decode")
  @ValueSource(strings = {
      "", "about", "about|", "about|v1", "about|v1|", "|v1|_", "about|v2|_", "about|V1|_", "about||_", "about|v1|a",
      "about|v1|=x", "about|v1|a=1&", "about|v1|&a=1", "about|v1|a=1&&b=2", "about|v1|a=1&a=2", "about|v1|a=%", "about|v1|a=%4",
      "about|v1|a=%zz", "about|v1|a=%FF", "about|v1|a=%C3%28", "about|v1|a=1|b=2", "about|v1|_|_", "ab out|v1|_",
      "about\n|v1|_", "about|v1|a=я", "restrict.ban.12345", "helpq.Bans", "rmWarn=12345", "captcha_verify_77_1"
  })
  void legacyUnversionedAndGarbledDataDoesNotDecode(String data) {
    assertEquals(Optional.empty(), CallbackData.decode(data));
  }

  @Test
  void encodedEqualsSignInAKeyIsItsOwnKey() {
    // "%3D" is an escaped '=' inside the key, not a separator; a key may be any text once escaped.
    assertEquals(Optional.of("1"), CallbackData.decode("about|v1|a%3D=1").orElseThrow().field("a="));
  }

  @Test
  void nullDataDoesNotDecode() {
    assertEquals(Optional.empty(), CallbackData.decode(null));
  }

  @Test
  void withReplacesAnExistingKeyInPlace() {
    CallbackData data = CallbackData.of(CallbackNamespace.RESTRICT).with("a", "ban").with("u", 1).with("a", "mute");
    assertEquals("restrict|v1|a=mute&u=1", data.encode());
  }

  @Test
  void fieldsCannotBeChangedAfterwards() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("a", "1");
    CallbackData data = new CallbackData(CallbackNamespace.BACKUP, source);
    source.put("b", "2");
    assertEquals(List.of("a"), List.copyOf(data.fields().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> data.fields().put("c", "3"));
  }

  @Test
  void emptyKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CallbackData.of(CallbackNamespace.BACKUP).with("", "x"));
  }

  @ParameterizedTest(name = "namespace \"{0}\" is refused")
  @ValueSource(strings = {"", "a|b", "a b", "naïve", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void namespaceThatCannotBeEncodedIsRefused(String value) {
    assertThrows(IllegalArgumentException.class, () -> new CallbackNamespace(value));
  }

  @Test
  void everyNamespaceOfTheOriginalBotFitsWithASmallPayload() {
    List<CallbackNamespace> all = List.of(CallbackNamespace.ABOUT, CallbackNamespace.ANON_ADMIN, CallbackNamespace.ANTIRAID,
        CallbackNamespace.BACKUP, CallbackNamespace.CAPTCHA_REFRESH, CallbackNamespace.CAPTCHA_VERIFY,
        CallbackNamespace.CHANGE_LANGUAGE, CallbackNamespace.CONFIGURATION, CallbackNamespace.CONNBTNS, CallbackNamespace.DELETE_MSG,
        CallbackNamespace.FILTERS_OVERWRITE, CallbackNamespace.FORMATTING, CallbackNamespace.HELPQ, CallbackNamespace.JOIN_REQUEST,
        CallbackNamespace.NOTES_OVERWRITE, CallbackNamespace.REACTIONS_HELP, CallbackNamespace.REPORT, CallbackNamespace.RESTRICT,
        CallbackNamespace.RM_ALL_APPROVALS, CallbackNamespace.RM_ALL_BLACKLIST, CallbackNamespace.RM_ALL_CHAT_WARNS,
        CallbackNamespace.RM_ALL_FILTERS, CallbackNamespace.RM_ALL_NOTES, CallbackNamespace.RM_WARN, CallbackNamespace.UNPINALL_BTN,
        CallbackNamespace.UNRESTRICT);
    assertEquals(26, all.stream().distinct().count());
    for (CallbackNamespace namespace : all) {
      CallbackData data = CallbackData.of(namespace).with("a", "accept").with("u", 1234567890123L);
      assertEquals(Optional.of(data), CallbackData.decode(data.encode()), namespace.value());
    }
  }
}
