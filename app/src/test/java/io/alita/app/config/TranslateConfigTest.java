package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TRANSLATE_URL and TRANSLATE_API_KEY, checked at startup with the rest of the configuration. */
class TranslateConfigTest {

  private static AppConfig load(String... keyValues) throws ConfigException {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return AppConfig.load(Environment.of(map));
  }

  private static List<String> problems(String... keyValues) {
    return assertThrows(ConfigException.class, () -> load(keyValues)).errors().stream()
        .map(ConfigError::toString).toList();
  }

  @Test
  void withoutTranslateUrlThereIsNoTranslation() throws Exception {
    assertEquals(TranslateConfig.none(), load().translate());
  }

  @Test
  void aUrlAndAKeyAreReadAndTheKeyIsASecret() throws Exception {
    AppConfig config = load("TRANSLATE_URL", "http://libretranslate:5000/", "TRANSLATE_API_KEY", "secret-key-1");

    assertEquals(Optional.of(URI.create("http://libretranslate:5000")), config.translate().url());
    assertEquals(Optional.of("secret-key-1"), config.translate().apiKey());
    assertTrue(config.secrets().contains("secret-key-1"));
    assertFalse(config.toString().contains("secret-key-1"), config.toString());
  }

  @Test
  void aBadUrlStopsStartupNamingTheVariableAndTheFix() {
    List<String> problems = problems("TRANSLATE_URL", "ftp://translate.example.com");

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("TRANSLATE_URL: 'ftp://translate.example.com' is not an http or https URL"),
        problems.get(0));
    assertTrue(problems.get(0).contains("http://libretranslate:5000"), problems.get(0));
    assertTrue(problems("TRANSLATE_URL", "libretranslate").get(0).contains("write it as https://libretranslate"));
  }

  @Test
  void aKeyWithoutAUrlIsAMistake() {
    List<String> problems = problems("TRANSLATE_API_KEY", "k");

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("TRANSLATE_API_KEY: set without TRANSLATE_URL"), problems.get(0));
  }
}
