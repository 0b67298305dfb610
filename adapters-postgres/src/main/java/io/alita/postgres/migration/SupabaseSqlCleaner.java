package io.alita.postgres.migration;

import io.alita.postgres.migration.SqlScript.Statement;
import io.alita.postgres.migration.SqlScript.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the Supabase-specific parts of a migration so that it runs on a plain PostgreSQL, the way the original bot's
 * runner and psql script did ("Auto-Cleaning" in the database guide).
 *
 * <p>What goes, statement by statement (only whole top-level statements are looked at, never text inside string
 * literals, dollar-quoted bodies or comments):
 * <ul>
 *   <li>{@code GRANT}/{@code REVOKE} whose grantees are Supabase roles ({@code anon}, {@code authenticated},
 *       {@code service_role}, and Supabase's own admin roles such as {@code supabase_admin}), quoted or not, on one
 *       line or many. When a statement also names other roles, only the Supabase roles are taken out of its list.
 *   <li>{@code ALTER DEFAULT PRIVILEGES ... GRANT/REVOKE ... TO/FROM} those roles, and any
 *       {@code ALTER DEFAULT PRIVILEGES FOR ROLE <supabase role>}.
 *   <li>{@code ALTER ... OWNER TO <supabase role>}. {@code OWNER TO postgres} stays: it is valid on any server where the
 *       migrating user is {@code postgres} or a superuser, while a Supabase-only role (e.g. {@code supabase_admin})
 *       exists nowhere else and would fail the whole file.
 *   <li>Row-level security: {@code CREATE/ALTER/DROP POLICY} and {@code ALTER TABLE ... ENABLE/DISABLE/[NO] FORCE ROW
 *       LEVEL SECURITY}. Policies name Supabase roles; enabling RLS without them would hide rows.
 *   <li>Supabase-only extensions (hypopg, index_advisor, pg_graphql, pg_stat_monitor, pgaudit, plv8, pgsodium,
 *       vault, wrappers, supabase_vault, pg_net, pgjwt): {@code CREATE EXTENSION} becomes
 *       {@code -- Skipped Supabase-specific extension: <name>}, and their {@code COMMENT ON EXTENSION} goes. Any other
 *       {@code CREATE EXTENSION} gets {@code IF NOT EXISTS}.
 *   <li>{@code [WITH] SCHEMA "extensions"} (Supabase's extensions schema) in {@code CREATE EXTENSION} becomes
 *       {@code SCHEMA public}. The original runner deleted the clause, leaving the extension to the search path; but a
 *       {@code pg_dump} file empties the search path at its top ({@code set_config('search_path', '', false)}), and
 *       the extension then has nowhere to go. {@code public} is where it would land on a normal search path.
 *   <li>Top-level transaction control: {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}. Each
 *       migration already runs in one transaction opened by the runner; an inner {@code COMMIT} would end it early and
 *       break the all-or-nothing guarantee. A top-level {@code ROLLBACK}/{@code ABORT} is refused outright (a file that
 *       undoes itself is a mistake). {@code ROLLBACK TO SAVEPOINT} is kept.
 * </ul>
 *
 * <p>Line numbers are preserved: a removed statement leaves its line breaks behind, so PostgreSQL errors and the
 * runner's "failed at line N" point at the line in the file as written.
 *
 * <p>Deliberately <em>not</em> done: the original Go runner's idempotency rewrites ({@code CREATE TABLE} → {@code CREATE
 * TABLE IF NOT EXISTS}, {@code ADD CONSTRAINT} wrapped to swallow {@code duplicate_object}, ...). Here every file runs
 * whole or not at all, so a file never meets its own half-applied leftovers; rewriting would only hide real mistakes
 * such as two migrations creating the same table.
 *
 * <p>The cleaned text is what runs and what the history checksum is computed over, so a change to this class's output
 * for an already-applied file shows up as "modified after it was applied"; keep the output stable.
 */
public final class SupabaseSqlCleaner {

  /** Roles that exist only on Supabase: statements granting to them or owned by them cannot run elsewhere. */
  static final Set<String> SUPABASE_ROLES = Set.of(
      "anon", "authenticated", "service_role", "authenticator", "dashboard_user",
      "supabase_admin", "supabase_auth_admin", "supabase_storage_admin", "supabase_functions_admin",
      "supabase_realtime_admin", "supabase_replication_admin", "supabase_read_only_user",
      "pgsodium_keyholder", "pgsodium_keyiduser", "pgsodium_keymaker");

  /** Extensions that exist only on Supabase. */
  static final Set<String> SUPABASE_EXTENSIONS = Set.of(
      "hypopg", "index_advisor", "pg_graphql", "pg_stat_monitor", "pgaudit", "plv8", "pgsodium", "vault", "wrappers",
      "supabase_vault", "pg_net", "pgjwt");

