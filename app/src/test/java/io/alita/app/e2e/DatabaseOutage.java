package io.alita.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the test PostgreSQL that can take the database away: {@link #stop()} cuts every open
 * connection and refuses new ones (the port is closed, as when the server is down), {@link #restart()} takes
 * connections again on the same port. What the worker sees is what it sees when PostgreSQL stops and starts: broken
 * connections, refused connects, then a working server with all its data.
 */
public final class DatabaseOutage implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  public DatabaseOutage(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    ServerSocket first = new ServerSocket();
    first.setReuseAddress(true);
    first.bind(new InetSocketAddress("127.0.0.1", 0));
    this.port = first.getLocalPort();
    listen(first);
  }

  /** Where to connect instead of the database. */
  public int port() {
    return port;
  }

  /** The database goes away: open connections are cut, new ones refused. */
  public synchronized void stop() throws IOException {
    ServerSocket s = listening;
    listening = null;
    if (s != null) {
      s.close();
    }
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  /** The database is back on the same port. */
  public synchronized void restart() throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress("127.0.0.1", port));
    listen(s);
  }

  /** Stops the database for {@code length}, then brings it back. */
  public void outage(Duration length) throws Exception {
    stop();
    Thread.sleep(length.toMillis()); // the outage itself: the test asserts afterwards, never on the silence
    restart();
  }

  private void listen(ServerSocket server) {
    listening = server;
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket upstream = new Socket(targetHost, targetPort);
          open.add(client);
          open.add(upstream);
          pump(client, upstream);
          pump(upstream, client);
        } catch (IOException e) {
          // closed by stop(), or one connect failed: the next accept goes on
        }
      }
    }, "db-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (SocketException e) {
        // cut by stop(), or the other side closed
      } catch (IOException e) {
        // the same: a connection ends
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        open.remove(from);
        open.remove(to);
      }
    }, "db-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
