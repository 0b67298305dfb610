package io.alita.postgres.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to open a connection to one PostgreSQL database. Built by {@link DatabaseUrl#parse(String)} from
 * {@code DATABASE_URL}, or from the {@code PSQL_DB_*} variables.
 *
 * <p>The password is a component (the driver needs it) but never leaves this record in text form: {@link #jdbcUrl()}
 * carries no credentials, and {@link #toString()} and {@link #redacted()} print {@code ***} in its place, so a settings
 * object can be logged as is.
 *
 * @param host            host name or IP address; an IPv6 address without brackets (e.g. {@code ::1})
 * @param port            1 to 65535
 * @param database        database name, already percent-decoded
 * @param user            role name, already percent-decoded
 * @param password        password, already percent-decoded; empty when the URL had none
 * @param sslMode         TLS negotiation
 * @param connectTimeout  socket connect timeout, whole seconds from 0 (wait forever, as libpq) to 3600
 * @param applicationName shown in {@code pg_stat_activity}; 1 to 63 printable ASCII characters
 */
public record ConnectionSettings(
    String host,
    int port,
    String database,
    String user,
    String password,
    SslMode sslMode,
    Duration connectTimeout,
    String applicationName) {

  /** PostgreSQL's port when a URL names none. */
  public static final int DEFAULT_PORT = 5432;
  /** pgjdbc's own default connect timeout, made explicit so it shows in the JDBC URL. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Longest connect timeout accepted, in seconds. */
  public static final int MAX_CONNECT_TIMEOUT_SECONDS = 3600;
  /** What {@code pg_stat_activity.application_name} shows for the bot's connections. */
  public static final String DEFAULT_APPLICATION_NAME = "alita";
  /** PostgreSQL truncates application names to NAMEDATALEN - 1 bytes. */
  public static final int MAX_APPLICATION_NAME_LENGTH = 63;

  /** Validates every component; messages never contain the password. */
  public ConnectionSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(sslMode, "sslMode");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(applicationName, "applicationName");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not a number from 1 to 65535");
    }
    if (database.isEmpty()) {
      throw new IllegalArgumentException("database name must not be empty");
    }
    if (user.isEmpty()) {
      throw new IllegalArgumentException("user name must not be empty");
    }
    if (connectTimeout.isNegative() || connectTimeout.getSeconds() > MAX_CONNECT_TIMEOUT_SECONDS
        || connectTimeout.getNano() != 0) {
      throw new IllegalArgumentException(
          "connect timeout must be whole seconds from 0 to " + MAX_CONNECT_TIMEOUT_SECONDS);
    }
    if (!isValidApplicationName(applicationName)) {
      throw new IllegalArgumentException(
          "application name must be 1 to " + MAX_APPLICATION_NAME_LENGTH + " printable ASCII characters");
    }
  }

  /** Settings with the default connect timeout and application name. */
  public static ConnectionSettings of(
      String host, int port, String database, String user, String password, SslMode sslMode) {
    return new ConnectionSettings(
        host, port, database, user, password, sslMode, DEFAULT_CONNECT_TIMEOUT, DEFAULT_APPLICATION_NAME);
  }

  static boolean isValidApplicationName(String name) {
    if (name.isEmpty() || name.length() > MAX_APPLICATION_NAME_LENGTH) {
      return false;
    }
    return name.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
  }

  /**
   * The pgjdbc URL, for example {@code jdbc:postgresql://db:5432/alita?sslmode=require&connectTimeout=10&ApplicationName=alita}.
   * It holds every non-secret connection property, so it can be used on its own; user and password are passed
   * separately and never appear in it.
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + hostAndPort() + "/" + PercentEncoding.encode(database)
        + "?sslmode=" + sslMode.pgjdbcValue()
        + "&connectTimeout=" + connectTimeout.getSeconds()
        + "&ApplicationName=" + PercentEncoding.encode(applicationName);
  }

  /**
   * The settings in {@code DATABASE_URL} form with the password replaced by {@code ***}, for logs and messages:
   * {@code postgres://alita:***@db:5432/alita?sslmode=disable}. Parameters at their defaults are left out
   * (no {@code sslmode} means prefer).
   */
  public String redacted() {
    List<String> params = new ArrayList<>();
    if (sslMode != SslMode.PREFER) {
      params.add("sslmode=" + sslMode.pgjdbcValue());
    }
    if (!connectTimeout.equals(DEFAULT_CONNECT_TIMEOUT)) {
      params.add("connect_timeout=" + connectTimeout.getSeconds());
    }
    if (!applicationName.equals(DEFAULT_APPLICATION_NAME)) {
      params.add("application_name=" + PercentEncoding.encode(applicationName));
    }
    return "postgres://" + PercentEncoding.encode(user) + (password.isEmpty() ? "" : ":***")
        + "@" + hostAndPort() + "/" + PercentEncoding.encode(database)
        + (params.isEmpty() ? "" : "?" + String.join("&", params));
  }

  /** Host and port as written in a URL: IPv6 addresses get their brackets back. */
  public String hostAndPort() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  /** Same as {@link #redacted()}: safe to log. */
  @Override
  public String toString() {
    return redacted();
  }

  /** A copy with another port. */
  public ConnectionSettings withPort(int newPort) {
    return new ConnectionSettings(host, newPort, database, user, password, sslMode, connectTimeout, applicationName);
  }

  /** A copy pointing at another database on the same server. */
  public ConnectionSettings withDatabase(String newDatabase) {
    return new ConnectionSettings(host, port, newDatabase, user, password, sslMode, connectTimeout, applicationName);
  }

  /** A copy with other credentials. */
  public ConnectionSettings withCredentials(String newUser, String newPassword) {
    return new ConnectionSettings(host, port, database, newUser, newPassword, sslMode, connectTimeout, applicationName);
  }

  /** A copy with another TLS mode. */
  public ConnectionSettings withSslMode(SslMode newSslMode) {
    return new ConnectionSettings(host, port, database, user, password, newSslMode, connectTimeout, applicationName);
  }
}
