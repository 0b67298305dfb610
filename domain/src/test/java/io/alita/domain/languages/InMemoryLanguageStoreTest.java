package io.alita.domain.languages;

import io.alita.domain.i18n.LanguageStore;

class InMemoryLanguageStoreTest extends LanguageStoreContract {

  private final InMemoryLanguageStore store = new InMemoryLanguageStore();

  @Override
  protected LanguageStore store() {
    return store;
  }
}
