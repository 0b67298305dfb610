package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {

  @TempDir
  Path dir;

  @Test
  void realEnvironmentWinsOverTheDotEnvFile() throws Exception {
    Path file = Files.writeString(dir.resolve(".env"), "BOT_TOKEN=from-file\nOWNER_ID=1\n");
    Environment env = Environment.load(Map.of("BOT_TOKEN", "from-env"), Optional.of(file));
    assertEquals(Optional.of("from-env"), env.get("BOT_TOKEN"));
    assertEquals(Optional.of("1"), env.get("OWNER_ID"));
    assertEquals(Optional.of(file), env.dotEnvFile());
  }

  @Test
  void missingDotEnvFileIsNotAnError() throws Exception {
    Environment env = Environment.load(Map.of("A", "1"), Optional.of(dir.resolve(".env")));
    assertEquals(Optional.of("1"), env.get("A"));
    assertEquals(Optional.empty(), env.dotEnvFile());
  }

  @Test
  void malformedDotEnvFileIsReportedWithItsPathAndLine() throws Exception {
    Path file = Files.writeString(dir.resolve(".env"), "A=1\nnot a line\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Environment.load(Map.of(), Optional.of(file)));
    assertEquals(file + " line 2: expected KEY=VALUE (or a # comment)", e.getMessage());
  }

  @Test
  void blankCountsAsUnsetButRawKeepsTheExactValue() {
    Environment env = Environment.of(Map.of("BLANK", "  ", "PADDED", "  x  "));
    assertEquals(Optional.empty(), env.get("BLANK"));
    assertEquals(Optional.empty(), env.get("UNSET"));
    assertEquals(Optional.of("x"), env.get("PADDED"));
    assertEquals(Optional.of("  x  "), env.raw("PADDED"));
  }

  @Test
  void toStringNeverShowsValues() {
    String text = Environment.of(Map.of("BOT_TOKEN", "123456:very-secret")).toString();
    assertFalse(text.contains("very-secret"));
    assertTrue(text.contains("1 variables"));
  }
}
