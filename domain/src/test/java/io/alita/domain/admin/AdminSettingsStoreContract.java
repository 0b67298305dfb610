package io.alita.domain.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AdminSettingsStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class AdminSettingsStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001234);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1005678);

  protected abstract AdminSettingsStore store();

  @Test
  void aChatThatNeverChangedTheSwitchDoesNotTrustAnonymousAdmins() {
    assertFalse(store().anonymousAdminsTrusted(CHAT));
    assertFalse(store().trusts(CHAT));
  }

  @Test
  void turningTheSwitchOnIsWhatThePolicyAnswers() {
    store().setAnonymousAdminsTrusted(CHAT, true);

    assertTrue(store().anonymousAdminsTrusted(CHAT));
    assertTrue(store().trusts(CHAT));
  }

  @Test
  void turningItOffAgainIsKept() {
    store().setAnonymousAdminsTrusted(CHAT, true);
    store().setAnonymousAdminsTrusted(CHAT, false);

    assertFalse(store().trusts(CHAT));
  }

  @Test
  void settingTheSameValueTwiceIsHarmless() {
    store().setAnonymousAdminsTrusted(CHAT, true);
    store().setAnonymousAdminsTrusted(CHAT, true);

    assertTrue(store().trusts(CHAT));
  }

  @Test
  void eachChatHasItsOwnSwitch() {
    store().setAnonymousAdminsTrusted(CHAT, true);

    assertFalse(store().trusts(OTHER_CHAT));
    store().setAnonymousAdminsTrusted(OTHER_CHAT, false);
    assertTrue(store().trusts(CHAT));
  }
}
