package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console's variables that turn on the Telegram Login Widget: BOT_USERNAME with CONSOLE_URL and BOT_TOKEN. */
class ConsoleConfigTest {

  private static final String TOKEN = "1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

  private static AppConfig load(String... keyValues) throws ConfigException {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return AppConfig.load(Environment.of(map));
  }

  @Test
  void botUsernameIsReadWithOrWithoutTheAt() throws Exception {
    assertEquals(Optional.of("alita_robot_bot"), load("BOT_USERNAME", "alita_robot_bot").console().botUsername());
    assertEquals(Optional.of("AlitaBot"), load("BOT_USERNAME", "@AlitaBot").console().botUsername());
    assertEquals(Optional.empty(), load().console().botUsername());
  }

  @Test
  void aNameThatCannotBeABotsIsOneLineNamingTheVariable() {
    for (String bad : List.of("alita", "alita robot bot", "https://t.me/alita_bot", "ab_bot".repeat(6))) {
      List<String> problems = assertThrows(ConfigException.class, () -> load("BOT_USERNAME", bad)).errors().stream()
          .map(ConfigError::toString).toList();
      assertEquals(List.of("BOT_USERNAME: '" + bad + "' is not a bot's username; use the username BotFather gave the "
          + "bot (5 to 32 letters, digits or _, ending in bot), e.g. alita_robot_bot"), problems);
    }
  }

  @Test
  void theWidgetNeedsAnHttpsConsoleAndTheTokenOtherwiseStartupSaysWhyItIsOff() throws Exception {
    assertEquals(List.of("BOT_USERNAME is set but CONSOLE_URL is not an https:// address: the Telegram login button "
            + "stays off (it works only on the https domain linked to the bot with BotFather's /setdomain)"),
        load("BOT_USERNAME", "alita_robot_bot", "BOT_TOKEN", TOKEN, "CONSOLE_URL", "http://localhost:8080").warnings());
    assertEquals(List.of("BOT_USERNAME is set but BOT_TOKEN is not: the Telegram login button stays off (the token "
            + "is needed to check Telegram's signature)"),
        load("BOT_USERNAME", "alita_robot_bot", "CONSOLE_URL", "https://console.example.com").warnings());
    assertEquals(List.of(), load("BOT_USERNAME", "alita_robot_bot", "BOT_TOKEN", TOKEN,
        "CONSOLE_URL", "https://console.example.com").warnings());
  }
}
