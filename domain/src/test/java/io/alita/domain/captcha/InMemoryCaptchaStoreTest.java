package io.alita.domain.captcha;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryCaptchaStoreTest extends CaptchaStoreContract {

  private InMemoryCaptchaStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryCaptchaStore();
  }

  @Override
  protected CaptchaStore store() {
    return store;
  }
}
