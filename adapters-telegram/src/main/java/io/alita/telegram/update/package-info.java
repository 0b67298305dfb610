/**
 * The inbound side of the Telegram adapter: {@link io.alita.telegram.update.UpdateMapper} turns an update into a domain
 * event, and {@link io.alita.telegram.update.UpdateIntake} (called by long polling and by the webhook alike) hands it to the
 * application in per-chat order, once, and acknowledges it only after handling.
 */
package io.alita.telegram.update;
