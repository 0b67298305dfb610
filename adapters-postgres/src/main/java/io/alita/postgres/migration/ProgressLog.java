package io.alita.postgres.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;

/**
 * Writes the seed's per-file lines ({@code Applying X...}, {@code Successfully applied X}) as Flyway works.
 *
 * <p>Flyway's after-each-migrate event fires inside the file's transaction, before the commit. "Successfully applied"
 * is therefore held back until the file is known to be committed: when the next file starts (Flyway commits each file
 * before beginning the next), when {@code migrate()} returns, or, after a failure, when the history says so.
 */
final class ProgressLog implements Callback {

  private static final Set<Event> EVENTS =
      Set.of(Event.BEFORE_EACH_MIGRATE, Event.AFTER_EACH_MIGRATE, Event.AFTER_EACH_MIGRATE_ERROR);

  private final Logger log;
  private final List<String> applied = new ArrayList<>();
  private String started;
  private String awaitingCommit;

  ProgressLog(Logger log) {
    this.log = log;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return EVENTS.contains(event);
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String script = context.getMigrationInfo() == null ? null : context.getMigrationInfo().getScript();
    switch (event) {
      case BEFORE_EACH_MIGRATE -> {
        confirm();
        started = script;
        log.info("[Migrations] Applying {}...", script);
      }
      case AFTER_EACH_MIGRATE -> awaitingCommit = script;
      case AFTER_EACH_MIGRATE_ERROR -> awaitingCommit = null;
      default -> { }
    }
  }

  @Override
  public String getCallbackName() {
    return "alita-migration-progress";
  }

  /** Call when {@code migrate()} returned normally: the last file is committed. */
  void finished() {
    confirm();
  }

  /** Call after {@code migrate()} failed: confirms the last finished file only if the history records it. */
  void failed(Predicate<String> recordedAsApplied) {
    if (awaitingCommit != null && recordedAsApplied.test(awaitingCommit)) {
      confirm();
    }
    awaitingCommit = null;
  }

  /** The file whose execution began most recently (the failing one after an error), or null. */
  String started() {
    return started;
  }

  /** Files applied and committed, in order. */
  List<String> applied() {
    return List.copyOf(applied);
  }

  private void confirm() {
    if (awaitingCommit != null) {
      log.info("[Migrations] Successfully applied {}", awaitingCommit);
      applied.add(awaitingCommit);
      awaitingCommit = null;
    }
  }
}
