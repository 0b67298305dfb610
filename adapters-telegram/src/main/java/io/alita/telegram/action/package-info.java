/**
 * The outbound ports of the domain carried out with the Bot API: {@link io.alita.telegram.action.TelegramChatActions}
 * ({@code ChatActionPort}) and {@link io.alita.telegram.action.TelegramChatQueries} ({@code ChatQueries}), both through
 * the one rate limiter, both turning Telegram's refusals and failures into values instead of exceptions.
 */
package io.alita.telegram.action;
