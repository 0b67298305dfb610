package io.alita.postgres.captcha;

import io.alita.domain.captcha.AttemptId;
import io.alita.domain.captcha.CaptchaAttempt;
import io.alita.domain.captcha.CaptchaMode;
import io.alita.domain.captcha.CaptchaMute;
import io.alita.domain.captcha.CaptchaSettings;
import io.alita.domain.captcha.CaptchaStore;
import io.alita.domain.captcha.CaptchaTimeout;
import io.alita.domain.captcha.ClaimedAttempt;
import io.alita.domain.captcha.FailureAction;
import io.alita.domain.captcha.MaxAttempts;
import io.alita.domain.captcha.NewAttempt;
import io.alita.domain.captcha.StoredKind;
import io.alita.domain.captcha.StoredMessage;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * {@link CaptchaStore} on PostgreSQL through {@link CaptchaMapper}. Each call is one transaction of its own, or part
 * of the event's transaction when called inside a {@link io.alita.domain.dispatch.UnitOfWork#write}.
 * Writes first insert the bare {@code chats} (and {@code users}) rows the foreign keys need, leaving existing rows
 * untouched.
 */
public final class MyBatisCaptchaStore implements CaptchaStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link CaptchaMapper} registered */
  public MyBatisCaptchaStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public CaptchaSettings settings(ChatId chat) {
    CaptchaMapper.SettingsRow row = sessions.with(CaptchaMapper.class, m -> m.settings(chat.value()));
    if (row == null) {
      return CaptchaSettings.DEFAULTS;
    }
    CaptchaMode mode = CaptchaMode.of(row.captchaMode()).orElseThrow(
        () -> new IllegalStateException("captcha_settings of chat " + chat + " has mode " + row.captchaMode()));
    FailureAction action = FailureAction.of(row.failureAction()).orElseThrow(
        () -> new IllegalStateException("captcha_settings of chat " + chat + " has action " + row.failureAction()));
    return new CaptchaSettings(row.enabled(), mode, new CaptchaTimeout(row.timeout()), action,
        new MaxAttempts(row.maxAttempts()));
  }

  @Override
  public void setEnabled(ChatId chat, boolean enabled) {
    setting(chat, m -> m.setEnabled(chat.value(), enabled));
  }

  @Override
  public void setMode(ChatId chat, CaptchaMode mode) {
    setting(chat, m -> m.setMode(chat.value(), mode.word()));
  }

  @Override
  public void setTimeout(ChatId chat, CaptchaTimeout timeout) {
    setting(chat, m -> m.setTimeout(chat.value(), timeout.minutes()));
  }

  @Override
  public void setFailureAction(ChatId chat, FailureAction action) {
    setting(chat, m -> m.setFailureAction(chat.value(), action.word()));
  }

  @Override
  public void setMaxAttempts(ChatId chat, MaxAttempts maxAttempts) {
    setting(chat, m -> m.setMaxAttempts(chat.value(), maxAttempts.value()));
  }

  private void setting(ChatId chat, Function<CaptchaMapper, Integer> write) {
    inTransaction(m -> {
      m.ensureChat(chat.value());
      return write.apply(m);
    });
  }

  @Override
  public Optional<CaptchaAttempt> create(NewAttempt a) {
    return inTransaction(m -> {
      m.ensureChat(a.chat().value());
      m.ensureUser(a.user().value(), a.userName());
      Long id = m.create(a.chat().value(), a.user().value(), a.answer(), time(a.createdAt()), time(a.expiresAt()));
      return id == null ? Optional.<CaptchaAttempt>empty() : Optional.of(attempt(m.attempt(id)));
    });
  }

  @Override
  public Optional<CaptchaAttempt> attempt(AttemptId id) {
    return Optional.ofNullable(sessions.with(CaptchaMapper.class, m -> m.attempt(id.value())))
        .map(MyBatisCaptchaStore::attempt);
  }

  @Override
  public Optional<CaptchaAttempt> attemptOf(ChatId chat, UserId user) {
    return Optional.ofNullable(sessions.with(CaptchaMapper.class, m -> m.attemptOf(chat.value(), user.value())))
        .map(MyBatisCaptchaStore::attempt);
  }

  @Override
  public List<CaptchaAttempt> attempts() {
    return sessions.with(CaptchaMapper.class, CaptchaMapper::attempts).stream()
        .map(MyBatisCaptchaStore::attempt).toList();
  }

  @Override
  public List<CaptchaAttempt> attemptsIn(ChatId chat) {
    return sessions.with(CaptchaMapper.class, m -> m.attemptsIn(chat.value())).stream()
        .map(MyBatisCaptchaStore::attempt).toList();
  }

  @Override
  public boolean setMessage(AttemptId id, MessageId message) {
    return inTransaction(m -> m.setMessage(id.value(), message.value())) > 0;
  }

  @Override
  public OptionalInt addWrongAnswer(AttemptId id) {
    Integer count = inTransaction(m -> m.addWrongAnswer(id.value()));
    return count == null ? OptionalInt.empty() : OptionalInt.of(count);
  }

  @Override
  public Optional<CaptchaAttempt> refresh(AttemptId id, int expectedRefreshes, String answer, Instant at) {
    return inTransaction(m -> m.refresh(id.value(), expectedRefreshes, answer, time(at)) == 0
        ? Optional.<CaptchaAttempt>empty()
        : Optional.of(attempt(m.attempt(id.value()))));
  }

  @Override
  public Optional<ClaimedAttempt> claim(AttemptId id) {
    CaptchaMapper.ClaimedRow r = inTransaction(m -> m.claim(id.value()));
    if (r == null) {
      return Optional.empty();
    }
    CaptchaAttempt a = attempt(new CaptchaMapper.AttemptRow(r.id(), r.chatId(), r.userId(), r.userName(), r.answer(),
        r.attempts(), r.refreshCount(), r.messageId(), r.createdAt(), r.updatedAt(), r.expiresAt()));
    return Optional.of(new ClaimedAttempt(a, r.storedCount()));
  }

  @Override
  public boolean storeMessage(AttemptId id, StoredMessage message) {
    return inTransaction(m -> m.storeMessage(id.value(), message.kind().code(), message.content(), message.fileId(),
        message.caption())) > 0;
  }

  @Override
  public List<StoredMessage> storedMessages(AttemptId id) {
    return sessions.with(CaptchaMapper.class, m -> m.storedMessages(id.value())).stream()
        .map(r -> new StoredMessage(StoredKind.ofCode(r.messageType()).orElse(StoredKind.TEXT), r.content(),
            r.fileId(), r.caption()))
        .toList();
  }

  @Override
  public int clearStoredMessages(AttemptId id) {
    return inTransaction(m -> m.clearStoredMessages(id.value()));
  }

  @Override
  public void addMute(CaptchaMute mute) {
    inTransaction(m -> {
      m.ensureChat(mute.chat().value());
      m.ensureUser(mute.user().value(), "");
      return m.addMute(mute.chat().value(), mute.user().value(), time(mute.unmuteAt()));
    });
  }

  @Override
  public boolean removeMute(ChatId chat, UserId user) {
    return inTransaction(m -> m.removeMute(chat.value(), user.value())) > 0;
  }

  @Override
  public List<CaptchaMute> mutes() {
    return sessions.with(CaptchaMapper.class, CaptchaMapper::mutes).stream().map(MyBatisCaptchaStore::mute).toList();
  }

  @Override
  public List<CaptchaMute> removeMutes(ChatId chat) {
    return inTransaction(m -> m.removeMutes(chat.value())).stream().map(MyBatisCaptchaStore::mute).toList();
  }

  private <T> T inTransaction(Function<CaptchaMapper, T> work) {
    return sessions.inTransaction(() -> sessions.with(CaptchaMapper.class, work));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static CaptchaAttempt attempt(CaptchaMapper.AttemptRow r) {
    Optional<MessageId> message = Optional.ofNullable(r.messageId())
        .filter(id -> id > 0 && id <= Integer.MAX_VALUE).map(id -> MessageId.of(id.intValue()));
    return new CaptchaAttempt(new AttemptId(r.id()), ChatId.of(r.chatId()), UserId.of(r.userId()), r.userName(),
        r.answer(), r.attempts(), r.refreshCount(), message, r.createdAt().toInstant(), r.updatedAt().toInstant(),
        r.expiresAt().toInstant());
  }

  private static CaptchaMute mute(CaptchaMapper.MuteRow r) {
    return new CaptchaMute(ChatId.of(r.chatId()), UserId.of(r.userId()), r.unmuteAt().toInstant());
  }
}
