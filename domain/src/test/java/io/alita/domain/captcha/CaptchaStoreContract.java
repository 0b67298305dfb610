package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CaptchaStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class CaptchaStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);
  protected static final UserId ADA = UserId.of(101);
  protected static final UserId BOB = UserId.of(102);
  protected static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

  protected abstract CaptchaStore store();

  private CaptchaAttempt create(ChatId chat, UserId user, String answer, Duration timeout) {
    return store().create(new NewAttempt(chat, user, "Ada", answer, NOW, NOW.plus(timeout))).orElseThrow();
  }

  // ------------------------------------------------------------------------------------------------ settings

  @Test
  void aChatThatChangedNothingHasTheDefaults() {
    assertEquals(new CaptchaSettings(false, CaptchaMode.MATH, new CaptchaTimeout(2), FailureAction.KICK,
        new MaxAttempts(3)), store().settings(CHAT));
  }

  @Test
  void eachSettingChangesAloneAndKeepsTheOthers() {
    store().setEnabled(CHAT, true);
    store().setMode(CHAT, CaptchaMode.TEXT);
    store().setTimeout(CHAT, new CaptchaTimeout(10));
    store().setFailureAction(CHAT, FailureAction.MUTE);
    store().setMaxAttempts(CHAT, new MaxAttempts(1));
    store().setMode(CHAT, CaptchaMode.BUTTON);

    assertEquals(new CaptchaSettings(true, CaptchaMode.BUTTON, new CaptchaTimeout(10), FailureAction.MUTE,
        new MaxAttempts(1)), store().settings(CHAT));
    assertEquals(CaptchaSettings.DEFAULTS, store().settings(OTHER_CHAT));
  }

  // ------------------------------------------------------------------------------------------------ attempts

  @Test
  void aCreatedAttemptStartsWithNoWrongAnswersNoRefreshAndNoMessage() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));

    assertEquals(new CaptchaAttempt(a.id(), CHAT, ADA, "Ada", "12", 0, 0, Optional.empty(), NOW, NOW,
        NOW.plus(Duration.ofMinutes(2))), a);
    assertEquals(Optional.of(a), store().attempt(a.id()));
    assertEquals(Optional.of(a), store().attemptOf(CHAT, ADA));
  }

  @Test
  void aMemberHasAtMostOneAttemptPerChat() {
    create(CHAT, ADA, "12", Duration.ofMinutes(2));

    assertEquals(Optional.empty(), store().create(new NewAttempt(CHAT, ADA, "Ada", "99", NOW, NOW.plusSeconds(60))));
    assertTrue(store().create(new NewAttempt(OTHER_CHAT, ADA, "Ada", "99", NOW, NOW.plusSeconds(60))).isPresent());
  }

  @Test
  void attemptsAreListedSoonestExpiryFirstAndPerChat() {
    CaptchaAttempt late = create(CHAT, ADA, "1", Duration.ofMinutes(5));
    CaptchaAttempt early = create(CHAT, BOB, "2", Duration.ofMinutes(1));
    CaptchaAttempt elsewhere = create(OTHER_CHAT, ADA, "3", Duration.ofMinutes(3));

    assertEquals(List.of(early.id(), elsewhere.id(), late.id()),
        store().attempts().stream().map(CaptchaAttempt::id).toList());
    assertEquals(List.of(early.id(), late.id()), store().attemptsIn(CHAT).stream().map(CaptchaAttempt::id).toList());
  }

  @Test
  void theChallengeMessageIsRecorded() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));

    assertTrue(store().setMessage(a.id(), MessageId.of(55)));

    assertEquals(Optional.of(MessageId.of(55)), store().attempt(a.id()).orElseThrow().message());
  }

  @Test
  void wrongAnswersAreCountedOneByOne() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));

    assertEquals(OptionalInt.of(1), store().addWrongAnswer(a.id()));
    assertEquals(OptionalInt.of(2), store().addWrongAnswer(a.id()));
    assertEquals(2, store().attempt(a.id()).orElseThrow().wrongAnswers());
  }

  @Test
  void aRefreshReplacesTheAnswerOnlyFromTheExpectedCount() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));
    Instant later = NOW.plusSeconds(10);

    CaptchaAttempt refreshed = store().refresh(a.id(), 0, "abcd", later).orElseThrow();
    Optional<CaptchaAttempt> again = store().refresh(a.id(), 0, "zzzz", later);

    assertEquals("abcd", refreshed.answer());
    assertEquals(1, refreshed.refreshes());
    assertEquals(later, refreshed.changedAt());
    assertEquals(Optional.empty(), again);
    assertEquals("abcd", store().attempt(a.id()).orElseThrow().answer());
  }

  @Test
  void onlyOneClaimGetsTheAttemptWithTheCountOfItsHeldBackMessages() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));
    store().storeMessage(a.id(), new StoredMessage(StoredKind.TEXT, "hello", "", ""));
    store().storeMessage(a.id(), new StoredMessage(StoredKind.PHOTO, "", "", "look"));

    Optional<ClaimedAttempt> first = store().claim(a.id());
    Optional<ClaimedAttempt> second = store().claim(a.id());

    assertEquals(2, first.orElseThrow().storedMessages());
    assertEquals(a.id(), first.get().attempt().id());
    assertEquals(Optional.empty(), second);
    assertEquals(Optional.empty(), store().attempt(a.id()));
    assertEquals(List.of(), store().storedMessages(a.id()));
  }

  @Test
  void writesToAGoneAttemptReportThatItIsGone() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));
    store().claim(a.id());

    assertFalse(store().setMessage(a.id(), MessageId.of(5)));
    assertEquals(OptionalInt.empty(), store().addWrongAnswer(a.id()));
    assertEquals(Optional.empty(), store().refresh(a.id(), 0, "x", NOW));
    assertFalse(store().storeMessage(a.id(), new StoredMessage(StoredKind.TEXT, "late", "", "")));
    assertEquals(Optional.empty(), store().claim(new AttemptId(987654)));
  }

  @Test
  void heldBackMessagesKeepTheirOrderKindAndTextUntilCleared() {
    CaptchaAttempt a = create(CHAT, ADA, "12", Duration.ofMinutes(2));
    StoredMessage text = new StoredMessage(StoredKind.TEXT, "hi <all>", "", "");
    StoredMessage sticker = new StoredMessage(StoredKind.STICKER, "", "file-1", "");
    store().storeMessage(a.id(), text);
    store().storeMessage(a.id(), sticker);

    assertEquals(List.of(text, sticker), store().storedMessages(a.id()));
    assertEquals(2, store().clearStoredMessages(a.id()));
    assertEquals(List.of(), store().storedMessages(a.id()));
    assertTrue(store().attempt(a.id()).isPresent());
  }

  // ------------------------------------------------------------------------------------------------ mutes

  @Test
  void mutesAreListedSoonestFirstAndReplacedPerMember() {
    store().addMute(new CaptchaMute(CHAT, ADA, NOW.plusSeconds(300)));
    store().addMute(new CaptchaMute(CHAT, BOB, NOW.plusSeconds(100)));
    store().addMute(new CaptchaMute(CHAT, ADA, NOW.plusSeconds(50)));

    assertEquals(List.of(new CaptchaMute(CHAT, ADA, NOW.plusSeconds(50)), new CaptchaMute(CHAT, BOB, NOW.plusSeconds(100))),
        store().mutes());
  }

  @Test
  void mutesAreRemovedOneByOneOrPerChat() {
    store().addMute(new CaptchaMute(CHAT, ADA, NOW.plusSeconds(300)));
    store().addMute(new CaptchaMute(CHAT, BOB, NOW.plusSeconds(100)));
    store().addMute(new CaptchaMute(OTHER_CHAT, ADA, NOW.plusSeconds(100)));

    assertTrue(store().removeMute(CHAT, ADA));
    assertFalse(store().removeMute(CHAT, ADA));
    assertEquals(List.of(new CaptchaMute(CHAT, BOB, NOW.plusSeconds(100))), store().removeMutes(CHAT));
    assertEquals(List.of(new CaptchaMute(OTHER_CHAT, ADA, NOW.plusSeconds(100))), store().mutes());
  }
}
