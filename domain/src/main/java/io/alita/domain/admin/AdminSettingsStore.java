package io.alita.domain.admin;

import io.alita.domain.dispatch.AnonymousAdminPolicy;
import io.alita.domain.model.ChatId;

/**
 * Outbound port: a chat's admin settings (table {@code admin}). Today that is one switch, {@code /anonadmin}: whether
 * commands sent by anonymous admins run at once or wait for an admin to prove who sent them. The store is the dispatcher's
 * {@link AnonymousAdminPolicy}, so the switch takes effect on the next command.
 */
public interface AdminSettingsStore extends AnonymousAdminPolicy {

  /** Whether {@code chat} trusts anonymous admins; false for a chat that never changed it. */
  boolean anonymousAdminsTrusted(ChatId chat);

  /** Sets the switch for {@code chat}, creating its settings if needed; setting the current value changes nothing. */
  void setAnonymousAdminsTrusted(ChatId chat, boolean trusted);

  @Override
  default boolean trusts(ChatId chat) {
    return anonymousAdminsTrusted(chat);
  }
}
