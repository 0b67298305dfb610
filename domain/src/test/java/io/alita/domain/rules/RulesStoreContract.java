package io.alita.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RulesStore} does, written once and run against the in-memory fake and the PostgreSQL adapter. A
 * subclass provides an empty store for each test.
 */
public abstract class RulesStoreContract {

  protected static final SeenChat ENGINES = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", "engines");
  protected static final SeenChat LOOMS = new SeenChat(ChatId.of(-1002), ChatKind.GROUP, "Looms", null);

  protected abstract RulesStore store();

  @Test
  void aChatThatSetNothingHasNoRulesTheDefaultButtonAndPublicRules() {
    ChatRules rules = store().find(ENGINES.id());

    assertEquals(ChatRules.none(ENGINES.id()), rules);
    assertFalse(rules.hasRules());
    assertEquals(RulesButtonText.DEFAULT, rules.buttonText());
  }

  @Test
  void savedRulesComeBackExactlyAsTyped() {
    String source = "*Be kind* to {first}.\n\n  1. No <script>alert(1)</script> & \"quotes\" \\*\n"
        + "2. Ünïcödé and emoji 🦊 %%% variant [Site](buttonurl://example.com:same)";

    store().saveText(ENGINES, source);

    assertEquals(Optional.of(source), store().find(ENGINES.id()).source());
  }

  @Test
  void savingAgainReplacesTheText() {
    store().saveText(ENGINES, "first");
    store().saveText(ENGINES, "second");

    assertEquals(Optional.of("second"), store().find(ENGINES.id()).source());
  }

  @Test
  void clearingTheTextKeepsTheButtonAndPrivacy() {
    store().saveText(ENGINES, "Be kind");
    store().setButton(ENGINES, new RulesButtonText("Read me"));
    store().setPrivate(ENGINES, true);

    store().clearText(ENGINES.id());

    ChatRules rules = store().find(ENGINES.id());
    assertEquals(Optional.empty(), rules.source());
    assertEquals(Optional.of(new RulesButtonText("Read me")), rules.button());
    assertTrue(rules.privately());
  }

  @Test
  void clearingAChatThatSetNothingLeavesItAtTheDefaults() {
    store().clearText(ENGINES.id());
    store().clearButton(ENGINES.id());

    assertEquals(ChatRules.none(ENGINES.id()), store().find(ENGINES.id()));
  }

  @Test
  void privacyCanBeSetBeforeAnyTextAndTurnedOffAgain() {
    store().setPrivate(ENGINES, true);
    assertTrue(store().find(ENGINES.id()).privately());
    assertFalse(store().find(ENGINES.id()).hasRules());

    store().setPrivate(ENGINES, false);
    assertFalse(store().find(ENGINES.id()).privately());
  }

  @Test
  void theButtonTextIsKeptThenResetToTheDefault() {
    store().saveText(ENGINES, "Be kind");
    store().setButton(ENGINES, new RulesButtonText("📜 House rules"));
    assertEquals(new RulesButtonText("📜 House rules"), store().find(ENGINES.id()).buttonText());

    store().clearButton(ENGINES.id());

    assertEquals(Optional.empty(), store().find(ENGINES.id()).button());
    assertEquals(Optional.of("Be kind"), store().find(ENGINES.id()).source());
  }

  @Test
  void aButtonOfThirtyEmojiFitsBecauseLengthCountsCharactersNotCodeUnits() {
    String thirtyFoxes = "🦊".repeat(30);

    store().setButton(ENGINES, new RulesButtonText(thirtyFoxes));

    assertEquals(thirtyFoxes, store().find(ENGINES.id()).buttonText().value());
  }

  @Test
  void chatsKeepTheirOwnRules() {
    store().saveText(ENGINES, "Engines' rules");
    store().setPrivate(LOOMS, true);

    assertEquals(Optional.of("Engines' rules"), store().find(ENGINES.id()).source());
    assertFalse(store().find(ENGINES.id()).privately());
    assertEquals(Optional.empty(), store().find(LOOMS.id()).source());
    assertTrue(store().find(LOOMS.id()).privately());
  }

  @Test
  void theChatsTitleIsKnownOnceAWriteRecordedTheChat() {
    store().saveText(ENGINES, "Be kind");

    assertEquals(Optional.of("Engines"), store().find(ENGINES.id()).chatTitle());
  }

  @Test
  void aChatAlreadyRecordedKeepsItsTitle() {
    store().setPrivate(ENGINES, false);
    store().saveText(new SeenChat(ENGINES.id(), ChatKind.SUPERGROUP, "Renamed in passing", null), "Be kind");

    // The title belongs to passive tracking, which refreshes it; a rules write only records a chat it has not seen.
    assertEquals(Optional.of("Engines"), store().find(ENGINES.id()).chatTitle());
  }
}
