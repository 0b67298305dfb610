/**
 * The Rules module: a chat's rules, kept as the Markdown source an admin typed and rendered with
 * {@link io.alita.domain.format.MessageFormatter} each time they are shown; whether {@code /rules} shows them in the
 * chat or hands out a deep-link button to read them in private; and the text of that button.
 */
package io.alita.domain.rules;
