package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com",
      "http://example.com/path?q=1&r=2#frag",
      "HTTPS://EXAMPLE.COM",
      "tg://user?id=42",
      "tg://resolve?domain=alita",
      "https://en.wikipedia.org/wiki/Alita_(film)"})
  void acceptsHttpHttpsAndTgUrlsUnchanged(String url) {
    assertEquals(Optional.of(url), SafeUrl.normalize(url));
  }

  @ParameterizedTest
  @CsvSource({
      "google.com, https://google.com",
      "t.me/alita_robot, https://t.me/alita_robot",
      "example.com:8080/x, https://example.com:8080/x",
      "пример.рф, https://пример.рф"})
  void givesABareHostHttps(String raw, String expected) {
    assertEquals(Optional.of(expected), SafeUrl.normalize(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "javascript://example.com/%0Aalert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox",
      "file:///etc/passwd",
      "mailto:a@b.com",
      "//evil.com",
      "https://",
      "https:///path",
      "tg://",
      "http://exa mple.com",
      "https://example.com/\nx",
      "https://example.com/\u0000",
      "example",
      "",
      "evil.com:80@x"})
  void refusesEverythingElse(String raw) {
    assertEquals(Optional.empty(), SafeUrl.normalize(raw));
  }

  @Test
  void refusesNullAndOverlongUrls() {
    assertEquals(Optional.empty(), SafeUrl.normalize(null));
    assertEquals(Optional.empty(), SafeUrl.normalize("https://e.com/" + "a".repeat(SafeUrl.MAX_LENGTH)));
  }

  @Test
  void isNormalizedOnlyForTheFormNormalizeReturns() {
    assertTrue(SafeUrl.isNormalized("https://google.com"));
    assertFalse(SafeUrl.isNormalized("google.com"));
    assertFalse(SafeUrl.isNormalized("javascript:alert(1)"));
  }
}
