package io.alita.domain.tracking;

import static io.alita.domain.tracking.TestSeenFactory.T0;
import static io.alita.domain.tracking.TestSeenFactory.channel;
import static io.alita.domain.tracking.TestSeenFactory.group;
import static io.alita.domain.tracking.TestSeenFactory.member;
import static io.alita.domain.tracking.TestSeenFactory.minutes;
import static io.alita.domain.tracking.TestSeenFactory.supergroup;
import static io.alita.domain.tracking.TestSeenFactory.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenStoreProbe.StoredChannel;
import io.alita.domain.tracking.SeenStoreProbe.StoredChat;
import io.alita.domain.tracking.SeenStoreProbe.StoredUser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SeenStore} does, written once and run against the in-memory fake and the PostgreSQL adapter. A subclass
 * provides an empty store for each test and a probe that reads back what it kept.
 */
public abstract class SeenStoreContract {

  protected abstract SeenStore store();

  protected abstract SeenStoreProbe probe();

  private void record(SeenBatch.Builder batch) {
    store().record(batch.build());
  }

  @Test
  void firstSightingOfAUserInsertsTheirFullNameAndUsername() {
    record(SeenBatch.builder().user(new SeenUser(UserId.of(101), "Ada", "Lovelace", "ada_l", false), T0));

    assertEquals(Optional.of(new StoredUser("Ada Lovelace", "ada_l", T0, T0)), probe().user(UserId.of(101)));
  }

