package io.alita.domain.antiraid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The anti-raid settings use case as the console calls it: /raidtime, /raidactiontime and /autoantiraid's checks. */
class RaidSettingsChangeTest {

  private static final ChatId CHAT = ChatId.of(-1001234567890L);

  private final InMemoryRaidStore store = new InMemoryRaidStore();
  private final RaidSettingsChange change = new RaidSettingsChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();

  @Test
  void durationsAndTheThresholdAreSet() {
    assertTrue(change.raidTime(CHAT, "3h", console).applied());
    assertTrue(change.actionTime(CHAT, "2h", console).applied());
    ChangeOutcome auto = change.autoThreshold(CHAT, "15", console);
    assertTrue(auto.applied(), auto.html());
    RaidSettings s = store.settings(CHAT);
    assertEquals(Duration.ofHours(3), s.raidTime());
    assertEquals(Duration.ofHours(2), s.actionTime());
    assertEquals(15, s.autoThreshold());
    assertTrue(change.autoThreshold(CHAT, "off", console).applied());
    assertEquals(0, store.settings(CHAT).autoThreshold());
  }

  @Test
  void badValuesAreRefusedAndWriteNothing() {
    assertTrue(change.raidTime(CHAT, "forever", console).refused());
    assertTrue(change.actionTime(CHAT, "", console).refused());
    assertTrue(change.autoThreshold(CHAT, "10001", console).refused());
    assertTrue(change.autoThreshold(CHAT, "-3", console).refused());
    assertEquals(0, console.commits());
    assertEquals(RaidSettings.DEFAULTS, store.settings(CHAT));
  }
}
