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
  private static final String OWNER_ADVICE = "use your numeric Telegram user id (greater than 0)";
  private static final String DUMP_ADVICE = "use the numeric id of the log chat, e.g. -1001234567890";

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
    Optional<BotToken> token = env.parsed("BOT_TOKEN", BotToken::new);
    Optional<UserId> owner = env.parsed("OWNER_ID", TelegramConfig::ownerId);
    Optional<ChatId> dump = env.parsed("MESSAGE_DUMP", TelegramConfig::messageDump);
    URI apiServer = env.parsed("API_SERVER",
            value -> HttpUrls.baseUrl(value, false, "https://api.telegram.org or http://telegram-bot-api:8081"))
        .orElse(DEFAULT_API_SERVER);
    Optional<Webhook> webhook = env.bool("USE_WEBHOOKS", false) ? webhook(env) : Optional.empty();
    boolean dropPending = env.bool("DROP_PENDING_UPDATES", false);
    return new TelegramConfig(token, owner, dump, apiServer, webhook, dropPending);
  }

  private static UserId ownerId(String value) {
    long id = EnvReader.wholeLong(value, OWNER_ADVICE);
    if (id <= 0) {
      throw new IllegalArgumentException(id + " is not greater than 0; " + OWNER_ADVICE);
    }
    return UserId.of(id);
  }

  private static ChatId messageDump(String value) {
    long id = EnvReader.wholeLong(value, DUMP_ADVICE);
    if (id == 0) {
      throw new IllegalArgumentException("must not be 0; " + DUMP_ADVICE);
    }
    return ChatId.of(id);
  }

  // Checked only when webhooks are on: with long polling the original bot ignored these, and so do we.
  private static Optional<Webhook> webhook(EnvReader env) {
    Optional<URI> domain = env.required("WEBHOOK_DOMAIN", value -> HttpUrls.baseUrl(value, true, WEBHOOK_EXAMPLE),
        "required when USE_WEBHOOKS is true, e.g. " + WEBHOOK_EXAMPLE);
    Optional<WebhookSecret> secret = env.required("WEBHOOK_SECRET", WebhookSecret::new,
        "required when USE_WEBHOOKS is true; " + WebhookSecret.RULE);
    return domain.isPresent() && secret.isPresent()
        ? Optional.of(new Webhook(domain.get(), secret.get()))
        : Optional.empty();
  }
}
