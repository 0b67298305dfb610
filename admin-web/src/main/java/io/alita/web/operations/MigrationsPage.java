package io.alita.web.operations;

import io.alita.domain.console.ConsoleSession;
import io.alita.domain.operations.DatabaseStatusPort;
import io.alita.domain.operations.MigrationOverview;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.alita.web.Pages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /migrations}: the schema's state for operators, read-only. Every applied migration (newest first) with
 * when it ran and whether its file still matches, the files not applied yet, and for a modified or failed migration a
 * banner saying what to do (README "Troubleshooting"). Owners, team and the operator login see it; group admins do
 * not ({@link Guard#operations}).
 */
public final class MigrationsPage implements PageGroup {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationsPage.class);
  private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final DatabaseStatusPort database;

  public MigrationsPage(DatabaseStatusPort database) {
    this.database = database;
  }

  /** One applied migration as the table shows it; {@code problem} rows are highlighted. */
  public record Row(String file, String appliedAt, String state, String note, boolean problem) {}

  /** What to do about one migration that needs attention. */
  public record Advice(String file, String what, String todo) {}

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    cfg.routes.get("/migrations", guard.operations(this::show));
  }

  private void show(Context ctx, ConsoleSession session) {
    Map<String, Object> model = new HashMap<>();
    MigrationOverview overview;
    try {
      overview = database.migrations();
    } catch (RuntimeException e) {
      LOG.warn("Console: the migration status could not be read: {}", e.getMessage());
      model.put("unavailable", true);
      model.put("rows", List.of());
      model.put("pending", List.of());
      model.put("advice", List.of());
      ctx.status(503);
      Pages.render(ctx, "migrations.html", session, model);
      return;
    }
    List<Row> rows = new ArrayList<>();
    List<Advice> advice = new ArrayList<>();
    for (MigrationOverview.Applied a : overview.applied()) {
      rows.add(row(a));
      advice(a).ifPresent(advice::add);
    }
    model.put("unavailable", false);
    model.put("rows", rows);
    model.put("pending", overview.pending());
    model.put("advice", advice);
    model.put("current", overview.isCurrent());
    Pages.render(ctx, "migrations.html", session, model);
  }

  private static Row row(MigrationOverview.Applied a) {
    String at = a.executedAt() == null ? "" : APPLIED_AT.format(a.executedAt());
    return switch (a.state()) {
      case OK -> new Row(a.file(), at, "OK", "", false);
      case MODIFIED -> new Row(a.file(), at, "MODIFIED", "changed after it was applied", true);
      case FAILED -> new Row(a.file(), at, "FAILED", "recorded as a failed attempt", true);
      case MISSING_FILE -> new Row(a.file(), at, "MISSING_FILE",
          "applied, but the file is no longer among the migration files (harmless)", false);
    };
  }

  private static Optional<Advice> advice(MigrationOverview.Applied a) {
    return switch (a.state()) {
      case MODIFIED -> Optional.of(new Advice(a.file(), "was changed after it was applied.",
          "Migrations are immutable: put the file back as it was when it was applied (from version control) and make "
              + "the change in a new migration file. Until then, migrating at startup refuses to run (with "
              + "AUTO_MIGRATE_SILENT_FAIL=true it only warns)."));
      case FAILED -> Optional.of(new Advice(a.file(), "is recorded as a failed attempt.",
          "Undo what it left half done, delete its row (DELETE FROM schema_migrations WHERE script = '" + a.file()
              + "' AND NOT success), then apply it with `java -jar alita.jar migrate`; or, when its changes are "
              + "already complete, record it with `java -jar alita.jar mark-applied " + a.file() + "`."));
      case OK, MISSING_FILE -> Optional.empty();
    };
  }
}
