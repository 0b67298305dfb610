/**
 * Purges: deleting a stretch of messages at once ({@code /purge}, {@code /del}, {@code /purgefrom} and
 * {@code /purgeto}). Decisions are {@link io.alita.domain.action.ChatAction.Delete} actions of at most 100 ids each
 * (Telegram's {@code deleteMessages} limit); the status message that removes itself later is a timer of the chat
 * ({@link io.alita.domain.timer.DelayedAction}).
 */
package io.alita.domain.purges;
