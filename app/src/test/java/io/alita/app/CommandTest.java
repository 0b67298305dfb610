package io.alita.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void noArgumentsRunsWorkerAndConsole() throws Exception {
    assertEquals(Command.Kind.RUN, Command.parse().kind());
  }

  @Test
  void psqlEnvGoesWithTheDatabaseCommands() throws Exception {
    Command c = Command.parse("status", "--psql-env");
    assertEquals(Command.Kind.STATUS, c.kind());
    assertTrue(c.psqlEnv());
    assertThrows(Command.UsageException.class, () -> Command.parse("worker", "--psql-env"));
  }

  @Test
  void markAppliedNeedsExactlyOneFile() throws Exception {
    assertEquals("20240101_x.sql", Command.parse("mark-applied", "20240101_x.sql").argument());
    assertThrows(Command.UsageException.class, () -> Command.parse("mark-applied"));
    assertThrows(Command.UsageException.class, () -> Command.parse("mark-applied", "a.sql", "b.sql"));
  }

  @Test
  void unknownWordsAreRefusedByName() {
    var e = assertThrows(Command.UsageException.class, () -> Command.parse("mirgate"));
    assertEquals("unknown command 'mirgate'", e.getMessage());
    assertThrows(Command.UsageException.class, () -> Command.parse("--force"));
    assertThrows(Command.UsageException.class, () -> Command.parse("status", "extra"));
  }

  @Test
  void usageListsEveryCommand() {
    String usage = Command.usage();
    for (Command.Kind k : Command.Kind.values()) {
      assertTrue(usage.contains(k.word), k.word);
    }
  }

  @Test
  void adoptTakesTheGoDatabaseAfterFromAndAnOptionalDryRun() throws Exception {
    Command c = Command.parse("adopt", "--from", "postgres://u:p@go:5432/alita");
    assertEquals(Command.Kind.ADOPT, c.kind());
    assertEquals("postgres://u:p@go:5432/alita", c.argument());
    assertEquals(false, c.dryRun());
    Command dry = Command.parse("adopt", "--dry-run", "--from=postgres://u:p@go/alita");
    assertEquals("postgres://u:p@go/alita", dry.argument());
    assertEquals(true, dry.dryRun());
    assertThrows(Command.UsageException.class, () -> Command.parse("adopt"));
    assertThrows(Command.UsageException.class, () -> Command.parse("adopt", "--from"));
    assertThrows(Command.UsageException.class, () -> Command.parse("adopt", "--from", "--dry-run"));
    assertThrows(Command.UsageException.class, () -> Command.parse("migrate", "--dry-run"));
    assertThrows(Command.UsageException.class, () -> Command.parse("adopt", "x", "--from", "postgres://u@h/d"));
    assertTrue(Command.usage().contains("adopt --from <url>"));
  }
}
