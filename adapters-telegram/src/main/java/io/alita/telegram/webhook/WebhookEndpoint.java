package io.alita.telegram.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alita.telegram.update.UpdateIntake;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhook}: Telegram delivering one update.
 *
 * <ol>
 *   <li>The {@code X-Telegram-Bot-Api-Secret-Token} header is compared with the configured secret in constant time,
 *       <em>before</em> the body is read: a wrong or missing secret gets 401 and costs no more than the headers.
 *   <li>The body is capped ({@link #DEFAULT_MAX_BODY_BYTES}): a declared {@code Content-Length} above the cap is
 *       refused at once, and the stream itself is read with a bound so a chunked body cannot get past it (413).
 *   <li>The update goes to the {@link UpdateIntake}; the answer is 200 once it is handled, or, if it is still running
 *       after a moment (its chat waits out a flood pause), once it is kept in the inbox: acknowledged only when nothing
 *       can be lost, like the polling offset, and never after a long wait, since a held-open request uses up one of the
 *       webhook's {@code max_connections} and Telegram's own timeout would deliver it again.
 *   <li>When it can be neither handled nor kept (the database is down), or the intake is closing, the answer is 503
 *       and Telegram delivers it again.
 * </ol>
 *
 * <p>The answer body is empty: Telegram would execute a method written in a webhook reply, and the bot wants none.
 */
public final class WebhookEndpoint {

  private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

  /** The route Telegram is told to call ({@code <WEBHOOK_DOMAIN>/webhook}); static, so the URL holds no secret. */
  public static final String PATH = "/webhook";

  /** The header Telegram puts the registered {@code secret_token} in. */
  public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** The original bot's cap on an update's size. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** Telegram's rule for {@code secret_token}: 1 to 256 characters of A-Z, a-z, 0-9, _ and -. */
  private static final Pattern SECRET_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private final byte[] secretDigest;
  private final UpdateIntake intake;
  private final ObjectMapper json;
  private final long maxBodyBytes;

  /** An endpoint with the default body cap and answer bound. */
  public WebhookEndpoint(String secret, UpdateIntake intake) {
    this(secret, intake, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * @param secret the {@code WEBHOOK_SECRET} registered with {@code setWebhook}
   * @param maxBodyBytes the largest update accepted
   */
  public WebhookEndpoint(String secret, UpdateIntake intake, long maxBodyBytes) {
    requireValidSecret(secret);
    this.secretDigest = sha256(secret.getBytes(StandardCharsets.UTF_8));
    this.intake = Objects.requireNonNull(intake, "intake");
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    this.json = updateReader();
  }

  /**
   * Checks a {@code WEBHOOK_SECRET} against Telegram's rules, with a message a person can act on (the value itself is
   * never repeated).
   */
  public static void requireValidSecret(String secret) {
    if (secret == null || !SECRET_FORMAT.matcher(secret).matches()) {
      throw new IllegalArgumentException(
          "WEBHOOK_SECRET: must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's secret_token rule)");
    }
  }

  /** Adds {@code POST /webhook} to the application's server. */
  public void register(JavalinConfig cfg) {
    cfg.routes.post(PATH, this::deliver);
  }

  private void deliver(Context ctx) throws IOException {
    if (!secretMatches(ctx.header(SECRET_HEADER))) {
      log.warn("Refused a webhook call without the right secret token from {}", ctx.ip());
      ctx.status(401);
      return;
    }
    if (!intake.isAccepting()) {
      ctx.status(503);
      return;
    }
    long declared = ctx.contentLength();
    if (declared > maxBodyBytes) {
      tooLarge(ctx);
      return;
    }
    byte[] body = readAtMost(ctx.req().getInputStream(), maxBodyBytes);
    if (body == null) {
      tooLarge(ctx);
      return;
    }
    Update update;
    try {
      update = json.readValue(body, Update.class);
    } catch (JsonProcessingException e) {
      log.warn("Refused a webhook call whose body is not an update: {}", e.getOriginalMessage());
      ctx.status(400);
      return;
    }
    if (update == null || update.getUpdateId() == null) {
      // JSON, but no update: `null`, `{}`, an object without an update_id (which exactly-once delivery is keyed on).
      log.warn("Refused a webhook call whose body has no update_id");
      ctx.status(400);
      return;
    }
    UpdateIntake.Answer answer = intake.deliver(update, new String(body, StandardCharsets.UTF_8));
    switch (answer) {
      case HANDLED, KEPT -> ctx.status(200);
      case RETRY_LATER -> {
        log.info("Update {} could neither be handled nor kept yet (database down?); Telegram delivers it again",
            update.getUpdateId());
        ctx.status(503);
      }
      case CLOSING -> ctx.status(503);
    }
  }

  private void tooLarge(Context ctx) {
    log.warn("Refused a webhook body over {} bytes", maxBodyBytes);
    // Tell the client the connection will not be reused: the rest of the oversized body is never read.
    ctx.header("Connection", "close");
    ctx.status(413);
  }

  /** Constant time: both sides are hashed first, so not even the secret's length leaks through timing. */
  private boolean secretMatches(String presented) {
    if (presented == null || presented.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(secretDigest, sha256(presented.getBytes(StandardCharsets.UTF_8)));
  }

  /** The whole stream, or null once it exceeds {@code limit} bytes (reading stops there). */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return all.length > limit ? null : all;
  }

  /** Reads updates as TelegramBots does, but tolerates fields newer than the library: Telegram adds them often. */
  static ObjectMapper updateReader() {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
