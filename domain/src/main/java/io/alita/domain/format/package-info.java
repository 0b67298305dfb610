/**
 * Message formatting: how stored text (rules, greetings, notes, filters, permapin) becomes what Telegram shows.
 *
 * <p>Stored form: the Markdown source an admin typed, with its buttons either inline as {@code [Label](buttonurl://url)}
 * or extracted into a buttons column with {@link io.alita.domain.format.Buttons#extract(String)}. Notes have their flags
 * taken out first with {@link io.alita.domain.format.NoteFlags#parse(String)}. At save time
 * {@link io.alita.domain.format.MessageFormatter#measure(String, int)} tells whether the source fits
 * {@link io.alita.domain.format.Limits}.
 *
 * <p>Send time: {@link io.alita.domain.format.MessageFormatter#render} picks a {@code %%%} variant, takes out buttons and
 * the {@code {rules}} directive, converts the Markdown to Telegram HTML and substitutes fillings with escaped values, in
 * that order, so that nothing a user controls (name, username, chat title) is ever read as markup. The HTML is always
 * valid for Telegram's HTML parse mode and never longer than the limit.
 *
 * <p>{@code noformat}: {@link io.alita.domain.format.MessageFormatter#noformat} writes the stored text and buttons back
 * as the markup an admin can copy.
 */
package io.alita.domain.format;
