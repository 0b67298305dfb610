/**
 * Webhook mode: {@link io.alita.telegram.webhook.WebhookEndpoint} receives updates on the application's HTTP server and
 * {@link io.alita.telegram.webhook.WebhookRegistration} tells Telegram where to send them.
 */
package io.alita.telegram.webhook;
