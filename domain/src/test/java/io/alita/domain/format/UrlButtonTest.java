package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlButtonTest {

  @Test
  void ofTrimsTheLabelAndNormalizesTheUrl() {
    assertEquals(Optional.of(new UrlButton("Site", "https://example.com")), UrlButton.of("  Site ", "example.com"));
  }

  @Test
  void ofRefusesABlankLabelOrABadUrl() {
    assertEquals(Optional.empty(), UrlButton.of(" ", "https://example.com"));
    assertEquals(Optional.empty(), UrlButton.of(null, "https://example.com"));
    assertEquals(Optional.empty(), UrlButton.of("x", "javascript:alert(1)"));
  }

  @Test
  void constructorRefusesAnUnsafeUrlWithAMessageTheAdminCanActOn() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new UrlButton("x", "javascript:alert(1)"));

    assertEquals("button URL 'javascript:alert(1)' is not allowed; use an http://, https:// or tg:// link", e.getMessage());
  }

  @Test
  void constructorRefusesAUrlThatIsNotNormalized() {
    assertThrows(IllegalArgumentException.class, () -> new UrlButton("x", "example.com"));
  }

  @Test
  void constructorRefusesABlankLabel() {
    assertThrows(IllegalArgumentException.class, () -> new UrlButton("  ", "https://example.com"));
  }
}
