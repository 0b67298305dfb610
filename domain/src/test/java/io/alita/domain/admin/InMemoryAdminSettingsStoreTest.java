package io.alita.domain.admin;

import org.junit.jupiter.api.BeforeEach;

class InMemoryAdminSettingsStoreTest extends AdminSettingsStoreContract {

  private InMemoryAdminSettingsStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryAdminSettingsStore();
  }

  @Override
  protected AdminSettingsStore store() {
    return store;
  }
}
