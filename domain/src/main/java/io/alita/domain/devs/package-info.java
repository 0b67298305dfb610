/**
 * The Devs module: the bot's team (owner, devs, sudo users) and the commands only they see: managing the team, bot
 * statistics, the chat list, a chat's details and leaving a chat. Callers who are not on the team are ignored without a
 * word, as in the original, so the commands do not even show that they exist.
 */
package io.alita.domain.devs;
