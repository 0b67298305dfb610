package io.alita.app.config;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot's Telegram-facing settings, read from the original bot's variables.
 *
 * @param botToken           {@code BOT_TOKEN}; optional here (what needs it checks), validated when set
 * @param ownerId            {@code OWNER_ID}, greater than 0 when set
 * @param messageDump        {@code MESSAGE_DUMP}, the log chat; not 0 when set
 * @param apiServer          {@code API_SERVER}, http(s) base URL of the Bot API (default https://api.telegram.org)
 * @param webhook            present when {@code USE_WEBHOOKS} is on (default off: long polling)
 * @param dropPendingUpdates {@code DROP_PENDING_UPDATES} (default false)
 */
public record TelegramConfig(
    Optional<BotToken> botToken,
    Optional<UserId> ownerId,
    Optional<ChatId> messageDump,
    URI apiServer,
    Optional<Webhook> webhook,
    boolean dropPendingUpdates) {

  /** The official Bot API server. */
  public static final URI DEFAULT_API_SERVER = URI.create("https://api.telegram.org");

  private static final String WEBHOOK_EXAMPLE = "https://bot.example.com";

  /** All components are required (use empty optionals). */
  public TelegramConfig {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(messageDump, "messageDump");
    Objects.requireNonNull(apiServer, "apiServer");
    Objects.requireNonNull(webhook, "webhook");
  }

  /** Whether updates arrive by webhook rather than long polling. */
  public boolean useWebhooks() {
    return webhook.isPresent();
  }

  static TelegramConfig read(EnvReader env) {
    Optional<BotToken> token = env.string("BOT_TOKEN").flatMap(value -> {
      try {
        return Optional.of(new BotToken(value));
      } catch (IllegalArgumentException e) {
        env.error("BOT_TOKEN", e.getMessage());
        return Optional.empty();
      }
    });

    String ownerAdvice = "use your numeric Telegram user id (greater than 0)";
    Optional<UserId> owner = env.optionalLong("OWNER_ID", ownerAdvice).flatMap(id -> {
      if (id <= 0) {
        env.error("OWNER_ID", id + " is not greater than 0; " + ownerAdvice);
        return Optional.empty();
      }
      return Optional.of(UserId.of(id));
    });

    String dumpAdvice = "use the numeric id of the log chat, e.g. -1001234567890";
    Optional<ChatId> dump = env.optionalLong("MESSAGE_DUMP", dumpAdvice).flatMap(id -> {
      if (id == 0) {
        env.error("MESSAGE_DUMP", "must not be 0; " + dumpAdvice);
        return Optional.empty();
      }
      return Optional.of(ChatId.of(id));
    });

    URI apiServer = env.string("API_SERVER").map(value -> {
      try {
        return HttpUrls.baseUrl(value, false, "https://api.telegram.org or http://telegram-bot-api:8081");
      } catch (IllegalArgumentException e) {
        env.error("API_SERVER", e.getMessage());
        return DEFAULT_API_SERVER;
      }
    }).orElse(DEFAULT_API_SERVER);

    Optional<Webhook> webhook = env.bool("USE_WEBHOOKS", false) ? webhook(env) : Optional.empty();
    boolean dropPending = env.bool("DROP_PENDING_UPDATES", false);
    return new TelegramConfig(token, owner, dump, apiServer, webhook, dropPending);
  }

  // Checked only when webhooks are on: with long polling the original bot ignored these, and so do we.
  private static Optional<Webhook> webhook(EnvReader env) {
    URI domain = null;
    Optional<String> domainText = env.string("WEBHOOK_DOMAIN");
    if (domainText.isEmpty()) {
      env.error("WEBHOOK_DOMAIN", "not set; required when USE_WEBHOOKS is true, e.g. " + WEBHOOK_EXAMPLE);
    } else {
      try {
        domain = HttpUrls.baseUrl(domainText.get(), true, WEBHOOK_EXAMPLE);
      } catch (IllegalArgumentException e) {
        env.error("WEBHOOK_DOMAIN", e.getMessage());
      }
    }
    WebhookSecret secret = null;
    Optional<String> secretText = env.string("WEBHOOK_SECRET");
    if (secretText.isEmpty()) {
      env.error("WEBHOOK_SECRET", "not set; required when USE_WEBHOOKS is true; use 1 to "
          + WebhookSecret.MAX_LENGTH + " characters of A-Z, a-z, 0-9, _ and -");
    } else {
      try {
        secret = new WebhookSecret(secretText.get());
      } catch (IllegalArgumentException e) {
        env.error("WEBHOOK_SECRET", e.getMessage());
      }
    }
    return domain == null || secret == null ? Optional.empty() : Optional.of(new Webhook(domain, secret));
  }
}
