package io.alita.telegram.action;

import io.alita.domain.backup.FileDownloads;
import io.alita.domain.model.ChatId;
import io.alita.telegram.send.CallCategory;
import io.alita.telegram.send.OutboundRateLimiter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link FileDownloads} over the Bot API: {@code getFile} through the rate limiter (a file id Telegram refuses is
 * {@code Unavailable}), then the file from the configured Bot API server only, as {@code
 * <server>/file/bot<token>/<file_path>}. Bounded three ways: refused from {@code getFile}'s {@code file_size} and from
 * the response's {@code Content-Length} before a byte is read, and the body is read only up to the limit (one more
 * byte makes it {@code TooLarge}, in case both sizes lied); the whole download has a deadline.
 *
 * <p>A {@code file_path} that is an absolute URL is followed only when it points at the configured server (same
 * scheme, host and port); one on another host, an absolute file system path (a local Bot API server's {@code --local}
 * mode) or a path with {@code ..} in it is refused. The token is never logged.
 */
public final class TelegramFileDownloads implements FileDownloads {

  private static final Logger log = LoggerFactory.getLogger(TelegramFileDownloads.class);

  /** The deadline of one download when none is given. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final BotApiGateway api;
  private final URI server;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param server the Bot API server the client talks to ({@code API_SERVER}): files come from there and nowhere else
   * @param token the bot's token, for the file's URL
   * @param timeout the longest one download (headers and body) may take
   */
  public TelegramFileDownloads(TelegramClient client, OutboundRateLimiter limiter, URI server, String token,
      Duration timeout) {
    this.api = new BotApiGateway(Objects.requireNonNull(client, "client"), limiter);
    this.server = Objects.requireNonNull(server, "server");
    this.token = Objects.requireNonNull(token, "token");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public TelegramFileDownloads(TelegramClient client, OutboundRateLimiter limiter, URI server, String token) {
    this(client, limiter, server, token, DEFAULT_TIMEOUT);
  }

  @Override
  public Result download(ChatId chat, String fileId, long maxBytes) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(fileId, "fileId");
    BotApiGateway.Outcome<File> found = api.call(CallCategory.NON_MESSAGE, chat, new GetFile(fileId));
    if (!found.ok() || found.value() == null) {
      return new Unavailable("getFile failed: " + (found.refusal() != null ? found.refusal().description()
          : found.failure()));
    }
    File file = found.value();
    if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
      return new TooLarge(file.getFileSize());
    }
    if (file.getFilePath() == null || file.getFilePath().isBlank()) {
      return new Unavailable("getFile gave no file_path (the file is too big for the Bot API to serve)");
    }
    URI url;
    try {
      url = fileUrl(file.getFilePath());
    } catch (IllegalArgumentException e) {
      log.warn("Refused to download file {} in chat {}: {}", fileId, chat, e.getMessage());
      return new Unavailable(e.getMessage());
    }
    return fetch(url, maxBytes, chat);
  }

  /** Where the file is: on the configured server, whatever {@code filePath} says. */
  URI fileUrl(String filePath) {
    String lower = filePath.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI absolute;
      try {
        absolute = new URI(filePath);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("file_path is not a valid URL");
      }
      if (!sameServer(absolute)) {
        throw new IllegalArgumentException("file_path points at another host than the configured Bot API server");
      }
      return absolute;
    }
    if (filePath.startsWith("/") || filePath.contains("\\") || filePath.contains("?") || filePath.contains("#")
        || List.of(filePath.split("/")).contains("..") || filePath.contains(":")) {
      throw new IllegalArgumentException("file_path is not a relative path on the Bot API server");
    }
    String base = server.getPath() == null ? "" : server.getPath().replaceAll("/+$", "");
    try {
      return new URI(server.getScheme(), null, server.getHost(), server.getPort(),
          base + "/file/bot" + token + "/" + filePath, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("file_path does not make a valid URL");
    }
  }

  private boolean sameServer(URI other) {
    return other.getScheme() != null && other.getHost() != null
        && other.getScheme().equalsIgnoreCase(server.getScheme())
        && other.getHost().equalsIgnoreCase(server.getHost())
        && port(other) == port(server);
  }

  private static int port(URI uri) {
    return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private Result fetch(URI url, long maxBytes, ChatId chat) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
    CompletableFuture<HttpResponse<Result>> response =
        http.sendAsync(request, info -> bounded(info, maxBytes));
    try {
      HttpResponse<Result> answered = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (answered.statusCode() != 200) {
        return new Unavailable("the Bot API server answered the file with HTTP " + answered.statusCode());
      }
      return answered.body();
    } catch (TimeoutException e) {
      response.cancel(true);
      log.warn("Downloading a file in chat {} took longer than {}; abandoned", chat, timeout);
      return new Unavailable("download timed out after " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.cancel(true);
      return new Unavailable("interrupted");
    } catch (ExecutionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      log.warn("Downloading a file in chat {} failed: {}", chat, cause.toString().replace(token, "<token>"));
      return new Unavailable("download failed: " + cause.getClass().getSimpleName());
    }
  }

  /** The body, read up to {@code maxBytes}; one byte more ends the download as {@code TooLarge}. */
  private static HttpResponse.BodySubscriber<Result> bounded(HttpResponse.ResponseInfo info, long maxBytes) {
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(new Unavailable("HTTP " + info.statusCode()));
    }
    OptionalLong length = info.headers().firstValueAsLong("Content-Length");
    if (length.isPresent() && length.getAsLong() > maxBytes) {
      return HttpResponse.BodySubscribers.replacing(new TooLarge(length.getAsLong()));
    }
    return new Capped(maxBytes);
  }

  /** Collects a body of at most {@code max} bytes, cancelling the download at the first byte over it. */
  private static final class Capped implements HttpResponse.BodySubscriber<Result> {
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Capped(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<Result> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        int n = buffer.remaining();
        if (bytes.size() + (long) n > max) {
          result.complete(new TooLarge(-1));
          subscription.cancel();
          return;
        }
        byte[] chunk = new byte[n];
        buffer.get(chunk);
        bytes.write(chunk, 0, n);
      }
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      result.complete(new Downloaded(bytes.toByteArray()));
    }
  }
}
