package io.alita.app;

import io.alita.telegram.action.TelegramChatQueries;
import io.alita.telegram.action.TelegramFileDownloads;
import io.alita.telegram.client.BotApiServer;
import io.alita.telegram.send.OutboundRateLimiter;
import java.net.URI;
import java.util.Objects;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API of the process's {@code BOT_TOKEN}: one client and one rate limiter, shared by the worker and the
 * console, so that Telegram's limits (30 calls a second for the whole bot) are counted once per token.
 *
 * @param queries what the worker's rules and the console's access checks ask Telegram
 * @param downloads files users sent, for {@code /import}
 */
record BotApi(TelegramClient client, OutboundRateLimiter limiter, TelegramChatQueries queries,
    TelegramFileDownloads downloads) {

  BotApi {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(limiter, "limiter");
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(downloads, "downloads");
  }

  static BotApi of(String token, URI server) {
    TelegramClient client = BotApiServer.client(token, server);
    OutboundRateLimiter limiter = OutboundRateLimiter.withTelegramDefaults();
    return new BotApi(client, limiter, new TelegramChatQueries(client, limiter),
        new TelegramFileDownloads(client, limiter, server, token));
  }
}
