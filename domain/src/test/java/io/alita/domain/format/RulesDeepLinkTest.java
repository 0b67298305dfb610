package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import org.junit.jupiter.api.Test;

class RulesDeepLinkTest {

  @Test
  void urlStartsTheBotWithTheChatsRules() {
    assertEquals("https://t.me/AlitaBot?start=rules_-1001234567890", RulesDeepLink.url("AlitaBot", ChatId.of(-1001234567890L)));
  }

  @Test
  void leadingAtSignOfTheBotUsernameIsIgnored() {
    assertEquals("https://t.me/AlitaBot?start=rules_-5", RulesDeepLink.url("@AlitaBot", ChatId.of(-5)));
  }

  @Test
  void buttonUsesTheChatsTextOrTheDefault() {
    assertEquals(new UrlButton("📜 Read", "https://t.me/AlitaBot?start=rules_-5"),
        RulesDeepLink.button("AlitaBot", ChatId.of(-5), " 📜 Read "));
    assertEquals("Rules", RulesDeepLink.button("AlitaBot", ChatId.of(-5), null).text());
    assertEquals("Rules", RulesDeepLink.button("AlitaBot", ChatId.of(-5), "  ").text());
  }

  @Test
  void botUsernameThatIsNotAUsernameIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RulesDeepLink.url("evil.com/x?", ChatId.of(-5)));

    assertEquals("bot username 'evil.com/x?' is not a Telegram username (letters, digits and '_', at most 32)",
        e.getMessage());
  }
}
