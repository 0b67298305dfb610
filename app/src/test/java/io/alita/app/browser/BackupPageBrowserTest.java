package io.alita.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The Backup page in headless Chromium: sign in with the bot's link, open the chat's Backup page, choose a file of the
 * original's format in the file input, see the preview's numbers, apply, and find the file's rules in the database.
 */
class BackupPageBrowserTest {

  static final FakeUser OWNER = FakeUser.of(930, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(931, "Mo", "mo_member");
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000930L, "Backup group");

  @RegisterExtension
  static final BrowserConsole console = BrowserConsole.forOwner(OWNER);

  @Test
  void theOwnerUploadsABackupSeesThePreviewAndAppliesIt() throws Exception {
    console.api().setChat(GROUP);
    console.api().setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    int first = console.api().updates().text(GROUP, MEMBER, "hello everyone").get("update_id").asInt();
    console.api().awaitConfirmed(first, BrowserConsole.WAIT);
    console.awaitSeenInAGroup(MEMBER);
    console.db().execute("INSERT INTO rules (chat_id, rules) VALUES (" + GROUP.id() + ", 'Old rules.')");

    // A file as the original bot writes it: only the rules module.
    String json = "{\"version\":\"1.1\",\"exported_at\":\"2026-12-08T04:00:00Z\",\"bot_name\":\"AlitaRobot\","
        + "\"chat_id\":" + GROUP.id() + ",\"chat_name\":\"Backup group\",\"exported_by\":" + OWNER.id() + ","
        + "\"modules\":[\"rules\"],\"data\":{\"rules\":{\"settings\":{\"chat_id\":" + GROUP.id() + ","
        + "\"rules\":\"Rules from the <browser>.\"}}}}";
    Path file = Files.createTempFile("alita-backup-", ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    try {
      console.signInWithLink(OWNER);
      console.open("/chats/" + GROUP.id());
      console.await(By.linkText("Backup")).click();
      console.awaitPath("/chats/" + GROUP.id() + "/backup");

      console.await(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      console.driver().findElement(By.xpath("//button[text()='Upload and preview']")).click();
      assertEquals("Import preview", console.text(By.tagName("h2")));
      String changes = console.text(By.cssSelector("#changes tr[data-module='rules']"));
      assertEquals("rules 0 1 0", changes);
      assertEquals("Old rules.", console.db().text("SELECT rules FROM rules WHERE chat_id = " + GROUP.id()),
          "a preview changes nothing");
      console.screenshot("chat-backup-preview");

      console.driver().findElement(By.id("apply")).click();
      console.awaitPath("/chats/" + GROUP.id() + "/backup");
      assertTrue(console.text(By.cssSelector("p.notice")).startsWith("Imported: rules (1 changed)."),
          console.text(By.cssSelector("p.notice")));
      assertEquals("Rules from the <browser>.", console.db().text("SELECT rules FROM rules WHERE chat_id = "
          + GROUP.id()));
      assertTrue(Integer.parseInt(console.db().text("SELECT count(*) FROM audit_log WHERE chat_id = " + GROUP.id()
          + " AND via = 'console'")) > 0, "the import is audited as the console user");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
