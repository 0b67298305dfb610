package io.alita.domain.devs;

import io.alita.domain.model.UserId;
import org.junit.jupiter.api.BeforeEach;

class InMemoryTeamStoreTest extends TeamStoreContract {

  private InMemoryTeamStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryTeamStore();
  }

  @Override
  protected TeamStore store() {
    return store;
  }

  @Override
  protected void userSeen(UserId user, String name) {
    store.seen(user, name);
  }
}
