package io.alita.telegram.client;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Where the Bot API lives ({@code API_SERVER}): Telegram's, a self-hosted one, or the tests' fake. */
public final class BotApiServer {

  private BotApiServer() {}

  /** TelegramBots' form of an {@code http(s)://host[:port]} address. */
  public static TelegramUrl url(URI server) {
    String scheme = server.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = server.getPort() != -1 ? server.getPort() : "https".equals(scheme) ? 443 : 80;
    return new TelegramUrl(scheme, server.getHost(), port, false);
  }

  /** How long a call may take to connect, to be written, and to be answered (OkHttp's defaults, made explicit). */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  /**
   * A client for {@code token} talking to {@code server} over HTTP.
   *
   * <p>It never repeats a request by itself. OkHttp's default ({@code retryOnConnectionFailure}) silently sends a
   * request again when the connection it went out on breaks before the answer, which is exactly when Telegram may have
   * sent the message already: a member got the same reply twice (UnansweredSendEndToEndTest, decision 0041). Only
   * the rate limiter repeats a call, and only after a 429, which Telegram documents as not carried out (decision 0037).
   * The price: a pooled connection the server closed a moment ago fails its call instead of being replaced silently
   * (OkHttp still checks one idle for more than 10 s before it sends a POST on it), a rare lost reply like a 5xx.
   */
  public static TelegramClient client(String token, URI server) {
    OkHttpClient http = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .connectTimeout(CONNECT_TIMEOUT)
        .writeTimeout(WRITE_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .build();
    return new OkHttpTelegramClient(http, token, url(server));
  }
}
