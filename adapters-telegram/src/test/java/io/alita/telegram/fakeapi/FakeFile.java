package io.alita.telegram.fakeapi;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file the fake Bot API serves: answered by {@code getFile} and downloadable at {@code /file/bot<token>/<path>}.
 * Registered by a test ({@link FakeBotApi#registerFile}) or made by an upload ({@code sendDocument}). Its
 * {@code getFile} answer can lie: a {@linkplain #reportSize reported size} other than its length, a
 * {@linkplain #reportPath path} on another host; its body can be {@linkplain #slowBody slow} or sent
 * {@linkplain #withoutLength without a Content-Length}. Thread-safe.
 */
public final class FakeFile {

  private final String fileId;
  private final String path;
  private final byte[] content;
  private volatile Long reportedSize;
  private volatile String reportedPath;
  private volatile Duration bodyDelay = Duration.ZERO;
  private volatile boolean withLength = true;
  private final AtomicInteger downloads = new AtomicInteger();

  FakeFile(String fileId, String path, byte[] content) {
    this.fileId = Objects.requireNonNull(fileId, "fileId");
    this.path = Objects.requireNonNull(path, "path");
    this.content = Objects.requireNonNull(content, "content").clone();
  }

  public String fileId() {
    return fileId;
  }

  /** Where it is served, under {@code /file/bot<token>/}. */
  public String path() {
    return path;
  }

  public byte[] content() {
    return content.clone();
  }

  /** Makes {@code getFile} report {@code size} bytes (whatever the real length). */
  public FakeFile reportSize(long size) {
    this.reportedSize = size;
    return this;
  }

  /** Makes {@code getFile} answer {@code filePath} (e.g. an absolute URL of another host) instead of its path. */
  public FakeFile reportPath(String filePath) {
    this.reportedPath = filePath;
    return this;
  }

  /** Sends the first bytes of the body at once and the rest after {@code delay}. */
  public FakeFile slowBody(Duration delay) {
    this.bodyDelay = Objects.requireNonNull(delay, "delay");
    return this;
  }

  /** Sends the body chunked, without a Content-Length. */
  public FakeFile withoutLength() {
    this.withLength = false;
    return this;
  }

  /** How many times its body was requested. */
  public int downloads() {
    return downloads.get();
  }

  long sizeForGetFile() {
    Long reported = reportedSize;
    return reported != null ? reported : content.length;
  }

  String pathForGetFile() {
    String reported = reportedPath;
    return reported != null ? reported : path;
  }

  byte[] rawContent() {
    return content;
  }

  Duration bodyDelay() {
    return bodyDelay;
  }

  boolean withLength() {
    return withLength;
  }

  void downloaded() {
    downloads.incrementAndGet();
  }
}
