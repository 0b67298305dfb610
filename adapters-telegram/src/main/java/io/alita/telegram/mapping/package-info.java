/**
 * Translations between TelegramBots' objects and the domain's value types, shared by the inbound side (updates) and
 * the outbound side (actions and queries), so that a Telegram user, chat, member or permission set is read one way only.
 */
package io.alita.telegram.mapping;
