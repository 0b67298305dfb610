package io.alita.domain.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConnectionsStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test, and a way to record a group as passive tracking would.
 */
public abstract class ConnectionsStoreContract {

  protected static final SeenChat ENGINES = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", "Engines_Chat");
  protected static final SeenChat LOOMS = new SeenChat(ChatId.of(-1002), ChatKind.GROUP, "Looms", null);
  protected static final SeenUser ADA = new SeenUser(UserId.of(42), "Ada", "Lovelace", "ada_l", false);
  protected static final SeenUser BOB = new SeenUser(UserId.of(43), "Bob", null, null, false);

  protected abstract ConnectionsStore store();

  /** Records {@code group} as the bot's passive tracking would. */
  protected abstract void seen(SeenChat group);

  @Test
  void aUserWhoNeverConnectedHasNoConnection() {
    assertEquals(Optional.empty(), store().find(ADA.id()));
  }

  @Test
  void connectingKeepsTheGroupWithItsKindAndTitle() {
    store().connect(ADA, ENGINES);

    Connection c = store().find(ADA.id()).orElseThrow();
    assertTrue(c.connected());
    assertEquals(ENGINES.id(), c.group().id());
    assertEquals(ChatKind.SUPERGROUP, c.group().kind());
    assertEquals("Engines", c.group().title());
  }

  @Test
  void aUserHasOneConnectionTheLastOneWins() {
    store().connect(ADA, ENGINES);
    store().connect(ADA, LOOMS);

    assertEquals(LOOMS.id(), store().find(ADA.id()).orElseThrow().group().id());
  }

  @Test
  void disconnectingKeepsTheGroupForReconnect() {
    store().connect(ADA, ENGINES);

    store().disconnect(ADA.id());

    Connection c = store().find(ADA.id()).orElseThrow();
    assertFalse(c.connected());
    assertEquals(ENGINES.id(), c.group().id());
  }

  @Test
  void disconnectingWithoutAConnectionDoesNothing() {
    store().disconnect(BOB.id());

    assertEquals(Optional.empty(), store().find(BOB.id()));
  }

  @Test
  void connectionsOfDifferentUsersAreTheirOwn() {
    store().connect(ADA, ENGINES);
    store().connect(BOB, LOOMS);
    store().disconnect(BOB.id());

    assertTrue(store().find(ADA.id()).orElseThrow().connected());
    assertFalse(store().find(BOB.id()).orElseThrow().connected());
  }

  @Test
  void membersMayNotConnectUntilAnAdminAllowsIt() {
    assertFalse(store().allowsMembers(ENGINES.id()));

    store().setAllowsMembers(ENGINES, true);
    assertTrue(store().allowsMembers(ENGINES.id()));
    assertFalse(store().allowsMembers(LOOMS.id()));

    store().setAllowsMembers(ENGINES, false);
    assertFalse(store().allowsMembers(ENGINES.id()));
  }

  @Test
  void aRecordedGroupIsFoundByIdAndByUsernameInAnyCase() {
    seen(ENGINES);

    assertEquals(Optional.of("Engines"), store().group(ENGINES.id()).map(SeenChat::title));
    assertEquals(Optional.of(ENGINES.id()), store().groupNamed("engines_chat").map(SeenChat::id));
    assertEquals(Optional.empty(), store().groupNamed("looms"));
    assertEquals(Optional.empty(), store().group(LOOMS.id()));
  }
}
