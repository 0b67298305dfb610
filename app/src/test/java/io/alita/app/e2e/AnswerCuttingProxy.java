package io.alita.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of the fake Bot API that can lose an answer: once {@link #cutNextAnswerTo armed} for a method,
 * the next request of that method is passed on to the Bot API, which carries it out and answers, and then the
 * connection is closed instead of the answer being passed back. What the bot sees is a Bot API whose connection broke
 * after the message went out. HTTP/1.1 as OkHttp speaks it: one request at a time per connection, its request line at
 * the start of a read.
 */
final class AnswerCuttingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile String armedFor;
  private final AtomicInteger cut = new AtomicInteger();

  AnswerCuttingProxy(String targetHost, int targetPort) throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket upstream = new Socket(targetHost, targetPort);
          open.add(client);
          open.add(upstream);
          Connection c = new Connection(client, upstream);
          start("bot-api-proxy-out", () -> c.requests());
          start("bot-api-proxy-in", () -> c.answers());
        } catch (IOException e) {
          // closed, or one connect failed: the next accept goes on
        }
      }
    }, "bot-api-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Where the bot should connect instead of the Bot API. */
  int port() {
    return server.getLocalPort();
  }

  /** The next request of {@code method} (as in the path, any casing) is carried out and its answer lost. */
  void cutNextAnswerTo(String method) {
    armedFor = "/" + method.toLowerCase(Locale.ROOT) + " ";
  }

  /** How many answers were lost so far. */
  int answersCut() {
    return cut.get();
  }

  private static void start(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  /** One client connection and its own connection to the Bot API. */
  private final class Connection {
    final Socket client;
    final Socket upstream;
    volatile boolean cutNextAnswer;

    Connection(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void requests() {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          String armed = armedFor;
          if (armed != null) {
            String head = new String(buffer, 0, Math.min(n, 512), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
            int lineEnd = head.indexOf("\r\n");
            if (head.startsWith("post ") && lineEnd > 0 && head.substring(0, lineEnd).contains(armed)) {
              armedFor = null;
              cutNextAnswer = true;
            }
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the connection ended
      } finally {
        closeBoth();
      }
    }

    void answers() {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (cutNextAnswer) {
            // The Bot API carried the request out and answered; the bot never hears of it.
            cut.incrementAndGet();
            closeBoth();
            return;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the connection ended
      } finally {
        closeBoth();
      }
    }

    void closeBoth() {
      for (Socket s : new Socket[] {client, upstream}) {
        try {
          s.close();
        } catch (IOException ignored) {
          // already closed
        }
        open.remove(s);
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
