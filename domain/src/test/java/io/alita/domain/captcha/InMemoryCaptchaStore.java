package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** {@link CaptchaStore} in memory, for module tests; kept to the same contract as the PostgreSQL store. */
public final class InMemoryCaptchaStore implements CaptchaStore {

  private final Map<ChatId, CaptchaSettings> settings = new HashMap<>();
  private final Map<AttemptId, CaptchaAttempt> attempts = new LinkedHashMap<>();
  private final Map<AttemptId, List<StoredMessage>> stored = new HashMap<>();
  private final Map<String, CaptchaMute> mutes = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public synchronized CaptchaSettings settings(ChatId chat) {
    return settings.getOrDefault(chat, CaptchaSettings.DEFAULTS);
  }

  @Override
  public synchronized void setEnabled(ChatId chat, boolean enabled) {
    CaptchaSettings s = settings(chat);
    settings.put(chat, new CaptchaSettings(enabled, s.mode(), s.timeout(), s.action(), s.maxAttempts()));
  }

  @Override
  public synchronized void setMode(ChatId chat, CaptchaMode mode) {
    CaptchaSettings s = settings(chat);
    settings.put(chat, new CaptchaSettings(s.enabled(), mode, s.timeout(), s.action(), s.maxAttempts()));
  }

  @Override
  public synchronized void setTimeout(ChatId chat, CaptchaTimeout timeout) {
    CaptchaSettings s = settings(chat);
    settings.put(chat, new CaptchaSettings(s.enabled(), s.mode(), timeout, s.action(), s.maxAttempts()));
  }

  @Override
  public synchronized void setFailureAction(ChatId chat, FailureAction action) {
    CaptchaSettings s = settings(chat);
    settings.put(chat, new CaptchaSettings(s.enabled(), s.mode(), s.timeout(), action, s.maxAttempts()));
  }

  @Override
  public synchronized void setMaxAttempts(ChatId chat, MaxAttempts maxAttempts) {
    CaptchaSettings s = settings(chat);
    settings.put(chat, new CaptchaSettings(s.enabled(), s.mode(), s.timeout(), s.action(), maxAttempts));
  }

  @Override
  public synchronized Optional<CaptchaAttempt> create(NewAttempt a) {
    if (attemptOf(a.chat(), a.user()).isPresent()) {
      return Optional.empty();
    }
    CaptchaAttempt created = new CaptchaAttempt(new AttemptId(nextId++), a.chat(), a.user(), a.userName(), a.answer(),
        0, 0, Optional.empty(), a.createdAt(), a.createdAt(), a.expiresAt());
    attempts.put(created.id(), created);
    stored.put(created.id(), new ArrayList<>());
    return Optional.of(created);
  }

  @Override
  public synchronized Optional<CaptchaAttempt> attempt(AttemptId id) {
    return Optional.ofNullable(attempts.get(id));
  }

  @Override
  public synchronized Optional<CaptchaAttempt> attemptOf(ChatId chat, UserId user) {
    return attempts.values().stream().filter(a -> a.chat().equals(chat) && a.user().equals(user)).findFirst();
  }

  @Override
  public synchronized List<CaptchaAttempt> attempts() {
    return attempts.values().stream().sorted(Comparator.comparing(CaptchaAttempt::expiresAt)).toList();
  }

  @Override
  public synchronized List<CaptchaAttempt> attemptsIn(ChatId chat) {
    return attempts().stream().filter(a -> a.chat().equals(chat)).toList();
  }

  @Override
  public synchronized boolean setMessage(AttemptId id, MessageId message) {
    CaptchaAttempt a = attempts.get(id);
    if (a == null) {
      return false;
    }
    attempts.put(id, new CaptchaAttempt(a.id(), a.chat(), a.user(), a.userName(), a.answer(), a.wrongAnswers(),
        a.refreshes(), Optional.of(message), a.createdAt(), a.changedAt(), a.expiresAt()));
    return true;
  }

  @Override
  public synchronized OptionalInt addWrongAnswer(AttemptId id) {
    CaptchaAttempt a = attempts.get(id);
    if (a == null) {
      return OptionalInt.empty();
    }
    attempts.put(id, new CaptchaAttempt(a.id(), a.chat(), a.user(), a.userName(), a.answer(), a.wrongAnswers() + 1,
        a.refreshes(), a.message(), a.createdAt(), a.changedAt(), a.expiresAt()));
    return OptionalInt.of(a.wrongAnswers() + 1);
  }

  @Override
  public synchronized Optional<CaptchaAttempt> refresh(AttemptId id, int expectedRefreshes, String answer,
      Instant at) {
    CaptchaAttempt a = attempts.get(id);
    if (a == null || a.refreshes() != expectedRefreshes) {
      return Optional.empty();
    }
    CaptchaAttempt refreshed = new CaptchaAttempt(a.id(), a.chat(), a.user(), a.userName(), answer, a.wrongAnswers(),
        a.refreshes() + 1, a.message(), a.createdAt(), at, a.expiresAt());
    attempts.put(id, refreshed);
    return Optional.of(refreshed);
  }

  @Override
  public synchronized Optional<ClaimedAttempt> claim(AttemptId id) {
    CaptchaAttempt a = attempts.remove(id);
    if (a == null) {
      return Optional.empty();
    }
    List<StoredMessage> held = stored.remove(id);
    return Optional.of(new ClaimedAttempt(a, held == null ? 0 : held.size()));
  }

  @Override
  public synchronized boolean storeMessage(AttemptId id, StoredMessage message) {
    if (!attempts.containsKey(id)) {
      return false;
    }
    stored.get(id).add(message);
    return true;
  }

  @Override
  public synchronized List<StoredMessage> storedMessages(AttemptId id) {
    return List.copyOf(stored.getOrDefault(id, List.of()));
  }

  @Override
  public synchronized int clearStoredMessages(AttemptId id) {
    List<StoredMessage> held = stored.get(id);
    if (held == null) {
      return 0;
    }
    int count = held.size();
    held.clear();
    return count;
  }

  @Override
  public synchronized void addMute(CaptchaMute mute) {
    mutes.put(key(mute.chat(), mute.user()), mute);
  }

  @Override
  public synchronized boolean removeMute(ChatId chat, UserId user) {
    return mutes.remove(key(chat, user)) != null;
  }

  @Override
  public synchronized List<CaptchaMute> mutes() {
    return mutes.values().stream().sorted(Comparator.comparing(CaptchaMute::unmuteAt)).toList();
  }

  @Override
  public synchronized List<CaptchaMute> removeMutes(ChatId chat) {
    List<CaptchaMute> removed = mutes().stream().filter(m -> m.chat().equals(chat)).toList();
    removed.forEach(m -> mutes.remove(key(m.chat(), m.user())));
    return removed;
  }

  private static String key(ChatId chat, UserId user) {
    return chat.value() + ":" + user.value();
  }
}
