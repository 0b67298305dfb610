package io.alita.domain.blacklists;

import io.alita.domain.penalty.PenaltyMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlacklistStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class BlacklistStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);

  protected abstract BlacklistStore store();

  protected static BlacklistWord word(String typed) {
    return BlacklistWord.parse(typed).word().orElseThrow();
  }

  @Test
  void aChatThatNeverSetAnythingWarnsAndHasNoWords() {
    assertEquals(new ChatBlacklist(BlacklistAction.DEFAULT, List.of()), store().blacklist(CHAT));
    assertEquals(BlacklistAction.WARN, store().blacklist(CHAT).action());
  }

  @Test
  void addingReturnsTheNewWordsSortedAndListsEachOnce() {
    assertEquals(List.of(word("buy now"), word("spam")), store().add(CHAT, List.of(word("spam"), word("buy now"))));

    assertEquals(List.of(word("eggs")), store().add(CHAT, List.of(word("spam"), word("eggs"))));

    assertEquals(List.of(word("buy now"), word("eggs"), word("spam")), store().blacklist(CHAT).words());
  }

  @Test
  void addingOnlyListedWordsAddsNothing() {
    store().add(CHAT, List.of(word("spam")));

    assertEquals(List.of(), store().add(CHAT, List.of(word("spam"))));
    assertEquals(List.of(), store().add(CHAT, List.of()));
  }

  @Test
  void aNewWordUsesTheChatsActionSetBeforeIt() {
    store().setAction(CHAT, BlacklistAction.punish(PenaltyMode.BAN));
    store().add(CHAT, List.of(word("spam")));

    ChatBlacklist list = store().blacklist(CHAT);
    assertEquals(BlacklistAction.punish(PenaltyMode.BAN), list.action());
    assertEquals(List.of(BlacklistEntry.of(word("spam"))), list.entries());
  }

  @Test
  void everyActionIsStoredNoneAndTheTimedOnesIncluded() {
    for (BlacklistAction action : List.of(BlacklistAction.NONE,
        BlacklistAction.WARN, BlacklistAction.punish(PenaltyMode.MUTE),
        BlacklistAction.punish(PenaltyMode.KICK), BlacklistAction.punish(PenaltyMode.BAN),
        BlacklistAction.punish(PenaltyMode.TBAN, Duration.ofDays(366)),
        BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofSeconds(30)))) {
      store().setAction(CHAT, action);

      assertEquals(action, store().blacklist(CHAT).action());
    }
  }

  @Test
  void removingAWordTellsWhetherItWasListed() {
    store().add(CHAT, List.of(word("spam"), word("eggs")));

    assertTrue(store().remove(CHAT, word("spam")));
    assertFalse(store().remove(CHAT, word("spam")));
    assertFalse(store().remove(OTHER_CHAT, word("eggs")));

    assertEquals(List.of(word("eggs")), store().blacklist(CHAT).words());
  }

  @Test
  void removingAllCountsTheWordsAndKeepsTheAction() {
    store().setAction(CHAT, BlacklistAction.punish(PenaltyMode.KICK));
    store().add(CHAT, List.of(word("a"), word("b"), word("c")));

    assertEquals(3, store().removeAll(CHAT));
    assertEquals(0, store().removeAll(CHAT));

    assertEquals(new ChatBlacklist(BlacklistAction.punish(PenaltyMode.KICK), List.of()), store().blacklist(CHAT));
  }

  @Test
  void aWordsOwnActionIsKeptUntilCleared() {
    store().add(CHAT, List.of(word("spam"), word("eggs")));
    BlacklistAction tmute = BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(6));

    assertTrue(store().setOverride(CHAT, word("spam"), Optional.of(tmute)));
    store().add(CHAT, List.of(word("spam")));
    store().setAction(CHAT, BlacklistAction.NONE);

    assertEquals(List.of(BlacklistEntry.of(word("eggs")), new BlacklistEntry(word("spam"), Optional.of(tmute))),
        store().blacklist(CHAT).entries());

    assertTrue(store().setOverride(CHAT, word("spam"), Optional.empty()));
    assertEquals(BlacklistEntry.of(word("spam")), store().blacklist(CHAT).entries().get(1));
  }

  @Test
  void anOwnActionForAWordNotListedChangesNothing() {
    assertFalse(store().setOverride(CHAT, word("spam"), Optional.of(BlacklistAction.punish(PenaltyMode.BAN))));

    assertEquals(List.of(), store().blacklist(CHAT).entries());
  }

  @Test
  void chatsKeepTheirOwnListsAndActions() {
    store().add(CHAT, List.of(word("spam")));
    store().setAction(OTHER_CHAT, BlacklistAction.punish(PenaltyMode.MUTE));
    store().add(OTHER_CHAT, List.of(word("eggs")));

    store().removeAll(OTHER_CHAT);

    assertEquals(new ChatBlacklist(BlacklistAction.DEFAULT, List.of(BlacklistEntry.of(word("spam")))),
        store().blacklist(CHAT));
    assertEquals(BlacklistAction.punish(PenaltyMode.MUTE), store().blacklist(OTHER_CHAT).action());
  }

  @Test
  void unicodeWordsComeBackAsStored() {
    String longest = "🙂".repeat(BlacklistWord.MAX_LENGTH);
    List<BlacklistWord> words = List.of(word("ÄRGER"), word("ΣΟΦΟΣ"), word("казино"), word("頭髮"), word(longest),
        word("say \"hi\" & <b>"));

    store().add(CHAT, words);

    assertEquals(words.stream().sorted().toList(), store().blacklist(CHAT).words());
    assertTrue(store().blacklist(CHAT).words().contains(word("ärger")));
    assertTrue(store().remove(CHAT, word("σοφοσ")));
  }

  @Test
  void twoAdminsAddingTheSameWordsAtOnceListThemOnceAndOnlyOneIsToldTheyAreNew() throws Exception {
    List<BlacklistWord> words = List.of(word("spam"), word("eggs"), word("ham"));
    int admins = 8;
    ExecutorService pool = Executors.newFixedThreadPool(admins);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<BlacklistWord>>> results = new ArrayList<>();
      for (int i = 0; i < admins; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return store().add(CHAT, words);
        }));
      }
      start.countDown();
      List<BlacklistWord> toldNew = new ArrayList<>();
      for (Future<List<BlacklistWord>> r : results) {
        toldNew.addAll(r.get());
      }
      assertEquals(words.stream().sorted().toList(), toldNew.stream().sorted().toList());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(word("eggs"), word("ham"), word("spam")), store().blacklist(CHAT).words());
  }
}
