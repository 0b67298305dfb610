package io.alita.web.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.console.Protections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatListPageTest {

  @Test
  void aPageLinkKeepsTheSearchEncoded() {
    assertEquals("/chats?q=caf%C3%A9+%26+bar&page=2", ChatListPage.link("café & bar", 2));
    assertEquals("/chats?page=3", ChatListPage.link("", 3));
  }

  @Test
  void anythingButAPageNumberMeansTheFirstPage() {
    assertEquals(1, ChatListPage.pageNumber(null));
    assertEquals(1, ChatListPage.pageNumber("two"));
    assertEquals(1, ChatListPage.pageNumber("-4"));
    assertEquals(7, ChatListPage.pageNumber(" 7 "));
  }

  @Test
  void protectionsAreListedInWords() {
    assertEquals(List.of("captcha", "antiflood", "blacklist: 1 word", "locks: 2", "antiraid", "rules"),
        ChatView.words(new Protections(true, true, 1, 2, true, true)));
    assertEquals(List.of("blacklist: 3 words"), ChatView.words(new Protections(false, false, 3, 0, false, false)));
    assertEquals(List.of(), ChatView.words(Protections.NONE));
  }
}
