package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Outbound port: captcha settings, pending captchas, the messages held back meanwhile, and the 24-hour mutes of
 * members who failed. Called inside an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}) a write joins the
 * update's transaction; called from a timer each call is atomic on its own. Writes for a chat or user the store has
 * not seen yet create what they need first.
 */
public interface CaptchaStore {

  /** The chat's settings, or {@link CaptchaSettings#DEFAULTS} when it never changed them. */
  CaptchaSettings settings(ChatId chat);

  void setEnabled(ChatId chat, boolean enabled);

  void setMode(ChatId chat, CaptchaMode mode);

  void setTimeout(ChatId chat, CaptchaTimeout timeout);

  void setFailureAction(ChatId chat, FailureAction action);

  void setMaxAttempts(ChatId chat, MaxAttempts maxAttempts);

  /** Creates the captcha, or returns empty when the member already has one in that chat (a repeated join). */
  Optional<CaptchaAttempt> create(NewAttempt attempt);

  Optional<CaptchaAttempt> attempt(AttemptId id);

  Optional<CaptchaAttempt> attemptOf(ChatId chat, UserId user);

  /** Every pending captcha in every chat, soonest expiry first (for the startup recovery). */
  List<CaptchaAttempt> attempts();

  /** The chat's pending captchas. */
  List<CaptchaAttempt> attemptsIn(ChatId chat);

  /** Records the challenge's message; false when the captcha is gone. */
  boolean setMessage(AttemptId id, MessageId message);

  /** Counts one more wrong answer, atomically; the new count, or empty when the captcha is gone. */
  OptionalInt addWrongAnswer(AttemptId id);

  /**
   * Replaces the answer after a refresh, only if the captcha has been refreshed {@code expectedRefreshes} times
   * (two presses of one Refresh button refresh once).
   *
   * @return the captcha after the refresh, or empty when it is gone or was refreshed meanwhile
   */
  Optional<CaptchaAttempt> refresh(AttemptId id, int expectedRefreshes, String answer, Instant at);

  /**
   * Takes the captcha out of the store with its held-back messages, atomically: of several callers (the answer, the
   * timer, a leave) only one gets it; the others get empty.
   */
  Optional<ClaimedAttempt> claim(AttemptId id);

  /** Holds back one message of the captcha's member; false when the captcha is gone. */
  boolean storeMessage(AttemptId id, StoredMessage message);

  /** The messages held back, oldest first. */
  List<StoredMessage> storedMessages(AttemptId id);

  /** Forgets the messages held back; returns how many there were. */
  int clearStoredMessages(AttemptId id);

  /** Records a failed member's mute until {@code unmuteAt} (replacing an earlier one). */
  void addMute(CaptchaMute mute);

  /** Forgets the member's mute; false when there was none. */
  boolean removeMute(ChatId chat, UserId user);

  /** Every recorded mute, soonest end first. */
  List<CaptchaMute> mutes();

  /** Forgets every mute in the chat and returns them. */
  List<CaptchaMute> removeMutes(ChatId chat);
}
