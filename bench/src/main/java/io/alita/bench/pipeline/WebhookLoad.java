package io.alita.bench.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The webhook load: {@code connections} keep-alive HTTP/1.1 connections, each a thread that POSTs one update, waits
 * for the answer, and POSTs the next (closed loop, as Telegram does with {@code max_connections}). Raw sockets and a
 * hand-written request keep the generator's own cost small next to the server's. A request's latency is from just
 * before its first byte is written to the last byte of the answer; only requests sent and answered inside the
 * measured window count.
 */
final class WebhookLoad {

  private final String host;
  private final int port;
  private final String secret;
  private final UpdateFactory updates;
  private final Phase phase;
  private final List<Latencies> perThread = new ArrayList<>();
  private final LongAdder okInWindow = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final List<Thread> threads = new ArrayList<>();
  private volatile String lastFailure = "";

  WebhookLoad(String host, int port, String secret, AtomicLong updateIds, Phase phase) {
    this.host = host;
    this.port = port;
    this.secret = secret;
    this.updates = new UpdateFactory(updateIds);
    this.phase = phase;
  }

  void start(int connections) {
    for (int c = 0; c < connections; c++) {
      Latencies mine = new Latencies();
      perThread.add(mine);
      SplittableRandom random = new SplittableRandom(1000L + c);
      Thread t = new Thread(() -> loop(mine, random), "bench-load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** After {@link Phase#stop()}: waits for every connection's last request. */
  void join() throws InterruptedException {
    for (Thread t : threads) {
      t.join(30_000);
    }
  }

  Latencies latencies() {
    return Latencies.merge(perThread);
  }

  long okInWindow() {
    return okInWindow.sum();
  }

  long failures() {
    return failures.sum();
  }

  String lastFailure() {
    return lastFailure;
  }

  /**
   * The warm-up's start, before {@link #start}: one message in each group, one at a time on one connection, so every
   * chat's caches are filled before the load begins (a cold start under full load is not what is measured).
   */
  void prime() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    byte[] head = head();
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      for (int g = 1; g <= UpdateFactory.GROUPS; g++) {
        byte[] body = updates.nextBytesInGroup(random, g);
        out.write(head);
        out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        Response r = Response.read(in);
        if (r.status != 200) {
          throw new IOException("the warm-up's message to group " + g + " got HTTP " + r.status);
        }
      }
    }
  }

  private byte[] head() {
    return ("POST /webhook HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: " + secret
        + "\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
  }

  private void loop(Latencies mine, SplittableRandom random) {
    byte[] head = head();
    while (phase.now() != Phase.STOPPED) {
      try (Socket socket = new Socket()) {
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
        byte[] buffer = new byte[4096];
        while (phase.now() != Phase.STOPPED) {
          byte[] body = updates.nextBytes(random);
          byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
          int size = head.length + length.length + body.length;
          if (buffer.length < size) {
            buffer = new byte[size * 2];
          }
          System.arraycopy(head, 0, buffer, 0, head.length);
          System.arraycopy(length, 0, buffer, head.length, length.length);
          System.arraycopy(body, 0, buffer, head.length + length.length, body.length);
          boolean inWindow = phase.measuring();
          long sent = System.nanoTime();
          out.write(buffer, 0, size);
          out.flush();
          Response r = Response.read(in);
          long took = System.nanoTime() - sent;
          if (r.status == 200) {
            if (inWindow && phase.measuring()) {
              mine.add(took);
              okInWindow.increment();
            }
          } else {
            failures.increment();
            lastFailure = "HTTP " + r.status;
          }
          if (r.close) {
            break;
          }
        }
      } catch (IOException e) {
        if (phase.now() == Phase.STOPPED) {
          return;
        }
        failures.increment();
        lastFailure = e.toString();
        try {
          Thread.sleep(20); // the server is restarting or refusing: do not spin
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /** The status line and headers of one HTTP/1.1 answer, its body read and dropped. */
  private record Response(int status, boolean close) {

    static Response read(InputStream in) throws IOException {
      String statusLine = line(in);
      if (statusLine == null) {
        throw new IOException("the server closed the connection");
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = 0;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = h.substring(0, colon).trim();
        String value = h.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          length = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
          chunked = true;
        } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
          close = true;
        }
      }
      if (chunked) {
        for (long chunk = Long.parseLong(line(in).trim(), 16); chunk > 0; chunk = Long.parseLong(line(in).trim(), 16)) {
          in.skipNBytes(chunk);
          line(in);
        }
        line(in);
      } else if (length > 0) {
        in.skipNBytes(length);
      }
      return new Response(status, close);
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder b = new StringBuilder(64);
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          int n = b.length();
          return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
        }
        b.append((char) c);
      }
      return b.length() == 0 ? null : b.toString();
    }
  }
}
