/**
 * Reactions: keywords a chat's admins set, each with one of Telegram's standard reaction emoji, which the bot puts on
 * every message that holds the keyword ({@link io.alita.domain.reactions.ReactionsModule}).
 */
package io.alita.domain.reactions;
