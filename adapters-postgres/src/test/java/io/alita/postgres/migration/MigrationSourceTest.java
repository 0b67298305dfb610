package io.alita.postgres.migration;

import static io.alita.postgres.migration.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSourceTest {

  @TempDir Path dir;

  private static List<String> names(MigrationSource source) {
    return source.files().stream().map(MigrationFile::name).toList();
  }

  @Test
  void listsSqlFilesInNameOrderSkippingRollbacksOtherFilesAndSubfolders() {
    write(dir, "20240301000000_add_notes.sql", "CREATE TABLE notes ();");
    write(dir, "20240101000000_initial_schema.sql", "CREATE TABLE users ();");
    write(dir, "20240301000000_add_notes.rollback.sql", "DROP TABLE notes;");
    write(dir, "README.md", "how to write migrations");
    write(dir.resolve("archive"), "20230101000000_old.sql", "SELECT 1;");

    List<MigrationFile> files = MigrationSource.directory(dir).files();

    assertEquals(List.of("20240101000000_initial_schema.sql", "20240301000000_add_notes.sql"),
        files.stream().map(MigrationFile::name).toList());
    assertEquals("20240101000000", files.get(0).version());
    assertEquals("CREATE TABLE users ();", files.get(0).sql());
  }

  @Test
  void refusesAFileNotNamedDigitsThenUnderscore() {
    write(dir, "20240101000000_ok.sql", "SELECT 1;");
    write(dir, "2024-01-02-add-notes.sql", "SELECT 1;");

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(dir).files());

    assertTrue(e.getMessage().startsWith("Migration file 2024-01-02-add-notes.sql in " + dir
        + " is not named <digits>_<description>.sql"), e.getMessage());
  }

  @Test
  void refusesAFileWithoutLeadingDigits() {
    write(dir, "seed_data.sql", "SELECT 1;");

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(dir).files());

    assertTrue(e.getMessage().contains("seed_data.sql"), e.getMessage());
  }

  @Test
  void refusesTwoFilesWithTheSameVersion() {
    write(dir, "20240101000000_a.sql", "SELECT 1;");
    write(dir, "20240101000000_b.sql", "SELECT 1;");

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(dir).files());

    assertEquals("Migration files 20240101000000_a.sql and 20240101000000_b.sql in " + dir
        + " have the same version 20240101000000: give each file its own number (e.g. a later time of day)",
        e.getMessage());
  }

  @Test
  void versionsThatDifferOnlyByLeadingZerosAreTheSameVersion() {
    write(dir, "1_a.sql", "SELECT 1;");
    write(dir, "01_b.sql", "SELECT 1;");

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(dir).files());

    assertTrue(e.getMessage().contains("01_b.sql and 1_a.sql"), e.getMessage());
  }

  @Test
  void refusesVersionsWhoseNumericOrderDiffersFromTheirNameOrder() {
    write(dir, "20240101_short.sql", "SELECT 1;");
    write(dir, "20231231235959_long.sql", "SELECT 1;");

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(dir).files());

    assertTrue(e.getMessage().contains("sort differently by name and by version number"), e.getMessage());
    assertTrue(e.getMessage().contains("20231231235959_long.sql and 20240101_short.sql"), e.getMessage());
  }

  @Test
  void explicitMigrationsPathThatDoesNotExistIsAnErrorNamingTheVariable() {
    String missing = dir.resolve("no-such-folder").toString();

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.resolve(missing, true));

    assertEquals("MIGRATIONS_PATH=" + missing + ": no such folder (" + missing + ")", e.getMessage());
  }

  @Test
  void explicitMigrationsPathThatIsAFileIsAnError() {
    Path file = write(dir, "migrations", "not a folder");

    MigrationException e =
        assertThrows(MigrationException.class, () -> MigrationSource.resolve(file.toString(), true));

    assertTrue(e.getMessage().startsWith("MIGRATIONS_PATH=" + file + ": not a folder"), e.getMessage());
  }

  @Test
  void anExistingFolderIsUsedWhetherConfiguredOrDefault() {
    write(dir, "20240101000000_a.sql", "SELECT 1;");

    assertEquals(dir.toString(), MigrationSource.resolve(dir.toString(), true).location());
    assertEquals(dir.toString(),
        MigrationSource.resolve(dir.toString(), false, "migration-fixtures/classpath", loader()).location());
  }

  @Test
  void missingDefaultFolderFallsBackToTheCopyPackagedOnTheClasspath() {
    String absent = dir.resolve("migrations").toString();

    MigrationSource source = MigrationSource.resolve(absent, false, "migration-fixtures/classpath", loader());

    assertEquals("classpath:migration-fixtures/classpath", source.location());
    assertEquals(List.of("20240101000000_first.sql", "20240102000000_second.sql"), names(source));
  }

  @Test
  void missingDefaultFolderWithNothingPackagedIsAClearError() {
    String absent = dir.resolve("migrations").toString();

    MigrationException e = assertThrows(MigrationException.class,
        () -> MigrationSource.resolve(absent, false, "no/such/root", loader()));

    assertTrue(e.getMessage().startsWith("No migrations found: there is no '" + absent + "' folder"), e.getMessage());
    assertTrue(e.getMessage().endsWith("set MIGRATIONS_PATH to the folder holding the .sql files"), e.getMessage());
  }

  @Test
  void packagedCopyIsReadFromInsideAJar() throws IOException {
    Path jar = dir.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "alita/", null);
      entry(out, "alita/test-migrations/", null);
      entry(out, "alita/test-migrations/20240102000000_second.sql", "SELECT 2;");
      entry(out, "alita/test-migrations/20240101000000_first.sql", "SELECT 1;");
      entry(out, "alita/test-migrations/20240101000000_first.rollback.sql", "SELECT 0;");
      entry(out, "alita/test-migrations/nested/20240103000000_third.sql", "SELECT 3;");
      entry(out, "alita/other/20240104000000_elsewhere.sql", "SELECT 4;");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      MigrationSource source = MigrationSource.resolve(dir.resolve("migrations").toString(), false,
          "alita/test-migrations", loader);

      List<MigrationFile> files = source.files();

      assertEquals(List.of("20240101000000_first.sql", "20240102000000_second.sql"),
          files.stream().map(MigrationFile::name).toList());
      assertEquals("SELECT 1;", files.get(0).sql());
    }
  }

  @Test
  void aLinkLeadingOutOfTheFolderIsRefused() throws IOException {
    Path outside = write(dir.resolve("elsewhere"), "secret.sql", "DROP TABLE users;");
    Path folder = Files.createDirectories(dir.resolve("migrations"));
    Files.createSymbolicLink(folder.resolve("20240101000000_evil.sql"), outside);

    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(folder).files());

    assertTrue(e.getMessage().startsWith("Migration file 20240101000000_evil.sql is not inside " + folder),
        e.getMessage());
  }

  @Test
  void byteOrderMarkIsDroppedAndInvalidUtf8IsRefused() throws IOException {
    write(dir, "20240101000000_bom.sql", "\uFEFFSELECT 1;");
    assertEquals("SELECT 1;", MigrationSource.directory(dir).files().get(0).sql());

    Files.write(dir.resolve("20240102000000_latin1.sql"), new byte[] {'S', 'E', 'L', (byte) 0xE9, ';'});
    MigrationException e = assertThrows(MigrationException.class, () -> MigrationSource.directory(dir).files());
    assertEquals("Migration file 20240102000000_latin1.sql is not valid UTF-8: save it as UTF-8", e.getMessage());
  }

  private static ClassLoader loader() {
    return MigrationSourceTest.class.getClassLoader();
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    if (text != null) {
      OutputStream o = out;
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    out.closeEntry();
  }
}
