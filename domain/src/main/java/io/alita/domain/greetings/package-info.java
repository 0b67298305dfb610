/**
 * The Greetings module: a chat's welcome and goodbye (any stored reply: text or a file by id, with buttons and
 * fillings), sent when a member joins or leaves; deleting the previous one and the service messages; join requests
 * (approved at once, or put to the admins with buttons); and what the bot says when it is added to a chat.
 */
package io.alita.domain.greetings;
