package io.alita.domain.tracking;

import static io.alita.domain.tracking.TestSeenFactory.T0;
import static io.alita.domain.tracking.TestSeenFactory.channel;
import static io.alita.domain.tracking.TestSeenFactory.member;
import static io.alita.domain.tracking.TestSeenFactory.minutes;
import static io.alita.domain.tracking.TestSeenFactory.supergroup;
import static io.alita.domain.tracking.TestSeenFactory.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeenBatchTest {

  @Test
  void keepsTheLatestSightingOfEachKey() {
    SeenBatch batch = SeenBatch.builder()
        .user(user(101, "Ada", "ada_l"), minutes(2))
        .user(user(101, "Old Ada", "ada_l"), minutes(1))
        .chat(supergroup(-1001, "Engines"), T0)
        .chat(supergroup(-1001, "Engines 2"), minutes(1))
        .membership(member(-1001, 101), T0)
        .membership(member(-1001, 101), minutes(3))
        .build();

    assertEquals(List.of(new Stamped<>(user(101, "Ada", "ada_l"), minutes(2))), batch.users());
    assertEquals(List.of(new Stamped<>(supergroup(-1001, "Engines 2"), minutes(1))), batch.chats());
    assertEquals(List.of(new Stamped<>(member(-1001, 101), minutes(3))), batch.memberships());
    assertEquals(3, batch.size());
  }

  @Test
  void onATieTheLaterEntryWins() {
    SeenBatch batch = SeenBatch.builder().user(user(101, "First", null), T0).user(user(101, "Second", null), T0).build();

    assertEquals("Second", batch.users().get(0).value().firstName());
  }

  @Test
  void aUsernameStaysWithItsLatestHolderAcrossUsersAndChannels() {
    SeenBatch batch = SeenBatch.builder()
        .user(user(101, "Ada", "Engines"), T0)
        .channel(channel(-1002001, "Engines", "engines"), minutes(1))
        .user(user(102, "Charles", "ENGINES"), minutes(2))
        .build();

    assertEquals(List.of(new Stamped<>(user(101, "Ada", null), T0), new Stamped<>(user(102, "Charles", "ENGINES"), minutes(2))),
        batch.users());
    assertEquals(List.of(new Stamped<>(channel(-1002001, "Engines", null), minutes(1))), batch.channels());
  }

  @Test
  void blankUsernamesAndTitlesMeanNone() {
    SeenUser ada = new SeenUser(UserId.of(101), "Ada", " ", "", false);
    SeenChannel news = new SeenChannel(ChatId.of(-1002001), "", " ");

    assertEquals(null, ada.lastName());
    assertEquals(null, ada.username());
    assertEquals("Ada", ada.fullName());
    assertEquals(null, news.title());
    assertEquals(null, news.username());
  }

  @Test
  void idsOfTheWrongSignAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SeenChat(ChatId.of(-5), ChatKind.PRIVATE, null, null));
    assertThrows(IllegalArgumentException.class, () -> new SeenChat(ChatId.of(5), ChatKind.SUPERGROUP, "x", null));
    assertThrows(IllegalArgumentException.class, () -> new SeenChannel(ChatId.of(5), "x", null));
  }

  @Test
  void theEmptyBatchIsEmpty() {
    assertTrue(SeenBatch.EMPTY.isEmpty());
    assertTrue(SeenBatch.builder().build().isEmpty());
  }
}
