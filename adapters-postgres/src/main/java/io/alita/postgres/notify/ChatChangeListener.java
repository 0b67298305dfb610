package io.alita.postgres.notify;

import io.alita.domain.cache.ChatChanges;
import io.alita.domain.model.ChatId;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.connect.ConnectionOpener;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears which chat's settings changed in the database ({@code LISTEN alita_chat_changed}; the triggers send the chat id
 * on commit) and tells {@link ChatChanges}, so a change saved by another process reaches this one's caches at once.
 *
 * <p><b>Its own connection.</b> The listener holds one connection opened straight with the driver, outside the pool,
 * for the life of the process: a pooled connection held forever would shrink the pool by one (and starve a pool of
 * size 1), show as permanently "active" in the pool metrics, and be recycled by the pool's lifetime rules. So the
 * process uses one connection more than {@code DB_MAX_OPEN_CONNS}. It shows as {@code alita-listener} in
 * {@code pg_stat_activity}.
 *
 * <p><b>Losing it.</b> Notifications sent while the connection is down are lost for good. On a failure the listener
 * reconnects (waiting {@link #FIRST_RETRY}, doubling up to {@link #MAX_RETRY}) and then tells
 * {@link ChatChanges#everythingChanged()}, after it listens again, so nothing changed in between is kept stale. A
 * connection that silently died (no reset from the network) is found by a check after {@link #CHECK_AFTER_QUIET}
 * without notifications.
 *
 * <p>Never throws into its caller: problems are logged in one line. {@link #close()} stops it.
 */
public final class ChatChangeListener implements AutoCloseable {

  /** The channel the triggers notify; the payload is the chat id in decimal. */
  public static final String CHANNEL = "alita_chat_changed";
  /** What {@code pg_stat_activity.application_name} shows for the listener's connection. */
  public static final String APPLICATION_NAME = "alita-listener";
  static final Duration FIRST_RETRY = Duration.ofMillis(500);
  static final Duration MAX_RETRY = Duration.ofSeconds(30);
  static final Duration CHECK_AFTER_QUIET = Duration.ofSeconds(30);
  /** How long one wait for notifications lasts; bounds how long {@link #close()} takes. */
  private static final int POLL_MILLIS = 250;
  private static final int VALIDATION_TIMEOUT_SECONDS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(ChatChangeListener.class);

  private final ConnectionOpener opener;
  private final ConnectionSettings settings;
  private final ChatChanges changes;
  private final Duration firstRetry;
  private final Duration maxRetry;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;
  /** Written by the starting thread before the listener thread starts, then only by the listener thread. */
  private volatile Connection connection;
  private volatile int backendPid = -1;

  private ChatChangeListener(ConnectionOpener opener, ConnectionSettings settings, ChatChanges changes,
      Duration firstRetry, Duration maxRetry) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.settings = withApplicationName(Objects.requireNonNull(settings, "settings"));
    this.changes = Objects.requireNonNull(changes, "changes");
    this.firstRetry = firstRetry;
    this.maxRetry = maxRetry;
    this.thread = new Thread(this::run, "alita-chat-changes");
    this.thread.setDaemon(true);
  }

  /**
   * Connects, listens and starts the listener's thread. When this returns with the database reachable, every change
   * committed from now on is delivered. When it is not reachable, the listener keeps trying in the background (and
   * tells {@link ChatChanges#everythingChanged()} once it listens).
   *
   * @param opener   opens the listener's own connection (in production {@link ConnectionOpener#pgjdbc()})
   * @param settings the database; its application name is replaced by {@link #APPLICATION_NAME}
   * @param changes  told of every change, on the listener's thread
   */
  public static ChatChangeListener start(ConnectionOpener opener, ConnectionSettings settings, ChatChanges changes) {
    return start(opener, settings, changes, FIRST_RETRY, MAX_RETRY);
  }

  /** As {@link #start(ConnectionOpener, ConnectionSettings, ChatChanges)}, with its own reconnection delays. */
  static ChatChangeListener start(ConnectionOpener opener, ConnectionSettings settings, ChatChanges changes,
      Duration firstRetry, Duration maxRetry) {
    ChatChangeListener listener = new ChatChangeListener(opener, settings, changes, firstRetry, maxRetry);
    try {
      listener.listen();
      LOG.info("Listening for settings changes (channel {})", CHANNEL);
    } catch (SQLException e) {
      LOG.warn("Cannot listen for settings changes yet ({}); retrying in the background", e.getMessage());
    }
    listener.thread.start();
    return listener;
  }

  /** The server process id of the listening connection, -1 while there is none; for diagnostics and tests. */
  public int backendPid() {
    return backendPid;
  }

  /** Whether the listener currently holds a listening connection. */
  public boolean listening() {
    return connection != null;
  }

  private void listen() throws SQLException {
    Connection c = opener.open(settings);
    try (Statement st = c.createStatement()) {
      st.execute("LISTEN " + CHANNEL);
      backendPid = c.unwrap(PGConnection.class).getBackendPID();
      connection = c;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private void run() {
    long quietSince = System.nanoTime();
    while (!stopping()) {
      if (connection == null) {
        if (!reconnect()) {
          break;
        }
        quietSince = System.nanoTime();
      }
      try {
        PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
        if (received != null && received.length > 0) {
          deliver(received);
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince > CHECK_AFTER_QUIET.toNanos()) {
          if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
            throw new SQLException("the connection stopped answering");
          }
          quietSince = System.nanoTime();
        }
      } catch (SQLException e) {
        if (stopping()) {
          break;
        }
        LOG.warn("Lost the connection that listens for settings changes ({}); reconnecting", e.getMessage());
        drop();
      }
    }
    drop();
  }

  /**
   * Connects again, waiting longer after each failure, then tells that everything may have changed.
   *
   * @return false when the listener was closed meanwhile
   */
  private boolean reconnect() {
    Duration delay = firstRetry;
    while (true) {
      if (await(delay)) {
        return false;
      }
      try {
        listen();
        LOG.info("Listening for settings changes again; cached settings are read afresh");
        notifyEverything();
        return true;
      } catch (SQLException e) {
        Duration next = delay.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : delay.multipliedBy(2);
        LOG.warn("Cannot listen for settings changes ({}); next try in {} ms", e.getMessage(), next.toMillis());
        delay = next;
      }
    }
  }

  private void deliver(PGNotification[] received) {
    for (PGNotification n : received) {
      if (!CHANNEL.equals(n.getName())) {
        continue;
      }
      long chat;
      try {
        chat = Long.parseLong(n.getParameter().trim());
      } catch (NumberFormatException e) {
        LOG.debug("Ignoring a {} notification without a chat id: '{}'", CHANNEL, n.getParameter());
        continue;
      }
      try {
        changes.chatChanged(ChatId.of(chat));
      } catch (RuntimeException e) {
        LOG.warn("Could not forget the cached settings of chat {}: {}", chat, e.toString());
      }
    }
  }

  private void notifyEverything() {
    try {
      changes.everythingChanged();
    } catch (RuntimeException e) {
      LOG.warn("Could not forget the cached settings: {}", e.toString());
    }
  }

  /** Waits {@code delay}; true when the listener is being closed. */
  private boolean await(Duration delay) {
    try {
      return stop.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private boolean stopping() {
    return stop.getCount() == 0;
  }

  private void drop() {
    Connection c = connection;
    connection = null;
    backendPid = -1;
    if (c != null) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException | RuntimeException ignored) {
      // the connection is gone either way
    }
  }

  private static ConnectionSettings withApplicationName(ConnectionSettings s) {
    return new ConnectionSettings(s.host(), s.port(), s.database(), s.user(), s.password(), s.sslMode(),
        s.connectTimeout(), APPLICATION_NAME);
  }

  /** Stops listening and closes the connection; returns within about a second. */
  @Override
  public void close() {
    stop.countDown();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("The settings-change listener did not stop in time");
    }
  }
}
