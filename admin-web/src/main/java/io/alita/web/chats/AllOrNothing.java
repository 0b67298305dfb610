package io.alita.web.chats;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several settings sent in one form (captcha, warns), applied all or none: every field is checked first, and when
 * any is refused nothing is written and every refusal is shown; otherwise all are written in one transaction. See
 * docs/decisions/0017.
 *
 * <p>The check runs the use cases with a commit that never runs its change: each either answers refused (with the
 * bot's reason) or reaches its commit, which stops it there without touching the database. The use cases check what
 * was typed before they commit, so the second, real run decides the same way.
 */
final class AllOrNothing {

  /** One field: a use case call waiting for the commit to use. */
  @FunctionalInterface
  interface Field {
    ChangeOutcome apply(Commit commit);
  }

  /**
   * @param refusals the bot's reasons, as plain text; empty when the change was applied
   * @param confirmations the bot's confirmations, as plain text; empty when refused
   */
  record Result(List<String> refusals, List<String> confirmations) {
    boolean refused() {
      return !refusals.isEmpty();
    }
  }

  /** A field's use case reached its commit: the value was accepted. Thrown by {@link #CHECK_ONLY}, never escapes. */
  private static final class WouldApply extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WouldApply() {
      super("the change would be applied", null, false, false);
    }
  }

  private static final Commit CHECK_ONLY = new Commit() {
    @Override
    public <T> T apply(Supplier<T> change) {
      throw new WouldApply();
    }
  };

  /** Inside the form's one transaction: each change runs in it (Changes.as joins it). */
  private static final Commit INLINE = new Commit() {
    @Override
    public <T> T apply(Supplier<T> change) {
      return change.get();
    }
  };

  private AllOrNothing() {}

  static Result apply(List<Field> fields, Changes changes, Actor actor) {
    List<String> refusals = new ArrayList<>();
    for (Field f : fields) {
      try {
        ChangeOutcome checked = f.apply(CHECK_ONLY);
        if (checked.refused()) {
          refusals.add(checked.text());
        }
      } catch (WouldApply accepted) {
        // valid: written in the second run
      }
    }
    if (!refusals.isEmpty()) {
      return new Result(refusals, List.of());
    }
    List<String> confirmations = changes.as(actor, () -> fields.stream().map(f -> f.apply(INLINE))
        .map(ChangeOutcome::text).toList());
    return new Result(List.of(), confirmations);
  }
}
