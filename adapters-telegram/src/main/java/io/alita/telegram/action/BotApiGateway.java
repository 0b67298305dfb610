package io.alita.telegram.action;

import io.alita.domain.model.ChatId;
import io.alita.telegram.send.CallCategory;
import io.alita.telegram.send.OutboundRateLimiter;
import io.alita.telegram.send.TelegramCall;
import io.alita.telegram.send.TelegramRefusal;
import java.io.Serializable;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
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
 *
 * <p>Blocking (the calling thread waits for the limiter, for queries made while an update is decided) or asynchronous
 * (the limiter waits on a scheduler and the request runs on an executor: the update pipeline's actions, so a chat
 * waiting out a flood pause holds no thread).
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
  private final ScheduledExecutorService scheduler;
  private final Executor executor;

  /** A blocking gateway. */
  BotApiGateway(TelegramClient client, OutboundRateLimiter limiter) {
    this(client, limiter, null, null);
  }

  /** An asynchronous gateway when both are given, a blocking one when both are null. */
  BotApiGateway(TelegramClient client, OutboundRateLimiter limiter, ScheduledExecutorService scheduler,
      Executor executor) {
    this.client = Objects.requireNonNull(client, "client");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    if ((scheduler == null) != (executor == null)) {
      throw new IllegalArgumentException("give both a scheduler and an executor, or neither");
    }
    this.scheduler = scheduler;
    this.executor = executor;
  }

  /** A blocking call. */
  <T extends Serializable> Outcome<T> call(CallCategory category, ChatId chat, BotApiMethod<T> method) {
    return call(category, chat, method.getMethod(), () -> client.execute(method));
  }

  /** A blocking call of anything (an upload such as sendPhoto, which is no {@code BotApiMethod}). */
  <T> Outcome<T> call(CallCategory category, ChatId chat, String name, TelegramCall<T> call) {
    try {
      return new Outcome<>(limiter.call(category, chat, call), null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("{} in chat {} abandoned: interrupted while waiting for a Bot API slot", name, chat);
      return new Outcome<>(null, null, "interrupted");
    } catch (Exception e) {
      return failed(name, chat, e);
    }
  }

  /** The call, asynchronously when this gateway is, else already carried out. */
  <T extends Serializable> CompletableFuture<Outcome<T>> later(CallCategory category, ChatId chat,
      BotApiMethod<T> method) {
    return later(category, chat, method.getMethod(), () -> client.execute(method));
  }

  <T> CompletableFuture<Outcome<T>> later(CallCategory category, ChatId chat, String name, TelegramCall<T> call) {
    if (scheduler == null) {
      return CompletableFuture.completedFuture(call(category, chat, name, call));
    }
    return limiter.submit(category, chat, call, scheduler, executor)
        .handle((value, failure) -> failure == null ? new Outcome<>(value, null, null)
            : failed(name, chat, failure instanceof CompletionException c && c.getCause() != null
                ? c.getCause() : failure));
  }

  private static <T> Outcome<T> failed(String name, ChatId chat, Throwable e) {
    if (e instanceof TelegramRefusal refusal) {
      log.info("Telegram refused {} in chat {}: {} ({})", name, chat, refusal.reason(), refusal.description());
      return new Outcome<>(null, refusal, null);
    }
    if (e instanceof TelegramApiRequestException r) {
      log.warn("{} failed in chat {}: [{}] {}", name, chat, r.getErrorCode(), r.getApiResponse());
      return new Outcome<>(null, null, "[" + r.getErrorCode() + "] " + r.getApiResponse());
    }
    if (e instanceof TelegramApiException t) {
      log.warn("{} failed in chat {}: {}", name, chat, describe(t));
      return new Outcome<>(null, null, describe(t));
    }
    // A request the library could not build or send (validation, serialisation): a bug worth its stack trace.
    log.warn("{} failed in chat {}", name, chat, e);
    return new Outcome<>(null, null, e.toString());
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
