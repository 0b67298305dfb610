/**
 * Recognising a bot command in a message and splitting its arguments.
 *
 * <p>Text positions here are Java {@code String} indexes, which are UTF-16 code units: exactly the unit Telegram uses for
 * entity offsets and lengths, so entities can be applied to the text without any conversion.
 */
package io.alita.domain.command;
