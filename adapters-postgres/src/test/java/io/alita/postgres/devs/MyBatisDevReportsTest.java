package io.alita.postgres.devs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.devs.BotStats;
import io.alita.domain.devs.ChatSummary;
import io.alita.domain.devs.KnownChat;
import io.alita.domain.devs.StoredFeature;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counts of /stats and the chat reads of /chatinfo and /chatlist, on a real database. */
class MyBatisDevReportsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private DevsDatabase db;
  private MyBatisBotStats stats;
  private MyBatisKnownChats chats;

  @BeforeEach
  void emptyDatabase() {
    db = DevsDatabase.empty();
    stats = new MyBatisBotStats(db.sessions);
    chats = new MyBatisKnownChats(db.sessions);
  }

  private void user(long id, String lastActivity) {
    db.execute("INSERT INTO users (user_id, last_activity) VALUES (" + id + ", '" + lastActivity + "')");
  }

  private void chat(long id, String type, String name, boolean inactive, String lastActivity) {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name, is_inactive, last_activity) VALUES (" + id + ", '"
        + type + "', " + (name == null ? "NULL" : "'" + name + "'") + ", " + inactive + ", '" + lastActivity + "')");
  }

  @Test
  void anEmptyDatabaseCountsZeroEverywhere() {
    BotStats s = stats.stats(NOW);

    assertEquals(0, s.users());
    assertEquals(new BotStats.Activity(0, 0, 0), s.activeUsers());
    for (StoredFeature f : StoredFeature.values()) {
      assertEquals(0, s.rows(f), f.name());
    }
  }

  @Test
  void usersAndGroupsAreCountedByActivityWindow() {
    user(1, "2026-11-27T09:00:00Z"); // an hour ago
    user(2, "2026-11-24T10:00:00Z"); // three days ago
    user(3, "2026-11-10T10:00:00Z"); // 17 days ago
    user(4, "2026-09-01T10:00:00Z"); // months ago
    chat(-1, "supergroup", "A", false, "2026-11-27T08:00:00Z");
    chat(-2, "group", "B", false, "2026-11-01T10:00:00Z");
    chat(-3, "supergroup", "C", true, "2026-06-01T10:00:00Z");
    chat(-4, "channel", "D", false, "2026-11-27T08:00:00Z");
    chat(5, "private", null, false, "2026-11-27T08:00:00Z");

    BotStats s = stats.stats(NOW);

    assertEquals(4, s.users());
    assertEquals(new BotStats.Activity(1, 2, 3), s.activeUsers());
    assertEquals(new BotStats.Activity(1, 1, 2), s.activeGroups(), "channels and private chats are not groups");
    assertEquals(3, s.activeChats(), "two groups and a channel; private chats are not counted");
    assertEquals(1, s.inactiveChats());
  }

  @Test
  void featureRowsCountWhatIsInUse() {
    user(7, "2026-11-27T09:00:00Z");
    chat(-1, "supergroup", "A", false, "2026-11-27T08:00:00Z");
    chat(-2, "supergroup", "B", false, "2026-11-27T08:00:00Z");
    db.execute("INSERT INTO notes (chat_id, note_name, note_content) VALUES (-1, 'a', 'x'), (-1, 'b', 'y'), (-2, 'a', 'z')");
    db.execute("INSERT INTO filters (chat_id, keyword, filter_reply) VALUES (-1, 'hi', 'hello')");
    db.execute("INSERT INTO warns_users (chat_id, user_id, num_warns) VALUES (-1, 7, 2), (-2, 7, 0)");
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (-1, 'Be kind'), (-2, '')");
    db.execute("INSERT INTO locks (chat_id, lock_type, locked) VALUES (-1, 'sticker', true), (-1, 'url', false)");
    db.execute("INSERT INTO antiflood_settings (chat_id, flood_limit) VALUES (-1, 5), (-2, 0)");

    BotStats s = stats.stats(NOW);

    assertEquals(3, s.rows(StoredFeature.NOTES));
    assertEquals(1, s.rows(StoredFeature.FILTERS));
    assertEquals(1, s.rows(StoredFeature.WARNED_USERS));
    assertEquals(1, s.rows(StoredFeature.RULES));
    assertEquals(1, s.rows(StoredFeature.LOCKS));
    assertEquals(1, s.rows(StoredFeature.ANTIFLOOD));
    assertEquals(0, s.rows(StoredFeature.BLACKLIST_WORDS));
  }

  @Test
  void aChatIsSummarisedWithTheMembersSeenThere() {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name, username, member_count, last_activity) "
        + "VALUES (-100, 'supergroup', 'Engines', 'engines', 250, '2026-11-26T08:15:30Z')");
    user(1, "2026-11-27T09:00:00Z");
    user(2, "2026-11-27T09:00:00Z");
    db.execute("INSERT INTO chat_users (chat_id, user_id) VALUES (-100, 1), (-100, 2)");

    assertEquals(Optional.of(new ChatSummary(ChatId.of(-100), ChatKind.SUPERGROUP, Optional.of("Engines"),
        Optional.of("engines"), Optional.of(250), 2, false, Instant.parse("2026-11-26T08:15:30Z"))),
        chats.chat(ChatId.of(-100)));
  }

  @Test
  void aChatWithoutDetailsIsSummarisedWithWhatThereIs() {
    chat(-7, "group", null, true, "2026-01-01T00:00:00Z");

    assertEquals(Optional.of(new ChatSummary(ChatId.of(-7), ChatKind.GROUP, Optional.empty(), Optional.empty(),
        Optional.empty(), 0, true, Instant.parse("2026-01-01T00:00:00Z"))), chats.chat(ChatId.of(-7)));
  }

  @Test
  void anUnknownChatIsEmpty() {
    assertEquals(Optional.empty(), chats.chat(ChatId.of(-404)));
  }

  @Test
  void theChatListHoldsActiveGroupsAndChannelsMostRecentFirst() {
    chat(-1, "supergroup", "Old", false, "2026-11-01T00:00:00Z");
    chat(-2, "group", null, false, "2026-11-27T00:00:00Z");
    chat(-3, "supergroup", "Left", true, "2026-11-27T00:00:00Z");
    chat(-4, "channel", "News", false, "2026-11-20T00:00:00Z");
    chat(9, "private", null, false, "2026-11-27T00:00:00Z");

    assertEquals(List.of(new KnownChat(ChatId.of(-2), Optional.empty()), new KnownChat(ChatId.of(-4), Optional.of("News")),
        new KnownChat(ChatId.of(-1), Optional.of("Old"))), chats.activeChats());
  }
}
