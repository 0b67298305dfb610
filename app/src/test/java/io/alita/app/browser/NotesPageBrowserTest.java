package io.alita.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Notes page in headless Chromium: sign in with the bot's link, add a note with a filling, see it listed and
 * previewed for the sample member, edit its text and flags, delete it; the database shows each change.
 */
class NotesPageBrowserTest {

  static final FakeUser OWNER = FakeUser.of(920, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(921, "Mo", "mo_member");
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000920L, "Notes group");

  @RegisterExtension
  static final BrowserConsole console = BrowserConsole.forOwner(OWNER);

  private static String stored(String column) {
    return console.db().text("SELECT coalesce(string_agg(" + column + ", ','), '') FROM notes WHERE chat_id = "
        + GROUP.id());
  }

  @Test
  void theOwnerAddsPreviewsEditsAndDeletesANoteInTheBrowser() throws Exception {
    console.api().setChat(GROUP);
    console.api().setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    int first = console.api().updates().text(GROUP, MEMBER, "hello everyone").get("update_id").asInt();
    console.api().awaitConfirmed(first, BrowserConsole.WAIT);
    console.awaitSeenInAGroup(MEMBER);

    console.signInWithLink(OWNER);
    console.open("/chats/" + GROUP.id());
    console.await(By.linkText("Notes")).click();
    console.awaitPath("/chats/" + GROUP.id() + "/notes");
    assertTrue(console.text(By.tagName("main")).contains("This chat has no notes."));

    console.await(By.id("name")).sendKeys("Welcome");
    console.driver().findElement(By.id("text")).sendKeys("Hello *{first}*, read the <rules>!");
    console.driver().findElement(By.id("flag-protect")).click();
    console.driver().findElement(By.xpath("//button[text()='Preview']")).click();
    assertEquals("Hello Sam, read the <rules>!", console.text(By.cssSelector("div.preview")));
    assertEquals("Sam", console.text(By.cssSelector("div.preview b")));
    assertTrue(console.text(By.tagName("main")).contains("Flags: protect"));
    assertEquals("Hello *{first}*, read the <rules>!", console.await(By.id("text")).getAttribute("value"),
        "the form keeps the text");
    assertEquals("", stored("note_name"), "a preview saves nothing");
    Path preview = console.screenshot("chat-notes-preview");

    console.driver().findElement(By.xpath("//button[text()='Save']")).click();
    assertTrue(console.text(By.cssSelector("p.notice")).startsWith("Saved note #welcome."));
    String table = console.text(By.tagName("table"));
    assertTrue(table.contains("#welcome") && table.contains("protect")
        && table.contains("Hello *{first}*, read the <rules>!"), table);
    assertEquals("welcome|Hello *{first}*, read the <rules>!|true", console.db().text(
        "SELECT note_name || '|' || note_content || '|' || is_protected FROM notes WHERE chat_id = " + GROUP.id()));
    Path listed = console.screenshot("chat-notes");

    console.await(By.linkText("Edit")).click();
    WebElement text = console.await(By.id("text"));
    assertEquals("Hello *{first}*, read the <rules>!", text.getAttribute("value"));
    assertTrue(console.driver().findElement(By.id("flag-protect")).isSelected());
    text.clear();
    text.sendKeys("Bye {first}.");
    console.driver().findElement(By.id("flag-protect")).click();
    console.driver().findElement(By.id("flag-admin")).click();
    console.driver().findElement(By.xpath("//button[text()='Save']")).click();
    assertTrue(console.text(By.cssSelector("p.notice")).startsWith("Replaced note #welcome."));
    assertEquals("welcome|Bye {first}.|false|true", console.db().text("SELECT note_name || '|' || note_content || '|' "
        + "|| is_protected || '|' || admin_only FROM notes WHERE chat_id = " + GROUP.id()));

    console.driver().findElement(By.xpath("//button[text()='Delete']")).click();
    assertTrue(console.text(By.cssSelector("p.notice")).startsWith("Removed note #welcome."));
    assertTrue(console.text(By.tagName("main")).contains("This chat has no notes."));
    assertEquals("", stored("note_name"));
    assertEquals("1", console.db().text("SELECT count(*) FROM audit_log WHERE chat_id = " + GROUP.id()
        + " AND subject = 'notes' AND via = 'console' AND change = 'delete'"), "the delete is audited");

    for (Path png : List.of(preview, listed)) {
      byte[] head = Files.readAllBytes(png);
      assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', png + " is a PNG");
    }
  }
}
