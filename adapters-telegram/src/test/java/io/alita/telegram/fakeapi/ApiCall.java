package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One request the fake API received, as recorded in arrival order.
 *
 * @param sequence position in the recording, from 1
 * @param method the method name lower-cased ({@code sendmessage}, {@code deletewebhook}...), whatever casing the client used
 * @param params every parameter as sent: JSON bodies keep their node types (TelegramBots also puts a {@code method}
 *     field in them); form and multipart fields arrive as text nodes (JSON-valued ones such as {@code reply_markup} can
 *     be read with {@link #json(String)})
 * @param files multipart file parts, part name to file name (TelegramBots names the part after the file and sends
 *     {@code photo=attach://<part name>}; see {@link #uploadedFile(String)})
 * @param receivedAt when the request arrived
 * @param errorCode 0 if the fake answered {@code ok:true}, otherwise the {@code error_code} it answered
 * @param result the {@code result} the fake answered, null for failures and for {@code getupdates} (see
 *     {@link FakeBotApi#deliveryCount(int)} instead)
 * @param fileSizes multipart file parts, part name to the number of bytes uploaded (see {@link #uploadedSize})
 */
public record ApiCall(
    long sequence,
    String method,
    Map<String, JsonNode> params,
    Map<String, String> files,
    Instant receivedAt,
    int errorCode,
    JsonNode result,
    Map<String, Long> fileSizes) {

  /** A call without upload sizes (as recorded before they were). */
  public ApiCall(long sequence, String method, Map<String, JsonNode> params, Map<String, String> files,
      Instant receivedAt, int errorCode, JsonNode result) {
    this(sequence, method, params, files, receivedAt, errorCode, result, Map.of());
  }

  /** True if the fake answered {@code ok:true}. */
  public boolean succeeded() {
    return errorCode == 0;
  }

  /** True if the parameter was sent. */
  public boolean has(String name) {
    return params.containsKey(name) && !params.get(name).isNull();
  }

  /** A parameter as text (numbers and booleans as written, objects as JSON), or null when absent. */
  public String param(String name) {
    JsonNode value = params.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : Json.write(value);
  }

  /** A numeric parameter such as {@code chat_id}; fails the test if it is absent. */
  public long longParam(String name) {
    String text = param(name);
    if (text == null) {
      throw new AssertionError(method + " has no parameter " + name + ": " + params);
    }
    return Long.parseLong(text.trim());
  }

  /** A parameter as a JSON tree, parsing it when it was sent as text (multipart); null when absent. */
  public JsonNode json(String name) {
    JsonNode value = params.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      String text = value.asText().trim();
      if (text.startsWith("{") || text.startsWith("[")) {
        return Json.parse(text);
      }
    }
    return value;
  }

  /**
   * The file name uploaded for a parameter such as {@code photo}, following an {@code attach://} reference if the
   * client used one; null if the parameter is not an upload (e.g. a file_id).
   */
  public String uploadedFile(String name) {
    String value = param(name);
    if (value != null && value.startsWith("attach://")) {
      return files.get(value.substring("attach://".length()));
    }
    return files.get(name);
  }

  /**
   * How many bytes were uploaded for a parameter such as {@code photo}, following an {@code attach://} reference;
   * -1 if the parameter is not an upload.
   */
  public long uploadedSize(String name) {
    String value = param(name);
    String part = value != null && value.startsWith("attach://") ? value.substring("attach://".length()) : name;
    return fileSizes.getOrDefault(part, -1L);
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + method + (succeeded() ? "" : " (answered " + errorCode + ")") + " " + params;
  }
}
