package io.alita.web.chats;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.List;

/**
 * Several settings sent in one form (captcha, warns), applied all or none: every field is checked first, and when
 * any is refused nothing is written and every refusal is shown; otherwise all are written in one transaction. See
 * docs/decisions/0017.
 *
 * <p>The check runs the use cases with a commit that never runs its change: each answers refused (with the bot's
 * reason) or "not applied now" without touching the database. The use cases check what was typed before they commit,
 * so the second, real run decides the same way.
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

  private static final Commit CHECK_ONLY = change -> false;

  private AllOrNothing() {}

  static Result apply(List<Field> fields, Changes changes, Actor actor) {
    List<String> refusals = fields.stream().map(f -> f.apply(CHECK_ONLY)).filter(ChangeOutcome::refused)
        .map(ChangeOutcome::text).toList();
    if (!refusals.isEmpty()) {
      return new Result(refusals, List.of());
    }
    // One transaction for all of them; the inner commit runs each change in it (Changes.as joins it).
    Commit inline = change -> {
      change.run();
      return true;
    };
    List<String> confirmations = changes.as(actor, () -> fields.stream().map(f -> f.apply(inline))
        .map(ChangeOutcome::text).toList());
    return new Result(List.of(), confirmations);
  }
}
