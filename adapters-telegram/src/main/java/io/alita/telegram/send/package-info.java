/**
 * The outbound side of the Telegram adapter: every Bot API call the bot makes goes through {@link
 * io.alita.telegram.send.OutboundRateLimiter}, which keeps the bot inside Telegram's flood limits, honours {@code retry_after}
 * and turns the refusals a group bot meets every day into a typed, quiet {@link io.alita.telegram.send.TelegramRefusal}.
 */
package io.alita.telegram.send;