  private SupabaseSqlCleaner() {}

  /**
   * Returns {@code sql} without its Supabase-specific statements (see the class description).
   *
   * @throws IllegalArgumentException if the script contains a top-level {@code ROLLBACK} (the message names its line)
   */
  public static String clean(String sql) {
    SqlScript script = SqlScript.parse(sql);
    List<Statement> statements = script.statements();
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      boolean sharesLineWithNext = i + 1 < statements.size() && statements.get(i + 1).startLine() == s.endLine();
      edits.addAll(editsFor(script, s, sharesLineWithNext));
    }
    return apply(sql, edits);
  }

  private record Edit(int start, int end, String replacement) {}

  private static List<Edit> editsFor(SqlScript script, Statement s, boolean sharesLineWithNext) {
    if (isRefusedRollback(s)) {
      throw new IllegalArgumentException("top-level " + s.tokens().get(0).text().toUpperCase(Locale.ROOT)
          + " at line " + s.startLine() + ": a migration runs in one transaction and must not roll it back");
    }
    if (isTransactionControl(s) || isRowLevelSecurity(s) || isOwnedBySupabaseRole(s)) {
      return List.of(remove(script, s));
    }
    if (s.startsWith("CREATE", "EXTENSION")) {
      return createExtension(script, s, sharesLineWithNext);
    }
    if (s.startsWith("COMMENT", "ON", "EXTENSION") && s.tokens().size() > 3
        && SUPABASE_EXTENSIONS.contains(s.tokens().get(3).identifier())) {
      return List.of(remove(script, s));
    }
    if (s.startsWith("GRANT") || s.startsWith("REVOKE")) {
      return privileges(script, s, 0);
    }
    if (s.startsWith("ALTER", "DEFAULT", "PRIVILEGES")) {
      return defaultPrivileges(script, s);
    }
    return List.of();
  }

  private static boolean isRefusedRollback(Statement s) {
    if (!(s.startsWith("ROLLBACK") || s.startsWith("ABORT"))) {
      return false;
    }
    // ROLLBACK TO [SAVEPOINT] x undoes part of the transaction and is legitimate; ROLLBACK PREPARED fails on its own.
    return !(s.tokens().size() > 1 && (s.tokens().get(1).is("TO") || s.tokens().get(1).is("PREPARED")));
  }

  private static boolean isTransactionControl(Statement s) {
    if (s.startsWith("BEGIN") || s.startsWith("START", "TRANSACTION") || s.startsWith("END")) {
      return true;
    }
    // COMMIT PREPARED is two-phase commit, not the end of this transaction: leave it for PostgreSQL to reject.
    return s.startsWith("COMMIT") && !(s.tokens().size() > 1 && s.tokens().get(1).is("PREPARED"));
  }

  private static boolean isRowLevelSecurity(Statement s) {
    if (s.startsWith("CREATE", "POLICY") || s.startsWith("ALTER", "POLICY") || s.startsWith("DROP", "POLICY")) {
      return true;
    }
    // Only a statement whose sole action is the RLS switch; a multi-action ALTER TABLE is left alone.
    return s.startsWith("ALTER", "TABLE") && s.endsWith("ROW", "LEVEL", "SECURITY")
        && s.tokens().stream().noneMatch(t -> t.isSymbol(','));
  }

  private static boolean isOwnedBySupabaseRole(Statement s) {
    List<Token> t = s.tokens();
    int n = t.size();
    return s.startsWith("ALTER") && n >= 3 && t.get(n - 3).is("OWNER") && t.get(n - 2).is("TO")
        && isSupabaseRole(t.get(n - 1));
  }

  private static boolean isSupabaseRole(Token t) {
    return (t.kind() == SqlScript.Kind.WORD || t.kind() == SqlScript.Kind.QUOTED_IDENTIFIER)
        && SUPABASE_ROLES.contains(t.identifier());
  }

  /** {@code CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]}. */
  private static List<Edit> createExtension(SqlScript script, Statement s, boolean sharesLineWithNext) {
    List<Token> t = s.tokens();
    boolean ifNotExists = s.startsWith("CREATE", "EXTENSION", "IF", "NOT", "EXISTS");
    int nameIndex = ifNotExists ? 5 : 2;
    if (t.size() <= nameIndex) {
      return List.of();
    }
    String name = t.get(nameIndex).identifier();
    if (SUPABASE_EXTENSIONS.contains(name)) {
      String note = "Skipped Supabase-specific extension: " + name;
      // A line comment would swallow a statement that follows on the same line; a block comment cannot.
      String marker = sharesLineWithNext ? "/* " + note + " */" : "-- " + note;
      return List.of(new Edit(s.start(), s.end(), marker + lineBreaksIn(script.text(), s.start(), s.end())));
    }
    List<Edit> edits = new ArrayList<>();
    if (!ifNotExists) {
      edits.add(new Edit(t.get(1).end(), t.get(1).end(), " IF NOT EXISTS"));
    }
    int schema = s.indexOfTopLevel("SCHEMA", nameIndex + 1);
    if (schema > 0 && schema + 1 < t.size() && t.get(schema + 1).identifier().equals("extensions")) {
      // Not simply dropped: pg_dump output clears the search path first, and an extension without a schema then has
      // nowhere to go ("no schema has been selected to create in"). public is where it lands on a normal search path.
      Token schemaName = t.get(schema + 1);
      edits.add(new Edit(schemaName.start(), schemaName.end(), "public"));
    }
    return edits;
  }

  private static List<Edit> defaultPrivileges(SqlScript script, Statement s) {
    List<Token> t = s.tokens();
    int action = firstIndex(s, 3, "GRANT", "REVOKE");
    if (action < 0) {
      return List.of();
    }
    // FOR ROLE/USER names the role whose future objects get the privileges: a Supabase role there does not exist here.
    for (int i = 3; i < action; i++) {
      if (isSupabaseRole(t.get(i))) {
        return List.of(remove(script, s));
      }
    }
    return privileges(script, s, action);
  }

  /**
   * {@code GRANT ... TO grantees} / {@code REVOKE ... FROM grantees} starting at token {@code action}: drops the whole
   * statement when every grantee is a Supabase role, otherwise only those roles from the list.
   */
  private static List<Edit> privileges(SqlScript script, Statement s, int action) {
    List<Token> t = s.tokens();
    boolean grant = t.get(action).is("GRANT");
    int to = s.indexOfTopLevel(grant ? "TO" : "FROM", action + 1);
    if (to < 0) {
      return List.of();
    }
    int on = s.indexOfTopLevel("ON", action + 1);
    boolean roleMembership = on < 0 || on > to;
    if (roleMembership) {
      // GRANT anon TO authenticator: granting a Supabase role itself can only fail here.
      for (int i = action + 1; i < to; i++) {
        if (isSupabaseRole(t.get(i))) {
          return List.of(remove(script, s));
        }
      }
    }
    int listEnd = t.size();
    for (int i = to + 1; i < t.size(); i++) {
      if (t.get(i).is("WITH") || t.get(i).is("GRANTED") || t.get(i).is("CASCADE") || t.get(i).is("RESTRICT")) {
        listEnd = i;
        break;
      }
    }
    int grantedBy = s.indexOfTopLevel("GRANTED", to + 1);
    if (grantedBy > 0 && grantedBy + 2 < t.size() && isSupabaseRole(t.get(grantedBy + 2))) {
      // GRANTED BY a Supabase role: the grantor does not exist here.
      return List.of(remove(script, s));
    }
    List<List<Token>> grantees = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = to + 1; i <= listEnd; i++) {
      if (i == listEnd || t.get(i).isSymbol(',')) {
        if (!current.isEmpty()) {
          grantees.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(t.get(i)); // a role, or GROUP role
      }
    }
    List<List<Token>> kept = grantees.stream().filter(g -> !isSupabaseRole(g.get(g.size() - 1))).toList();
    if (kept.size() == grantees.size()) {
      return List.of();
    }
    if (kept.isEmpty()) {
      return List.of(remove(script, s));
    }
    int listStart = t.get(to + 1).start();
    int listStop = t.get(listEnd - 1).end();
    StringBuilder list = new StringBuilder();
    for (List<Token> g : kept) {
      if (!list.isEmpty()) {
        list.append(", ");
      }
      list.append(script.text(), g.get(0).start(), g.get(g.size() - 1).end());
    }
    list.append(lineBreaksIn(script.text(), listStart, listStop));
    return List.of(new Edit(listStart, listStop, list.toString()));
  }

  private static int firstIndex(Statement s, int from, String... words) {
    for (int i = from; i < s.tokens().size(); i++) {
      for (String w : words) {
        if (s.tokens().get(i).is(w)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Edit remove(SqlScript script, Statement s) {
    return new Edit(s.start(), s.end(), lineBreaksIn(script.text(), s.start(), s.end()));
  }

  /** The line breaks in {@code text[start, end)}, so a removal keeps every later line where it was. */
  private static String lineBreaksIn(String text, int start, int end) {
    return "\n".repeat((int) text.substring(start, end).chars().filter(c -> c == '\n').count());
  }

  private static String apply(String sql, List<Edit> edits) {
    if (edits.isEmpty()) {
      return sql;
    }
    List<Edit> ordered = new ArrayList<>(edits);
    ordered.sort(Comparator.comparingInt(Edit::start));
    StringBuilder out = new StringBuilder(sql.length());
    int at = 0;
    for (Edit e : ordered) {
      out.append(sql, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(sql, at, sql.length()).toString();
  }
}
