package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.cache.CacheLimits;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SETTINGS_CACHE_MAX_CHATS and SETTINGS_CACHE_IDLE_MINUTES, checked at startup with the rest of the configuration. */
class CacheConfigTest {

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
  void byDefaultTenThousandChatsPerCacheAndThirtyIdleMinutes() throws Exception {
    assertEquals(new CacheLimits(10_000, Duration.ofMinutes(30)), load().caches().limits());
  }

  @Test
  void bothLimitsAreRead() throws Exception {
    AppConfig config = load("SETTINGS_CACHE_MAX_CHATS", "250000", "SETTINGS_CACHE_IDLE_MINUTES", "120");
    assertEquals(new CacheLimits(250_000, Duration.ofMinutes(120)), config.caches().limits());
  }

  @Test
  void aBadValueStopsStartupNamingTheVariableAndTheFix() {
    assertEquals(List.of("SETTINGS_CACHE_MAX_CHATS: 'lots' is not a whole number; use 100 to 10000000 (default 10000)"),
        problems("SETTINGS_CACHE_MAX_CHATS", "lots"));
    assertEquals(List.of("SETTINGS_CACHE_MAX_CHATS: 10 is out of range; use 100 to 10000000 (default 10000)",
            "SETTINGS_CACHE_IDLE_MINUTES: 0 is out of range; use 1 to 10080 (default 30)"),
        problems("SETTINGS_CACHE_MAX_CHATS", "10", "SETTINGS_CACHE_IDLE_MINUTES", "0"));
  }
}
