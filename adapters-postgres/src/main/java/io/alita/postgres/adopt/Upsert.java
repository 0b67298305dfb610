package io.alita.postgres.adopt;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One target table's upsert, keyed on its natural key. The SQL is built from the column names below (constants of this
 * package), never from values: every value is a {@code ?} parameter. An existing row is only updated when a value
 * differs, so a second adoption writes nothing and the audit log and NOTIFY triggers stay quiet.
 */
record Upsert(String table, List<Col> columns) {

  /**
   * A column of the insert.
   *
   * @param placeholder the SQL expression holding the {@code ?}, e.g. {@code ?::jsonb}
   * @param key part of the natural key (the ON CONFLICT target)
   * @param insertOnly written when the row is created, left alone on a later run (timestamps)
   */
  record Col(String name, String placeholder, boolean key, boolean insertOnly) {}

  static Col key(String name) {
    return new Col(name, "?", true, false);
  }

  /** A key stored lowercase (note names, filter keywords, blacklisted words): PostgreSQL's lower(), as the CHECKs use. */
  static Col lowerKey(String name) {
    return new Col(name, "lower(?)", true, false);
  }

  static Col val(String name) {
    return new Col(name, "?", false, false);
  }

  static Col val(String name, String placeholder) {
    return new Col(name, placeholder, false, false);
  }

  /** A timestamp: the Go row's when it has one, else now(); set on insert only. */
  static Col stamp(String name) {
    return new Col(name, "COALESCE(?::timestamptz, now())", false, true);
  }

  /** A value written on insert only (a chat's kind, which the bot keeps up to date afterwards). */
  static Col insertOnly(String name) {
    return new Col(name, "?", false, true);
  }

  static Upsert of(String table, Col... columns) {
    return new Upsert(table, List.of(columns));
  }

  String sql() {
    String names = columns.stream().map(Col::name).collect(Collectors.joining(", "));
    String values = columns.stream().map(Col::placeholder).collect(Collectors.joining(", "));
    String keys = columns.stream().filter(Col::key).map(Col::name).collect(Collectors.joining(", "));
    List<String> updated = columns.stream().filter(c -> !c.key() && !c.insertOnly()).map(Col::name).toList();
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" AS t (").append(names)
        .append(") VALUES (").append(values).append(") ON CONFLICT (").append(keys).append(") DO ");
    if (updated.isEmpty()) {
      return sql.append("NOTHING").toString();
    }
    sql.append("UPDATE SET ")
        .append(updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")))
        .append(" WHERE ROW(").append(updated.stream().map(c -> "t." + c).collect(Collectors.joining(", ")))
        .append(") IS DISTINCT FROM ROW(")
        .append(updated.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", "))).append(')');
    return sql.toString();
  }
}
