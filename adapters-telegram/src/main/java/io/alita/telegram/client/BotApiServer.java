package io.alita.telegram.client;

import java.net.URI;
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

  /** A client for {@code token} talking to {@code server} over HTTP. */
  public static TelegramClient client(String token, URI server) {
    return new OkHttpTelegramClient(token, url(server));
  }
}