  @Test
  void firstSightingOfAChatInsertsItsKindTitleAndUsername() {
    record(SeenBatch.builder()
        .chat(new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", "engines_chat"), T0)
        .chat(new SeenChat(ChatId.of(7), ChatKind.PRIVATE, null, null), T0));

    assertEquals(Optional.of(new StoredChat(ChatKind.SUPERGROUP, "Engines", "engines_chat", T0, T0)),
        probe().chat(ChatId.of(-1001)));
    assertEquals(Optional.of(new StoredChat(ChatKind.PRIVATE, null, null, T0, T0)), probe().chat(ChatId.of(7)));
  }

  @Test
  void sameDataSeenAgainOnlyMovesTheActivityForward() {
    record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), T0).chat(supergroup(-1001, "Engines"), T0));
    record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), minutes(5)).chat(supergroup(-1001, "Engines"), minutes(5)));

    assertEquals(Optional.of(new StoredUser("Ada", "ada_l", T0, minutes(5))), probe().user(UserId.of(101)));
    assertEquals(Optional.of(new StoredChat(ChatKind.SUPERGROUP, "Engines", null, T0, minutes(5))),
        probe().chat(ChatId.of(-1001)));
  }

  @Test
  void changedNameUsernameAndTitleAreWrittenWithTheTimeOfTheChange() {
    record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), T0).chat(supergroup(-1001, "Engines"), T0));
    record(SeenBatch.builder()
        .user(new SeenUser(UserId.of(101), "Ada", "King", "countess", false), minutes(1))
        .chat(new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Analytical Engines", "engines"), minutes(1)));

    assertEquals(Optional.of(new StoredUser("Ada King", "countess", minutes(1), minutes(1))), probe().user(UserId.of(101)));
    assertEquals(Optional.of(new StoredChat(ChatKind.SUPERGROUP, "Analytical Engines", "engines", minutes(1), minutes(1))),
        probe().chat(ChatId.of(-1001)));
  }

  @Test
  void aUsernameGivenUpIsCleared() {
    record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), T0));
    record(SeenBatch.builder().user(user(101, "Ada", null), minutes(1)));

    assertEquals(Optional.of(new StoredUser("Ada", null, minutes(1), minutes(1))), probe().user(UserId.of(101)));
  }

  @Test
  void anOlderSightingNeverMovesTheActivityBack() {
    record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), minutes(10)).chat(supergroup(-1001, "Engines"), minutes(10))
        .membership(member(-1001, 101), minutes(10)));
    // recorded late, and with other data, so that the row is rewritten: its activity must still not go back
    record(SeenBatch.builder().user(user(101, "Ada", "ada_old"), T0).chat(supergroup(-1001, "Old Engines"), T0)
        .membership(member(-1001, 101), T0));

    assertEquals(minutes(10), probe().user(UserId.of(101)).orElseThrow().lastActivity());
    assertEquals(minutes(10), probe().chat(ChatId.of(-1001)).orElseThrow().lastActivity());
    assertEquals(Optional.of(minutes(10)), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
  }

  @Test
  void aChannelIsInsertedRenamedAndLeftAloneWhenUnchanged() {
    record(SeenBatch.builder().channel(channel(-1002001, "News", "newsroom"), T0));
    assertEquals(Optional.of(new StoredChannel("News", "newsroom", T0)), probe().channel(ChatId.of(-1002001)));

    record(SeenBatch.builder().channel(channel(-1002001, "News", "newsroom"), minutes(5)));
    assertEquals(Optional.of(new StoredChannel("News", "newsroom", T0)), probe().channel(ChatId.of(-1002001)));

    record(SeenBatch.builder().channel(channel(-1002001, "Daily News", "newsroom"), minutes(6)));
    assertEquals(Optional.of(new StoredChannel("Daily News", "newsroom", minutes(6))), probe().channel(ChatId.of(-1002001)));
  }

  @Test
  void aUsernameMovingToAnotherChannelIsTakenFromTheOldOne() {
    record(SeenBatch.builder().channel(channel(-1002001, "Old News", "newsroom"), T0));
    record(SeenBatch.builder().channel(channel(-1002002, "New News", "NewsRoom"), minutes(1)));

    assertEquals(Optional.of(new StoredChannel("Old News", null, minutes(1))), probe().channel(ChatId.of(-1002001)));
    assertEquals(Optional.of(new StoredChannel("New News", "NewsRoom", minutes(1))), probe().channel(ChatId.of(-1002002)));
  }

  @Test
  void aUsernameClaimedTwiceInOneBatchGoesToTheLaterSighting() {
    record(SeenBatch.builder()
        .channel(channel(-1002002, "New News", "newsroom"), minutes(2))
        .channel(channel(-1002001, "Old News", "newsroom"), minutes(1)));

    assertEquals(Optional.of(new StoredChannel("Old News", null, minutes(1))), probe().channel(ChatId.of(-1002001)));
    assertEquals(Optional.of(new StoredChannel("New News", "newsroom", minutes(2))), probe().channel(ChatId.of(-1002002)));
  }

  @Test
  void aUsernameMovingBetweenAUserAndAChannelIsTakenFromTheOldHolder() {
    record(SeenBatch.builder().user(user(101, "Ada", "engines"), T0));
    record(SeenBatch.builder().channel(channel(-1002001, "Engines", "Engines"), minutes(1)));

    assertEquals(Optional.of(new StoredUser("Ada", null, minutes(1), T0)), probe().user(UserId.of(101)));
    assertEquals("Engines", probe().channel(ChatId.of(-1002001)).orElseThrow().username());

    record(SeenBatch.builder().user(user(102, "Charles", "engines"), minutes(2)));

    assertEquals(Optional.of(new StoredChannel("Engines", null, minutes(2))), probe().channel(ChatId.of(-1002001)));
    assertEquals("engines", probe().user(UserId.of(102)).orElseThrow().username());
  }

  @Test
  void aMembershipIsRecordedAndItsLastSeenRefreshed() {
    record(SeenBatch.builder().user(user(101, "Ada", null), T0).chat(supergroup(-1001, "Engines"), T0)
        .membership(member(-1001, 101), T0));
    assertEquals(Optional.of(T0), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));

    record(SeenBatch.builder().membership(member(-1001, 101), minutes(5)));
    assertEquals(Optional.of(minutes(5)), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
  }

  @Test
  void aForgottenMembershipIsGoneAndTheOthersStay() {
    record(SeenBatch.builder().user(user(101, "Ada", null), T0).user(user(102, "Charles", null), T0)
        .chat(supergroup(-1001, "Engines"), T0).chat(supergroup(-1003, "Looms"), T0)
        .membership(member(-1001, 101), T0).membership(member(-1001, 102), T0).membership(member(-1003, 101), T0));

    store().forgetMembership(ChatId.of(-1001), UserId.of(101));

    assertEquals(Optional.empty(), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
    assertEquals(Optional.of(T0), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(102)));
    assertEquals(Optional.of(T0), probe().membershipLastSeen(ChatId.of(-1003), UserId.of(101)));
    assertTrue(probe().user(UserId.of(101)).isPresent(), "the user stays known");
  }

  @Test
  void forgettingAMembershipThatIsNotThereDoesNothing() {
    store().forgetMembership(ChatId.of(-1001), UserId.of(101));

    assertEquals(Optional.empty(), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
  }

  @Test
  void aMembershipInAnUnknownChatIsSkippedAndTheRestIsWritten() {
    record(SeenBatch.builder().user(user(101, "Ada", null), T0).membership(member(-1009, 101), T0));

    assertEquals(Optional.empty(), probe().membershipLastSeen(ChatId.of(-1009), UserId.of(101)));
    assertTrue(probe().user(UserId.of(101)).isPresent());
  }

  @Test
  void migrationMovesTheChatAndItsMembersToTheNewId() {
    record(SeenBatch.builder().user(user(101, "Ada", null), T0).chat(group(-501, "Engines"), T0)
        .membership(member(-501, 101), T0));

    store().migrateChat(ChatId.of(-501), ChatId.of(-1001));

    assertEquals(Optional.empty(), probe().chat(ChatId.of(-501)));
    StoredChat moved = probe().chat(ChatId.of(-1001)).orElseThrow();
    assertEquals(ChatKind.SUPERGROUP, moved.kind());
    assertEquals("Engines", moved.title());
    assertEquals(T0, moved.lastActivity());
    assertEquals(Optional.of(T0), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
    assertEquals(Optional.empty(), probe().membershipLastSeen(ChatId.of(-501), UserId.of(101)));
  }

  @Test
  void migrationIntoASupergroupAlreadySeenMergesTheTwo() {
    record(SeenBatch.builder().user(user(101, "Ada", null), T0).user(user(102, "Charles", null), T0)
        .user(user(103, "Mary", null), T0)
        .chat(group(-501, "Engines"), T0)
        .membership(member(-501, 101), T0).membership(member(-501, 102), T0));
    record(SeenBatch.builder()
        .chat(new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines!", "engines"), minutes(2))
        .membership(member(-1001, 102), minutes(2)).membership(member(-1001, 103), minutes(2)));

    store().migrateChat(ChatId.of(-501), ChatId.of(-1001));

    assertEquals(Optional.empty(), probe().chat(ChatId.of(-501)));
    StoredChat merged = probe().chat(ChatId.of(-1001)).orElseThrow();
    assertEquals(ChatKind.SUPERGROUP, merged.kind());
    assertEquals("Engines!", merged.title(), "the new chat's title is the current one");
    assertEquals("engines", merged.username());
    assertEquals(minutes(2), merged.lastActivity());
    assertEquals(Optional.of(T0), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(101)));
    assertEquals(Optional.of(minutes(2)), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(102)));
    assertEquals(Optional.of(minutes(2)), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(103)));
  }

  @Test
  void migratingAChatNeverSeenDoesNothing() {
    record(SeenBatch.builder().chat(supergroup(-1001, "Engines"), T0));

    store().migrateChat(ChatId.of(-501), ChatId.of(-1001));

    assertEquals(Optional.of(new StoredChat(ChatKind.SUPERGROUP, "Engines", null, T0, T0)), probe().chat(ChatId.of(-1001)));
  }

  @Test
  void oneBatchWritesThousandsOfRows() {
    SeenBatch.Builder batch = SeenBatch.builder().chat(supergroup(-1001, "Crowd"), T0);
    for (int i = 1; i <= 2500; i++) {
      batch.user(user(i, "User " + i, "user_" + i), T0).membership(member(-1001, i), T0);
    }
    record(batch);

    assertEquals(Optional.of(new StoredUser("User 1", "user_1", T0, T0)), probe().user(UserId.of(1)));
    assertEquals(Optional.of(new StoredUser("User 2500", "user_2500", T0, T0)), probe().user(UserId.of(2500)));
    assertEquals(Optional.of(T0), probe().membershipLastSeen(ChatId.of(-1001), UserId.of(1777)));
  }

  @Test
  void anEmptyBatchWritesNothing() {
    store().record(SeenBatch.EMPTY);

    assertEquals(Optional.empty(), probe().user(UserId.of(101)));
  }
}
