/**
 * Stored replies: what notes, filters and greetings keep ({@link io.alita.domain.content.StoredContent}: text or a file
 * by id, with URL buttons), how a command captures one from its text or the message it replies to
 * ({@link io.alita.domain.content.ContentCapture}), and how one is sent to a member
 * ({@link io.alita.domain.content.ContentSender}, through {@link io.alita.domain.format.MessageFormatter}).
 */
package io.alita.domain.content;
