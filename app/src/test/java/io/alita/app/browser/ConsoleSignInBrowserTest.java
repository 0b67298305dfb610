package io.alita.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.telegram.fakeapi.FakeUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signing in to the console in a real browser, and the pages an owner lands on. */
class ConsoleSignInBrowserTest {

  static final FakeUser OWNER = FakeUser.of(900, "Olga", "olga_owner");
  static final String OWNER_PASSWORD = "browser test owner password";

  @RegisterExtension
  static final BrowserConsole console = BrowserConsole.forOwner(OWNER).ownerPassword(OWNER_PASSWORD);

  @Test
  void theOwnerSignsInWithTheBotsLinkAndOpensTheMigrations() throws Exception {
    console.signInWithLink(OWNER);

    assertEquals("Welcome, Olga (@olga_owner)", console.text(By.tagName("h1")));
    assertTrue(console.text(By.cssSelector("header .who")).endsWith("owner"));
    Path home = console.screenshot("home");

    console.await(By.linkText("Migrations")).click();
    console.awaitPath("/migrations");
    assertEquals("Migrations", console.text(By.tagName("h1")));
    assertTrue(console.text(By.id("migrations-current")).startsWith("The schema is current"));
    List<WebElement> rows = console.driver().findElements(By.cssSelector("#applied tbody tr"));
    assertFalse(rows.isEmpty());
    rows.forEach(r -> assertEquals("OK", r.findElement(By.tagName("strong")).getText()));
    Path migrations = console.screenshot("migrations");

    for (Path png : List.of(home, migrations)) {
      byte[] head = Files.readAllBytes(png);
      assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', png + " is a PNG");
    }
  }

  @Test
  void aModifiedMigrationIsFlaggedAboveTheTableAndItsRowHighlighted() {
    String script = console.db().text("SELECT script FROM schema_migrations ORDER BY installed_rank LIMIT 1");
    console.db().execute("UPDATE schema_migrations SET checksum = checksum + 1 WHERE script = '" + script + "'");
    try {
      console.signInWithPassword("owner", OWNER_PASSWORD);
      console.awaitPath("/");
      console.open("/migrations");

      assertTrue(console.text(By.id("migration-problems")).contains(script + " was changed after it was applied."));
      WebElement row = console.driver().findElement(By.cssSelector("#applied tr.row-problem"));
      assertTrue(row.getText().contains(script) && row.getText().contains("MODIFIED"), row.getText());
      assertEquals("rgba(252, 232, 230, 1)", row.findElement(By.tagName("td")).getCssValue("background-color"));
      console.screenshot("migrations-needing-attention");
    } finally {
      console.db().execute("UPDATE schema_migrations SET checksum = checksum - 1 WHERE script = '" + script + "'");
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithTheReasonOnTheLoginPage() {
    console.signInWithPassword("owner", "not the password at all");

    assertEquals("That password is not right.", console.text(By.cssSelector("main .problem")));
    assertEquals("/login/password", console.path());
    console.screenshot("wrong-password");

    console.open("/");
    console.awaitPath("/login");
  }
}
