package io.alita.domain.languages;

import io.alita.domain.i18n.LanguageStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link LanguageStore} in memory, counting its reads (to show the cache spares them). */
public final class InMemoryLanguageStore implements LanguageStore {

  private final Map<ChatId, String> chats = new ConcurrentHashMap<>();
  private final Map<UserId, String> users = new ConcurrentHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public Optional<String> chatLanguage(ChatId chat) {
    reads.incrementAndGet();
    return Optional.ofNullable(chats.get(chat));
  }

  @Override
  public Optional<String> userLanguage(UserId user) {
    reads.incrementAndGet();
    return Optional.ofNullable(users.get(user));
  }

  @Override
  public void setChatLanguage(SeenChat chat, String code) {
    chats.put(chat.id(), code);
  }

  @Override
  public void setUserLanguage(SeenUser user, String code) {
    users.put(user.id(), code);
  }

  public int reads() {
    return reads.get();
  }
}
