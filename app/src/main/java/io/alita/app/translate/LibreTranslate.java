package io.alita.app.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.misc.TranslationPort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TranslationPort} over a LibreTranslate-compatible server: {@code POST <base>/translate} with a JSON body
 * {@code {q, source: "auto", target, format: "text", api_key?}}, answered by {@code {translatedText,
 * detectedLanguage: {language}}} or, when refused, {@code {error}}.
 *
 * <p>The call is made while a command is decided, on one of the worker's threads, so it is bounded twice (decision
 * 0034): each call gives up after {@link #REQUEST_TIMEOUT} (connecting included), and at most {@link #MAX_AT_ONCE} run
 * at once; a call that finds them all taken answers {@link Unavailable.Cause#BUSY} at once instead of waiting. Nothing
 * here throws: a timeout, a server that is down, a refusal and an answer that is not LibreTranslate's each become a
 * {@link Result}, and the log gets one line naming the server and the cause (never the text or the key).
 */
public final class LibreTranslate implements TranslationPort {

  private static final Logger LOG = LoggerFactory.getLogger(LibreTranslate.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long one translation may take, from connecting to the last byte of the answer. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  /** How long connecting may take. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  /** How many translations run at once: at most this many of the worker's threads wait on the server. */
  public static final int MAX_AT_ONCE = 2;
  /** The largest answer read; a translation of one Telegram message is far smaller. */
  static final int MAX_ANSWER_BYTES = 256 * 1024;

  private final URI endpoint;
  /** The endpoint as logged: without any user:password part of TRANSLATE_URL. */
  private final String shown;
  private final Optional<String> apiKey;
  private final HttpClient http;
  private final Duration timeout;
  private final Semaphore slots;

  /**
   * @param base the server's base URL, without {@code /translate}
   * @param apiKey sent as {@code api_key} when present
   */
  public LibreTranslate(URI base, Optional<String> apiKey) {
    this(base, apiKey, REQUEST_TIMEOUT, MAX_AT_ONCE);
  }

  LibreTranslate(URI base, Optional<String> apiKey, Duration timeout, int atOnce) {
    String text = Objects.requireNonNull(base, "base").toString().replaceAll("/+$", "");
    this.endpoint = URI.create(text + "/translate");
    this.shown = endpoint.getRawUserInfo() == null ? endpoint.toString()
        : endpoint.toString().replace(endpoint.getRawUserInfo() + "@", "***@");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.slots = new Semaphore(atOnce);
    Duration connect = timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT;
    this.http = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public Result translate(String text, String target) {
    if (!slots.tryAcquire()) {
      return new Unavailable(Unavailable.Cause.BUSY);
    }
    try {
      return call(text, target);
    } finally {
      slots.release();
    }
  }

  private Result call(String text, String target) {
    // send() would bound only the wait for the headers; the future bounds the whole answer, body included.
    CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(request(text, target), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> response;
    try {
      response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HttpTimeoutException) {
        return timedOut();
      }
      LOG.warn("Translation: {} could not be reached ({})", shown, String.valueOf(e.getCause()));
      return new Unavailable(Unavailable.Cause.DOWN);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return new Unavailable(Unavailable.Cause.DOWN);
    }
    Optional<JsonNode> body = json(response.body());
    int status = response.statusCode();
    if (status == 200) {
      return translated(body);
    }
    String error = body.map(b -> b.path("error").asText("")).orElse("");
    if (status == 400) {
      return new Rejected(error);
    }
    if (status == 429) {
      LOG.warn("Translation: {} says too many requests ({})", shown, error);
      return new Unavailable(Unavailable.Cause.BUSY);
    }
    if (status == 401 || status == 403) {
      LOG.warn("Translation: {} refused the request ({} {}); check TRANSLATE_API_KEY", shown, status, error);
      return new Unavailable(Unavailable.Cause.DOWN);
    }
    LOG.warn("Translation: {} answered {} ({})", shown, status, error);
    return new Unavailable(status >= 500 ? Unavailable.Cause.DOWN : Unavailable.Cause.BAD_ANSWER);
  }

  private Result translated(Optional<JsonNode> body) {
    JsonNode translated = body.map(b -> b.get("translatedText")).orElse(null);
    if (translated == null || !translated.isTextual()) {
      LOG.warn("Translation: {} answered 200 without a translatedText", shown);
      return new Unavailable(Unavailable.Cause.BAD_ANSWER);
    }
    Optional<String> source = body.map(b -> b.path("detectedLanguage").path("language").asText(""))
        .filter(s -> !s.isBlank());
    return new Translated(translated.asText(), source);
  }

  private HttpRequest request(String text, String target) {
    ObjectNode json = JSON.createObjectNode();
    json.put("q", text);
    json.put("source", "auto");
    json.put("target", target);
    json.put("format", "text");
    apiKey.ifPresent(key -> json.put("api_key", key));
    return HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8))
        .build();
  }

  private Result timedOut() {
    LOG.warn("Translation: {} did not answer within {} ms", shown, timeout.toMillis());
    return new Unavailable(Unavailable.Cause.TIMEOUT);
  }

  /** The answer as JSON; empty when it is not a JSON object or is larger than any real answer. */
  private static Optional<JsonNode> json(byte[] bytes) {
    if (bytes == null || bytes.length > MAX_ANSWER_BYTES) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      return node == null || !node.isObject() ? Optional.empty() : Optional.of(node);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "LibreTranslate[" + shown + "]";
  }
}
