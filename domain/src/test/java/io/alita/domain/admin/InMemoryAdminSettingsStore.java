package io.alita.domain.admin;

import io.alita.domain.model.ChatId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link AdminSettingsStore} over a map, for domain tests. */
public final class InMemoryAdminSettingsStore implements AdminSettingsStore {

  private final Map<ChatId, Boolean> anonymousAdmins = new ConcurrentHashMap<>();

  @Override
  public boolean anonymousAdminsTrusted(ChatId chat) {
    return anonymousAdmins.getOrDefault(chat, false);
  }

  @Override
  public void setAnonymousAdminsTrusted(ChatId chat, boolean trusted) {
    anonymousAdmins.put(chat, trusted);
  }
}
