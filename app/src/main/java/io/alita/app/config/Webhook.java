package io.alita.app.config;

import java.net.URI;
import java.util.Objects;

/**
 * Webhook mode's settings; present only when {@code USE_WEBHOOKS} is on.
 *
 * @param domain public https base URL ({@code WEBHOOK_DOMAIN}), without trailing slash
 * @param secret {@code WEBHOOK_SECRET}
 */
public record Webhook(URI domain, WebhookSecret secret) {

  /** Both parts are required. */
  public Webhook {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(secret, "secret");
  }

  /** The URL registered with Telegram, as the original bot does: {@code <domain>/webhook}. */
  public URI url() {
    return URI.create(domain + "/webhook");
  }
}
