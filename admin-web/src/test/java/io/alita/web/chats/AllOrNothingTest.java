package io.alita.web.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AllOrNothingTest {

  static final Actor ANN = Actor.console(UserId.of(1), "Ann");

  /** Records the transactions it was asked to run and who ran them. */
  static final class RecordingChanges implements Changes {
    final List<Actor> transactions = new ArrayList<>();

    @Override
    public <T> T as(Actor actor, Supplier<T> change) {
      transactions.add(actor);
      return change.get();
    }
  }

  /** A field as the use cases behave: checks first, then commits and confirms. */
  static AllOrNothing.Field field(boolean valid, String name, List<String> written) {
    return commit -> {
      if (!valid) {
        return ChangeOutcome.refused("<b>" + name + "</b> is wrong");
      }
      commit.run(() -> written.add(name));
      return ChangeOutcome.applied(name + " set");
    };
  }

  @Test
  void oneRefusedFieldWritesNothingAndEveryRefusalIsReported() {
    List<String> written = new ArrayList<>();
    RecordingChanges changes = new RecordingChanges();
    AllOrNothing.Result result = AllOrNothing.apply(List.of(field(true, "mode", written),
        field(false, "timeout", written), field(false, "attempts", written)), changes, ANN);
    assertTrue(result.refused());
    assertEquals(List.of("timeout is wrong", "attempts is wrong"), result.refusals());
    assertEquals(List.of(), written);
    assertEquals(List.of(), changes.transactions);
  }

  @Test
  void validFieldsAreWrittenInOneTransactionAsTheUser() {
    List<String> written = new ArrayList<>();
    RecordingChanges changes = new RecordingChanges();
    AllOrNothing.Result result = AllOrNothing.apply(List.of(field(true, "mode", written),
        field(true, "timeout", written)), changes, ANN);
    assertEquals(List.of("mode set", "timeout set"), result.confirmations());
    assertEquals(List.of("mode", "timeout"), written);
    assertEquals(List.of(ANN), changes.transactions);
  }

  @Test
  void theCheckRunsNoChange() {
    List<Commit> seen = new ArrayList<>();
    List<String> written = new ArrayList<>();
    AllOrNothing.apply(List.of(commit -> {
      seen.add(commit);
      return field(true, "x", written).apply(commit);
    }), new RecordingChanges(), ANN);
    assertEquals(2, seen.size(), "checked once, then applied");
    assertEquals(List.of("x"), written, "written once, by the second run");
  }
}
