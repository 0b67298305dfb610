package io.alita.postgres.mybatis;

import io.alita.domain.dispatch.StoreUnavailable;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.postgresql.util.PSQLException;

/**
 * Tells a database that cannot be reached from every other failure, so that stores throw the domain's
 * {@link StoreUnavailable} for the first (the event is tried again later) and let the second through unchanged (a
 * failure of the stage that called the store). A failure is "unreachable" when anything in its cause chain is
 *
 * <ul>
 *   <li>a {@link SQLTransientConnectionException} (Hikari's "connection is not available, request timed out");
 *   <li>an {@link SQLException} whose SQLState is a connection exception (class {@code 08}), an operator or crash
 *       shutdown or a server not accepting connections yet ({@code 57P01}, {@code 57P02}, {@code 57P03}), or too many
 *       connections ({@code 53300});
 *   <li>a pgjdbc {@link PSQLException} caused by an {@link IOException} (a socket closed under it, an EOF).
 * </ul>
 *
 * A constraint violation, a syntax error, a serialization failure or a statement timeout is not: the database
 * answered.
 */
public final class Unreachable {

  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private Unreachable() {}

  /** True when {@code failure} means the database could not be reached (see the class comment). */
  public static boolean is(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof StoreUnavailable || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof PSQLException && t.getCause() instanceof IOException) {
        return true;
      }
      if (t instanceof SQLException sql && unreachableState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code failure} as a store should throw it: a {@link StoreUnavailable} (with {@code failure} as its cause) when
   * the database could not be reached, {@code failure} itself otherwise (a {@link StoreUnavailable} stays as it is).
   */
  public static RuntimeException translate(RuntimeException failure) {
    java.util.Objects.requireNonNull(failure, "failure");
    if (failure instanceof StoreUnavailable || !is(failure)) {
      return failure;
    }
    return new StoreUnavailable("the database cannot be reached: " + rootMessage(failure), failure);
  }

  private static boolean unreachableState(String state) {
    return state != null && (state.startsWith("08") || STATES.contains(state));
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    while (root.getCause() != null && seen.put(root, Boolean.TRUE) == null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
