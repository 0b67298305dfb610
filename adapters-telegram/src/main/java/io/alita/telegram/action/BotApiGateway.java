package io.alita.telegram.action;

import io.alita.domain.model.ChatId;
import io.alita.telegram.send.CallCategory;
import io.alita.telegram.send.OutboundRateLimiter;
import io.alita.telegram.send.TelegramRefusal;
import java.io.Serializable;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call through the {@link OutboundRateLimiter}, with every failure turned into a value, so that neither the
 * actions nor the queries ever throw into the domain. Expected refusals are logged quietly (INFO, no stack trace);
 * anything else at WARN with the method and chat, still without a stack trace: the description says what went wrong
 * and the caller carries on.
 */
final class BotApiGateway {

  private static final Logger log = LoggerFactory.getLogger(BotApiGateway.class);

  /** What came of one call: exactly one of the three is set. */
  record Outcome<T>(T value, TelegramRefusal refusal, String failure) {
    boolean ok() {
      return refusal == null && failure == null;
    }
  }

  private final TelegramClient client;
  private final OutboundRateLimiter limiter;

  BotApiGateway(TelegramClient client, OutboundRateLimiter limiter) {
    this.client = Objects.requireNonNull(client, "client");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
  }

  <T extends Serializable> Outcome<T> call(CallCategory category, ChatId chat, BotApiMethod<T> method) {
    return call(category, chat, method.getMethod(), () -> client.execute(method));
  }

  /** Any call (an upload such as sendPhoto, which is no {@code BotApiMethod}) through the same gate and handling. */
  <T> Outcome<T> call(CallCategory category, ChatId chat, String name, io.alita.telegram.send.TelegramCall<T> call) {
    try {
      T result = limiter.call(category, chat, call);
      return new Outcome<>(result, null, null);
    } catch (TelegramRefusal refusal) {
      log.info("Telegram refused {} in chat {}: {} ({})", name, chat, refusal.reason(), refusal.description());
      return new Outcome<>(null, refusal, null);
    } catch (TelegramApiRequestException e) {
      log.warn("{} failed in chat {}: [{}] {}", name, chat, e.getErrorCode(), e.getApiResponse());
      return new Outcome<>(null, null, "[" + e.getErrorCode() + "] " + e.getApiResponse());
    } catch (TelegramApiException e) {
      log.warn("{} failed in chat {}: {}", name, chat, describe(e));
      return new Outcome<>(null, null, describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("{} in chat {} abandoned: interrupted while waiting for a Bot API slot", name, chat);
      return new Outcome<>(null, null, "interrupted");
    } catch (RuntimeException e) {
      // A request the library could not build or send (validation, serialisation): a bug worth its stack trace.
      log.warn("{} failed in chat {}", name, chat, e);
      return new Outcome<>(null, null, e.toString());
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    // A few levels say enough (e.g. "Unable to execute ...: java.net.ConnectException: ..."), and bound any cycle.
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 4; depth++, cause = cause.getCause()) {
      text.append(": ").append(cause);
    }
    return text.toString();
  }
}
