package io.alita.domain.connections;

import io.alita.domain.tracking.SeenChat;

/** The in-memory fake that module tests use meets the same contract as the database. */
class InMemoryConnectionsStoreTest extends ConnectionsStoreContract {

  private final InMemoryConnectionsStore store = new InMemoryConnectionsStore();

  @Override
  protected ConnectionsStore store() {
    return store;
  }

  @Override
  protected void seen(SeenChat group) {
    store.seen(group);
  }
}
