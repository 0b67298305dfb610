package io.alita.domain.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reports settings use case as the console calls it: /reports on|off and block/unblock; a refusal commits nothing. */
class ReportSettingsChangeTest {

  private static final ChatId CHAT = ChatId.of(-1001234567890L);
  private static final UserId MO = UserId.of(42);

  private final InMemoryReportStore store = new InMemoryReportStore();
  private final ReportSettingsChange change = new ReportSettingsChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();

  @Test
  void reportsGoOffAndOnAgain() {
    ChangeOutcome off = change.enabled(CHAT, "OFF", console);
    assertTrue(off.applied());
    assertFalse(store.chat(CHAT).enabled());
    assertEquals("Reports are off in this chat.", off.text());
    assertTrue(change.enabled(CHAT, "yes", console).applied());
    assertTrue(store.chat(CHAT).enabled());
  }

  @Test
  void aNonsenseValueIsRefusedWithTheUsage() {
    assertTrue(change.enabled(CHAT, "sometimes", console).refused());
    assertTrue(change.enabled(CHAT, "", console).refused());
    assertEquals(0, console.commits());
  }

  @Test
  void aBlockedMemberIsUnblocked() {
    assertTrue(change.block(CHAT, MO, Optional.of("Mo <3"), console).applied());
    assertEquals(Set.of(MO), store.chat(CHAT).blocked());
    ChangeOutcome unblocked = change.unblock(CHAT, MO, Optional.of("Mo <3"), console);
    assertEquals("Mo <3 can report again in this chat.", unblocked.text());
    assertTrue(unblocked.html().contains("Mo &lt;3"), unblocked.html());
    assertTrue(store.chat(CHAT).blocked().isEmpty());
  }
}
