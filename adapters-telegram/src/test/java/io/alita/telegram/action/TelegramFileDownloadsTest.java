package io.alita.telegram.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.backup.FileDownloads;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeFile;
import io.alita.telegram.send.OutboundRateLimiter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * Downloading a file by id and uploading a made one, with the real client over HTTP against the fake Bot API: the
 * size limits (reported, Content-Length, and a body longer than both said), the deadline, and the host rule.
 */
class TelegramFileDownloadsTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567001L, "Backups");
  private static final ChatId CHAT = ChatId.of(GROUP.id());
  private static final long LIMIT = 1000;

  private FakeBotApi api;
  private OkHttpTelegramClient client;
  private OutboundRateLimiter limiter;
  private TelegramFileDownloads downloads;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    api.setChat(GROUP);
    client = new OkHttpTelegramClient(api.token(), api.telegramUrl());
    limiter = OutboundRateLimiter.withTelegramDefaults();
    downloads = new TelegramFileDownloads(client, limiter, server(), api.token(), Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private URI server() {
    return URI.create("http://127.0.0.1:" + api.port());
  }

  private static byte[] bytes(int length) {
    byte[] b = new byte[length];
    Arrays.fill(b, (byte) 'x');
    return b;
  }

  @Test
  void aFileIsDownloadedWhole() {
    byte[] content = "{\"version\":\"1.1\"}".getBytes(StandardCharsets.UTF_8);
    api.registerFile("doc-1", content);

    FileDownloads.Result result = downloads.download(CHAT, "doc-1", LIMIT);

    assertArrayEquals(content, assertInstanceOf(FileDownloads.Downloaded.class, result).bytes());
    assertEquals(1, api.calls("getfile").size());
  }

  @Test
  void aFileExactlyAtTheLimitIsTaken() {
    api.registerFile("doc-limit", bytes((int) LIMIT)).withoutLength();

    FileDownloads.Result result = downloads.download(CHAT, "doc-limit", LIMIT);

    assertEquals(LIMIT, assertInstanceOf(FileDownloads.Downloaded.class, result).bytes().length);
  }

  @Test
  void aReportedSizeOverTheLimitIsRefusedWithoutDownloading() {
    FakeFile file = api.registerFile("doc-big", bytes(10)).reportSize(50L * 1024 * 1024);

    FileDownloads.Result result = downloads.download(CHAT, "doc-big", LIMIT);

    assertEquals(50L * 1024 * 1024, assertInstanceOf(FileDownloads.TooLarge.class, result).size());
    assertEquals(0, file.downloads());
  }

  @Test
  void aLyingReportedSizeIsCaughtByTheContentLength() {
    api.registerFile("doc-lies", bytes((int) LIMIT + 500)).reportSize(100);

    FileDownloads.Result result = downloads.download(CHAT, "doc-lies", LIMIT);

    assertEquals(LIMIT + 500, assertInstanceOf(FileDownloads.TooLarge.class, result).size());
  }

  @Test
  void aLyingSizeWithoutContentLengthIsCutOffAtTheLimitPlusOne() {
    api.registerFile("doc-stream", bytes(5 * 1024 * 1024)).reportSize(100).withoutLength();

    FileDownloads.Result result = downloads.download(CHAT, "doc-stream", LIMIT);

    assertEquals(-1, assertInstanceOf(FileDownloads.TooLarge.class, result).size());
  }

  @Test
  void aBodyTooSlowForTheDeadlineIsUnavailable() {
    api.registerFile("doc-slow", bytes(100)).slowBody(Duration.ofSeconds(6));

    long started = System.nanoTime();
    FileDownloads.Result result = downloads.download(CHAT, "doc-slow", LIMIT);

    assertInstanceOf(FileDownloads.Unavailable.class, result);
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
  }

  @Test
  void aPathOnAnotherHostIsRefused() {
    FakeFile file = api.registerFile("doc-away", bytes(10)).reportPath("http://evil.example:8081/file/x.json");

    FileDownloads.Result result = downloads.download(CHAT, "doc-away", LIMIT);

    assertTrue(assertInstanceOf(FileDownloads.Unavailable.class, result).why().contains("another host"));
    assertEquals(0, file.downloads());
  }

  @Test
  void anAbsoluteUrlOnTheConfiguredServerIsFollowed() {
    FakeFile file = api.registerFile("doc-abs", bytes(10));
    file.reportPath("http://127.0.0.1:" + api.port() + "/file/bot" + api.token() + "/" + file.path());

    assertInstanceOf(FileDownloads.Downloaded.class, downloads.download(CHAT, "doc-abs", LIMIT));
  }

  @Test
  void aPathClimbingOutIsRefused() {
    api.registerFile("doc-climb", bytes(10)).reportPath("documents/../../etc/passwd");

    assertInstanceOf(FileDownloads.Unavailable.class, downloads.download(CHAT, "doc-climb", LIMIT));
  }

  @Test
  void anUnknownFileIdIsUnavailable() {
    assertInstanceOf(FileDownloads.Unavailable.class, downloads.download(CHAT, "nope", LIMIT));
  }

  @Test
  void aMadeDocumentIsUploadedWithItsNameCaptionAndBytesAndCanBeDownloadedAgain() {
    TelegramChatActions actions = new TelegramChatActions(client, limiter);
    byte[] content = "{\"version\":\"1.1\",\"chat_id\":-100}".getBytes(StandardCharsets.UTF_8);

    ActionResult result = actions.execute(new ChatAction.SendDocument(CHAT, "-100-20261208-040000.json", content,
        "Backup of <b>Backups</b>", Optional.of(MessageId.of(12))));

    assertInstanceOf(ActionResult.Sent.class, result);
    ApiCall call = api.awaitCall("senddocument", WAIT);
    assertEquals("-100-20261208-040000.json", call.uploadedFile("document"));
    assertArrayEquals(content, api.uploadedBytes(call, "document"));
    assertEquals("Backup of <b>Backups</b>", call.param("caption"));
    assertEquals("HTML", call.param("parse_mode"));
    assertEquals(12, call.json("reply_parameters").path("message_id").asInt());
    String fileId = call.result().path("document").path("file_id").asText();
    assertArrayEquals(content, assertInstanceOf(FileDownloads.Downloaded.class,
        downloads.download(CHAT, fileId, LIMIT)).bytes());
  }
}
