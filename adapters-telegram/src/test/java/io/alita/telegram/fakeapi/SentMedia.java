package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One file the bot sent by its id (sendSticker, sendDocument, sendPhoto, sendAudio, sendVoice, sendVideo,
 * sendVideoNote, sendAnimation), read from the recorded {@link ApiCall}.
 *
 * @param method the method, lower-cased ({@code sendphoto})
 * @param field the parameter holding the file ({@code photo}, {@code video_note}...)
 * @param fileId the file id sent
 * @param caption the caption as sent (Telegram HTML when {@code parseMode} is "HTML"); empty when none
 * @param parseMode {@code parse_mode}; empty when none
 * @param keyboard the {@code reply_markup} as JSON; empty when none
 * @param replyTo {@code reply_parameters.message_id} (or the older {@code reply_to_message_id}); empty when none
 * @param allowSendingWithoutReply {@code reply_parameters.allow_sending_without_reply} (or the older top-level parameter)
 * @param threadId {@code message_thread_id}; empty when none
 * @param protect {@code protect_content}
 * @param silent {@code disable_notification}
 */
public record SentMedia(ApiCall call, String method, String field, long chatId, String fileId, String caption,
    String parseMode, Optional<JsonNode> keyboard, Optional<Integer> replyTo, boolean allowSendingWithoutReply,
    Optional<Integer> threadId, boolean protect, boolean silent) {

  /** The eight methods, lower-cased as the fake records them. */
  public static final List<String> METHODS = List.of("sendsticker", "senddocument", "sendphoto", "sendaudio",
      "sendvoice", "sendvideo", "sendvideonote", "sendanimation");

  /** True for a send of a file by id (a photo upload, as the captcha sends, is not one). */
  public static boolean isMediaByFileId(ApiCall call) {
    return METHODS.contains(call.method()) && call.uploadedFile(fileField(call.method())) == null
        && call.has(fileField(call.method()));
  }

  /** The parameter that holds the file for {@code method}: {@code sendvideonote} → {@code video_note}. */
  public static String fileField(String method) {
    String m = method.toLowerCase(Locale.ROOT);
    if (!m.startsWith("send")) {
      throw new IllegalArgumentException("not a send method: " + method);
    }
    return m.equals("sendvideonote") ? "video_note" : m.substring("send".length());
  }

  public static SentMedia of(ApiCall call) {
    if (!isMediaByFileId(call)) {
      throw new IllegalArgumentException("not a file sent by id: " + call);
    }
    String field = fileField(call.method());
    JsonNode reply = call.json("reply_parameters");
    Optional<Integer> replyTo = reply != null && reply.hasNonNull("message_id")
        ? Optional.of(reply.get("message_id").asInt())
        : Optional.ofNullable(call.param("reply_to_message_id")).map(v -> Integer.parseInt(v.trim()));
    boolean allowWithout = reply != null ? reply.path("allow_sending_without_reply").asBoolean(false)
        : "true".equals(call.param("allow_sending_without_reply"));
    return new SentMedia(call, call.method(), field, call.longParam("chat_id"), call.param(field),
        orEmpty(call.param("caption")), orEmpty(call.param("parse_mode")), Optional.ofNullable(call.json("reply_markup")),
        replyTo, allowWithout,
        Optional.ofNullable(call.param("message_thread_id")).map(v -> Integer.parseInt(v.trim())),
        "true".equals(call.param("protect_content")), "true".equals(call.param("disable_notification")));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The texts of the inline keyboard's buttons, row by row. */
  public List<List<String>> buttonTexts() {
    return keyboard.map(k -> {
      List<List<String>> rows = new java.util.ArrayList<>();
      for (JsonNode row : k.path("inline_keyboard")) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(b -> texts.add(b.path("text").asText()));
        rows.add(texts);
      }
      return rows;
    }).orElse(List.of());
  }

  /** The message id Telegram (the fake) gave the sent message; fails for a refused send. */
  public int messageId() {
    if (call.result() == null) {
      throw new AssertionError("the send was refused: " + call);
    }
    return call.result().get("message_id").asInt();
  }
}
