package io.alita.postgres.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.Protections;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import io.alita.domain.tracking.ChatKind;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's chat list on PostgreSQL: search, paging, members seen and protections. */
class MyBatisChatDirectoryTest {

  private static TestDatabase.Coordinates db;
  private static MyBatisChatDirectory directory;

  @BeforeAll
  static void migrated() {
    db = TestDatabase.migrated();
    directory = new MyBatisChatDirectory(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void someChats() {
    db.execute("TRUNCATE chats, users CASCADE");
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name, username) VALUES "
        + "(-1001, 'supergroup', 'Analytical Engines', 'engines'), "
        + "(-1002, 'group', 'Difference engine fans', NULL), "
        + "(-1003, 'supergroup', '100% Cotton', NULL), "
        + "(-1004, 'supergroup', 'snake_case club', NULL), "
        + "(-1005, 'supergroup', 'snakeXcase club', NULL), "
        + "(-1006, 'supergroup', NULL, NULL), "
        + "(7, 'private', NULL, NULL), "
        + "(-1009999, 'channel', 'Engine news', NULL)");
    db.execute("INSERT INTO users (user_id, name) VALUES (7, 'Ada'), (8, 'Bob'), (9, 'Cy')");
    db.execute("INSERT INTO chat_users (chat_id, user_id) VALUES (-1001, 7), (-1001, 8), (-1001, 9), (-1002, 7)");
  }

  private static List<Long> ids(Page<ChatSummary> page) {
    return page.items().stream().map(s -> s.id().value()).toList();
  }

  @Test
  void theListHoldsGroupsOnlyByTitleWithTheUntitledLast() {
    Page<ChatSummary> all = directory.page("", 1, 50);

    assertEquals(List.of(-1003L, -1001L, -1002L, -1004L, -1005L, -1006L), ids(all));
    assertEquals(6, all.total());
  }

  @Test
  void searchFindsAPartOfTheTitleInAnyCase() {
    Page<ChatSummary> found = directory.page("  ENGINE ", 1, 50);

    assertEquals(List.of(-1001L, -1002L), ids(found), "a channel called Engine news is no group");
    assertEquals(2, found.total());
  }

  @Test
  void percentAndUnderscoreInASearchArePlainCharacters() {
    assertEquals(List.of(-1003L), ids(directory.page("0%", 1, 50)));
    assertEquals(List.of(-1004L), ids(directory.page("snake_case", 1, 50)));
    assertEquals(List.of(), ids(directory.page("\\", 1, 50)));
    assertEquals(List.of(), ids(directory.page("%%%", 1, 50)));
  }

  @Test
  void aGroupsIdFindsIt() {
    assertEquals(List.of(-1006L), ids(directory.page("-1006", 1, 50)));
  }

  @Test
  void pagesCutTheListAndCountTheWhole() {
    Page<ChatSummary> first = directory.page(null, 1, 4);
    Page<ChatSummary> second = directory.page(null, 2, 4);
    Page<ChatSummary> beyond = directory.page(null, 3, 4);

    assertEquals(List.of(-1003L, -1001L, -1002L, -1004L), ids(first));
    assertEquals(List.of(-1005L, -1006L), ids(second));
    assertEquals(List.of(), ids(beyond));
    assertEquals(6, second.total());
    assertEquals(2, second.pages());
    assertTrue(first.hasNext());
    assertThrows(IllegalArgumentException.class, () -> directory.page("", 0, 4));
  }

  @Test
  void aChatShowsItsMembersSeenAndWhichProtectionsAreOn() {
    db.execute("INSERT INTO captcha_settings (chat_id, enabled) VALUES (-1001, true), (-1002, false)");
    db.execute("INSERT INTO antiflood_settings (chat_id, flood_limit) VALUES (-1001, 5), (-1002, 0)");
    db.execute("INSERT INTO blacklists (chat_id, word) VALUES (-1001, 'spam'), (-1001, 'eggs'), (-1002, 'ham')");
    db.execute("INSERT INTO locks (chat_id, lock_type, locked) VALUES (-1001, 'sticker', true), "
        + "(-1001, 'url', false), (-1001, 'gif', true)");
    db.execute("INSERT INTO antiraid_settings (chat_id, active_until) VALUES (-1001, '" + Instant.now().plusSeconds(600)
        + "'), (-1002, '" + Instant.now().minusSeconds(600) + "')");
    db.execute("INSERT INTO antiraid_settings (chat_id, auto_antiraid_threshold) VALUES (-1004, 20)");
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (-1001, 'Be kind'), (-1002, '   ')");

    ChatSummary engines = directory.chat(ChatId.of(-1001)).orElseThrow();
    ChatSummary fans = directory.chat(ChatId.of(-1002)).orElseThrow();

    assertEquals(3, engines.membersSeen());
    assertEquals(new Protections(true, true, 2, 2, true, true), engines.protections());
    assertEquals(Optional.of("Analytical Engines"), engines.title());
    assertEquals(ChatKind.SUPERGROUP, engines.chat().kind());
    assertEquals("engines", engines.chat().username());
    assertEquals(1, fans.membersSeen());
    assertEquals(new Protections(false, false, 1, 0, false, false), fans.protections());
    assertTrue(directory.chat(ChatId.of(-1004)).orElseThrow().protections().antiraid(), "automatic anti-raid armed");
    assertEquals(Protections.NONE, directory.chat(ChatId.of(-1006)).orElseThrow().protections());
    assertEquals(ids(directory.page("Engines", 1, 10)).size(), 1);
    assertEquals(engines, directory.page("Analytical", 1, 10).items().get(0));
  }

  @Test
  void aChatTheBotDoesNotKnowAsAGroupIsNotThere() {
    assertEquals(Optional.empty(), directory.chat(ChatId.of(-4242)));
    assertEquals(Optional.empty(), directory.chat(ChatId.of(7)), "a private chat");
  }

  @Test
  void aGroupAdminsListHoldsTheirChatsOnlySearchedAndPagedAlike() {
    Set<ChatId> granted = Set.of(ChatId.of(-1001), ChatId.of(-1002), ChatId.of(-1006), ChatId.of(7), ChatId.of(-4242));

    Page<ChatSummary> theirs = directory.page("", granted, 1, 2);

    assertEquals(List.of(-1001L, -1002L), ids(theirs));
    assertEquals(3, theirs.total(), "a private chat and a chat the bot does not know are no groups to list");
    assertEquals(List.of(-1006L), ids(directory.page("", granted, 2, 2)));
    assertEquals(List.of(-1002L), ids(directory.page("difference", granted, 1, 10)));
    assertEquals(List.of(), ids(directory.page("cotton", granted, 1, 10)), "a group outside the grant");
    assertEquals(0, directory.page("", Set.of(), 1, 10).total());
  }
}
