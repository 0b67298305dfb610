package io.alita.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The chat pages in headless Chromium: sign in with the bot's link, blacklist a word, see the worker enforce it. */
class ChatPagesBrowserTest {

  static final FakeUser OWNER = FakeUser.of(910, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(911, "Mo", "mo_member");
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000910L, "Browser group");

  @RegisterExtension
  static final BrowserConsole console = BrowserConsole.forOwner(OWNER);

  @Test
  void theOwnerBlacklistsAWordInTheBrowserAndTheWorkerDeletesAMembersMessageWithIt() throws Exception {
    console.api().setChat(GROUP);
    console.api().setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    int first = console.api().updates().text(GROUP, MEMBER, "hello everyone").get("update_id").asInt();
    console.api().awaitConfirmed(first, BrowserConsole.WAIT);
    console.awaitSeenInAGroup(MEMBER);

    console.signInWithLink(OWNER);
    console.await(By.linkText("Chats")).click();
    console.awaitPath("/chats");
    assertTrue(console.text(By.tagName("table")).contains("Browser group"));
    Path list = console.screenshot("chats");

    console.await(By.linkText("Browser group")).click();
    console.awaitPath("/chats/" + GROUP.id());
    assertEquals("Browser group", console.text(By.tagName("h1")));
    Path chat = console.screenshot("chat");

    console.await(By.linkText("Blacklist")).click();
    console.awaitPath("/chats/" + GROUP.id() + "/blacklist");
    console.await(By.id("words")).sendKeys("casino \"free money\"");
    console.driver().findElement(By.xpath("//button[text()='Add']")).click();
    assertTrue(console.text(By.cssSelector("p.notice")).startsWith("Added to the blacklist: casino, free money"));
    String table = console.text(By.tagName("table"));
    assertTrue(table.contains("casino") && table.contains("free money"), table);
    Path blacklist = console.screenshot("chat-blacklist");

    ApiCall deleted = null;
    long deadline = System.nanoTime() + BrowserConsole.WAIT.toNanos();
    while (deleted == null && System.nanoTime() < deadline) {
      ObjectNode message = console.api().updates().text(GROUP, MEMBER, "CASINO tonight");
      console.api().awaitConfirmed(message.get("update_id").asInt(), BrowserConsole.WAIT);
      int id = message.get("message").get("message_id").asInt();
      deleted = console.api().calls("deletemessage").stream()
          .filter(c -> c.longParam("chat_id") == GROUP.id() && c.longParam("message_id") == id)
          .findFirst().orElse(null);
    }
    assertNotNull(deleted, "the worker deleted the member's message with the word");

    for (Path png : List.of(list, chat, blacklist)) {
      byte[] head = Files.readAllBytes(png);
      assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', png + " is a PNG");
    }
  }
}
