package io.alita.domain.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ConfirmationStore} must do; run against the in-memory fake and PostgreSQL. */
public abstract class ConfirmationStoreContract {

  protected static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final ChatId CHAT = ChatId.of(-1001234567890L);

  protected abstract ConfirmationStore store();

  private static Confirmation question(String token, String payload, Instant expires) {
    return new Confirmation(token, CHAT, "cf_test", payload, UserId.of(42), expires);
  }

  @Test
  void aSavedQuestionIsFoundWithWhatItCarries() {
    String text = "Line one\nwith <b>markup</b> & ünïcödé, \"quotes\" and 'apostrophes'";
    store().save(question("tok-found", text, NOW.plusSeconds(600)));
    Confirmation found = store().find("tok-found").orElseThrow();
    assertEquals(CHAT, found.chat());
    assertEquals("cf_test", found.dialog());
    assertEquals(text, found.payload());
    assertEquals(UserId.of(42), found.askedBy());
    assertEquals(NOW.plusSeconds(600), found.expires());
    assertTrue(store().find("tok-unknown").isEmpty());
  }

  @Test
  void aQuestionIsTakenOnce() {
    store().save(question("tok-once", "", NOW.plusSeconds(600)));
    assertTrue(store().take("tok-once"));
    assertFalse(store().take("tok-once"));
    assertTrue(store().find("tok-once").isEmpty());
  }

  @Test
  void twoPressesRacingTakeTheQuestionOnce() throws Exception {
    store().save(question("tok-race", "", NOW.plusSeconds(600)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> presses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        presses.add(() -> store().take("tok-race"));
      }
      int taken = 0;
      for (Future<Boolean> f : pool.invokeAll(presses, 30, TimeUnit.SECONDS)) {
        taken += f.get() ? 1 : 0;
      }
      assertEquals(1, taken);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void expiredQuestionsAreForgotten() {
    store().save(question("tok-old", "", NOW.minusSeconds(1)));
    store().save(question("tok-new", "", NOW.plusSeconds(600)));
    assertTrue(store().forgetExpired(NOW) >= 1);
    assertTrue(store().find("tok-old").isEmpty());
    assertTrue(store().find("tok-new").isPresent());
  }
}
