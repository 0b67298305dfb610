package io.alita.telegram.webhook;

import io.alita.telegram.update.AllowedUpdates;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Tells Telegram where to deliver updates: {@code setWebhook(<domain>/webhook, secret_token, allowed_updates, drop_pending_updates)}. */
public final class WebhookRegistration {

  private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

  private WebhookRegistration() {}

  /**
   * The request {@link #registerWebhook} sends.
   *
   * @param publicBase {@code WEBHOOK_DOMAIN}, e.g. {@code https://bot.example.org} (a trailing slash is fine)
   */
  public static SetWebhook request(URI publicBase, String secret, boolean dropPendingUpdates) {
    Objects.requireNonNull(publicBase, "publicBase");
    WebhookEndpoint.requireValidSecret(secret);
    String scheme = publicBase.getScheme() == null ? "" : publicBase.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("WEBHOOK_DOMAIN: expected an https:// address, got '" + publicBase + "'");
    }
    String base = publicBase.toString().replaceAll("/+$", "");
    return SetWebhook.builder()
        .url(base + WebhookEndpoint.PATH)
        .secretToken(secret)
        .allowedUpdates(AllowedUpdates.TYPES)
        .dropPendingUpdates(dropPendingUpdates)
        .build();
  }

  /**
   * Registers the webhook. Called once at startup; not through the rate limiter, since nothing else is sending yet.
   *
   * @throws TelegramApiException Telegram refused (e.g. not https, bad certificate) or could not be reached
   */
  public static void registerWebhook(TelegramClient client, URI publicBase, String secret, boolean dropPendingUpdates)
      throws TelegramApiException {
    SetWebhook request = request(publicBase, secret, dropPendingUpdates);
    client.execute(request);
    log.info("Webhook registered at {} (allowed updates: {}, pending updates {})", request.getUrl(),
        AllowedUpdates.TYPES, dropPendingUpdates ? "dropped" : "kept");
  }
}
