package io.alita.postgres.migration;

import io.alita.postgres.migration.SqlScript.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a Flyway failure into one line a person can act on:
 * {@code Migration 20240301000000_bad.sql failed at line 7 (statement 3): CREATE TABLE broken (...: ERROR: relation
 * "x" does not exist}.
 *
 * <p>Flyway reports the failing statement's text and first line ({@link FlywaySqlScriptException}); the statement
 * number is counted here over the file as written. The cleaner keeps line numbers, so the line is the file's own.
 */
final class FailureMessage {

  private static final int PREVIEW = 100;

  private FailureMessage() {}

  /**
   * @param byName the migrations of this run, to locate the statement in the file
   * @param nextPending the file Flyway was about to apply, named when Flyway's error does not say which file failed
   */
  static String of(FlywayException e, Map<String, PreparedMigration> byName, String nextPending) {
    FlywayMigrateException migrate = find(e, FlywayMigrateException.class);
    FlywaySqlScriptException script = find(e, FlywaySqlScriptException.class);
    SQLException sql = find(e, SQLException.class);
    String file = migrate != null && migrate.getMigration() != null ? migrate.getMigration().getScript() : null;
    if (file == null && script != null && script.getResource() != null) {
      file = script.getResource().getFilename();
    }
    if (file == null) {
      file = nextPending;
    }
    String cause = sql != null ? postgresMessage(sql) : HistoryTable.firstLine(e.getMessage());
    if (file == null) {
      return "Migration failed: " + cause;
    }
    PreparedMigration migration = byName.get(file);
    if (script == null || migration == null || script.getLineNumber() <= 0) {
      return "Migration " + file + " failed: " + cause;
    }
    SqlScript original = SqlScript.parse(migration.file().sql());
    int index = statementIndex(original.statements(), script.getLineNumber(), script.getStatement());
    if (index < 0) {
      return "Migration " + file + " failed at line " + script.getLineNumber() + ": " + cause;
    }
    Statement st = original.statements().get(index);
    return "Migration " + file + " failed at line " + st.startLine() + " (statement " + (index + 1) + "): "
        + preview(original.text(), st) + ": " + cause;
  }

  /** The statement Flyway reported at {@code line}; when several start on that line, the one with Flyway's text. */
  static int statementIndex(List<Statement> statements, int line, String flywayText) {
    String wanted = null;
    if (flywayText != null) {
      List<Statement> parsed = SqlScript.parse(flywayText).statements();
      wanted = parsed.isEmpty() ? null : SqlScript.normalized(parsed.get(0));
    }
    int firstOnLine = -1;
    int lastBefore = -1;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.startLine() == line) {
        if (firstOnLine < 0) {
          firstOnLine = i;
        }
        if (wanted != null && wanted.equals(SqlScript.normalized(s))) {
          return i;
        }
      } else if (s.startLine() < line) {
        lastBefore = i;
      }
    }
    return firstOnLine >= 0 ? firstOnLine : lastBefore;
  }

  /** The statement's first line without its semicolon, with "..." when the statement goes on. */
  static String preview(String text, Statement st) {
    int eol = text.indexOf('\n', st.start());
    int stop = eol < 0 || eol > st.end() ? st.end() : eol;
    String first = text.substring(st.start(), stop).strip();
    boolean more = stop < st.end() && !text.substring(stop, st.end()).isBlank();
    if (first.endsWith(";")) {
      first = first.substring(0, first.length() - 1).stripTrailing();
    }
    if (first.length() > PREVIEW) {
      first = first.substring(0, PREVIEW);
      more = true;
    }
    return more ? first + "..." : first;
  }

  private static String postgresMessage(SQLException e) {
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      ServerErrorMessage m = p.getServerErrorMessage();
      String detail = m.getDetail() == null ? "" : " (" + m.getDetail() + ")";
      return (m.getSeverity() == null ? "ERROR" : m.getSeverity()) + ": " + m.getMessage() + detail;
    }
    return HistoryTable.firstLine(e.getMessage());
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
