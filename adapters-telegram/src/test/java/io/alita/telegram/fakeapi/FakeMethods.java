package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link FakeBotApi} answers the Bot API methods it knows, from and onto the state in {@link ChatDirectory}: plausible
 * results, the membership and message changes a call makes, and the refusals Telegram gives for them.
 */
final class FakeMethods {

  private final FakeUser bot;
  private final ChatDirectory directory;
  private final UpdateQueue queue;
  private volatile String webhookUrl = "";
  private final java.util.Set<String> refusedFileIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

  FakeMethods(FakeUser bot, ChatDirectory directory, UpdateQueue queue) {
    this.bot = bot;
    this.directory = directory;
    this.queue = queue;
  }

  /** True while a webhook is set, during which Telegram refuses getUpdates. */
  boolean webhookActive() {
    return !webhookUrl.isEmpty();
  }

  /** The built-in answer to {@code call}; throws {@link BotApiError.Raised} for a refusal. */
  JsonNode answer(ApiCall call) {
    switch (call.method()) {
      case "getme":
        return bot.toJson().put("can_join_groups", true).put("can_read_all_group_messages", true)
            .put("supports_inline_queries", false);
      case "deletewebhook":
        webhookUrl = "";
        dropPendingIfAsked(call);
        return BooleanNode.TRUE;
      case "setwebhook":
        webhookUrl = Objects.requireNonNullElse(call.param("url"), "");
        dropPendingIfAsked(call);
        return BooleanNode.TRUE;
      case "getwebhookinfo":
        return Json.object().put("url", webhookUrl).put("has_custom_certificate", false)
            .put("pending_update_count", queue.pendingCount());
      case "getchat":
        return withPinned(chatOf(call));
      case "pinchatmessage":
        return pin(call);
      case "unpinchatmessage":
        return unpin(call);
      case "unpinallchatmessages":
        pins.remove(chatOf(call).id());
        return BooleanNode.TRUE;
      case "getchatmember":
        return directory.member(chatOf(call).id(), call.longParam("user_id"));
      case "getchatadministrators": {
        ArrayNode admins = Json.array();
        directory.administrators(chatOf(call).id()).forEach(admins::add);
        return admins;
      }
      case "sendmessage":
        return sendMessage(call);
      case "sendphoto":
        if (call.uploadedFile("photo") == null) {
          return sendMedia(call, "photo"); // by file id
        }
        return sendPhoto(call);
      case "senddocument":
        if (call.uploadedFile("document") != null) {
          return sendUploadedDocument(call);
        }
        return sendMedia(call, "document");
      case "sendsticker":
      case "sendaudio":
      case "sendvoice":
      case "sendvideo":
      case "sendvideonote":
      case "sendanimation":
        return sendMedia(call, SentMedia.fileField(call.method()));
      case "editmessagetext":
        return editMessageText(call);
      case "deletemessage":
        return deleteMessage(call);
      case "deletemessages":
        return deleteMessages(call);
      case "banchatmember":
        return banChatMember(call);
      case "unbanchatmember":
        return unbanChatMember(call);
      case "restrictchatmember":
        return restrictChatMember(call);
      case "promotechatmember":
        return promoteChatMember(call);
      case "leavechat":
        directory.setMember(chatOf(call).id(), FakeMembers.left(bot));
        return BooleanNode.TRUE;
      case "exportchatinvitelink":
        return TextNode.valueOf("https://t.me/+fake" + Math.abs(chatOf(call).id()));
      default:
        // answerCallbackQuery, setMessageReaction, setMyCommands, setChatAdministratorCustomTitle,
        // ban/unbanChatSenderChat and everything else the fake has no state for.
        return BooleanNode.TRUE;
    }
  }

  /** The chat's pins, the latest last, as pinChatMessage and the unpins leave them. */
  private final java.util.Map<Long, java.util.Deque<Long>> pins = new java.util.concurrent.ConcurrentHashMap<>();

  private JsonNode pin(ApiCall call) {
    long chat = chatOf(call).id();
    long message = call.longParam("message_id");
    java.util.Deque<Long> chatPins = pins.computeIfAbsent(chat, c -> new java.util.concurrent.ConcurrentLinkedDeque<>());
    chatPins.remove(message);
    chatPins.addLast(message);
    return BooleanNode.TRUE;
  }

  private JsonNode unpin(ApiCall call) {
    java.util.Deque<Long> chatPins = pins.get(chatOf(call).id());
    if (chatPins != null) {
      if (call.has("message_id")) {
        chatPins.remove(call.longParam("message_id"));
      } else {
        chatPins.pollLast();
      }
    }
    return BooleanNode.TRUE;
  }

  /** getChat's answer, with {@code pinned_message} (the latest pin) when something is pinned. */
  private JsonNode withPinned(FakeChat chat) {
    ObjectNode info = chat.toFullInfoJson();
    java.util.Deque<Long> chatPins = pins.get(chat.id());
    Long latest = chatPins == null ? null : chatPins.peekLast();
    if (latest != null) {
      // date 0 would mean "inaccessible" to TelegramBots; a pinned message is a full one
      ObjectNode pinned = Json.object().put("message_id", latest).put("date", java.time.Instant.now().getEpochSecond());
      pinned.set("chat", chat.toJson());
      info.set("pinned_message", pinned);
    }
    return info;
  }

  private void dropPendingIfAsked(ApiCall call) {
    if ("true".equals(call.param("drop_pending_updates"))) {
      queue.dropPending();
    }
  }

  private FakeChat chatOf(ApiCall call) {
    String chatId = call.param("chat_id");
    if (chatId == null) {
      throw BotApiError.of(400, "Bad Request: chat_id is empty").raise();
    }
    if (chatId.startsWith("@")) {
      FakeChat chat = directory.chatByUsername(chatId);
      if (chat == null) {
        throw BotApiError.of(400, "Bad Request: chat not found").raise();
      }
      return chat;
    }
    try {
      return directory.chat(Long.parseLong(chatId.trim()));
    } catch (NumberFormatException e) {
      throw BotApiError.of(400, "Bad Request: chat not found").raise();
    }
  }

  /** Telegram's refusals for a bot that is no longer in a group or may not write there. */
  private void requireBotMaySend(FakeChat chat, String permission, String what) {
    if (chat.id() > 0) {
      return;
    }
    ObjectNode self = directory.member(chat.id(), bot.id());
    switch (self.get("status").asText()) {
      case "kicked":
        throw BotApiError.of(403, "Forbidden: bot was kicked from the " + chat.type() + " chat").raise();
      case "left":
        throw BotApiError.of(403, "Forbidden: bot is not a member of the " + chat.type() + " chat").raise();
      case "restricted":
        if (!self.path(permission).asBoolean()) {
          throw BotApiError.of(400, "Bad Request: not enough rights to send " + what + " to the chat").raise();
        }
        break;
      default:
        break;
    }
  }

  private ObjectNode newBotMessage(FakeChat chat) {
    return Json.object()
        .put("message_id", directory.newMessage(chat.id(), bot.id()))
        .<ObjectNode>set("from", bot.toJson())
        .<ObjectNode>set("chat", chat.toJson())
        .put("date", FakeUpdates.now());
  }

  private JsonNode sendMessage(ApiCall call) {
    FakeChat chat = chatOf(call);
    requireBotMaySend(chat, "can_send_messages", "text messages");
    String text = call.param("text");
    if (text == null || text.isEmpty()) {
      throw BotApiError.of(400, "Bad Request: message text is empty").raise();
    }
    ObjectNode message = newBotMessage(chat).put("text", text);
    copyMessageExtras(call, message);
    return message;
  }

  private JsonNode sendPhoto(ApiCall call) {
    FakeChat chat = chatOf(call);
    requireBotMaySend(chat, "can_send_photos", "photos");
    ObjectNode message = newBotMessage(chat);
    long n = message.get("message_id").asLong();
    message.putArray("photo").addObject().put("file_id", "fake-photo-" + chat.id() + "-" + n)
        .put("file_unique_id", "fake-unique-" + n).put("width", 640).put("height", 480);
    if (call.has("caption")) {
      message.put("caption", call.param("caption"));
    }
    copyMessageExtras(call, message);
    return message;
  }

  /** An uploaded document: a message carrying a new file id for it, with the upload's name and size. */
  private JsonNode sendUploadedDocument(ApiCall call) {
    FakeChat chat = chatOf(call);
    requireBotMaySend(chat, "can_send_documents", "documents");
    ObjectNode message = newBotMessage(chat);
    long n = message.get("message_id").asLong();
    message.putObject("document").put("file_id", "fake-document-" + chat.id() + "-" + n)
        .put("file_unique_id", "fake-unique-document-" + n).put("file_name", call.uploadedFile("document"))
        .put("mime_type", "application/json").put("file_size", call.uploadedSize("document"));
    if (call.has("caption")) {
      message.put("caption", call.param("caption"));
    }
    copyMessageExtras(call, message);
    return message;
  }

  /** What a restricted bot needs to send each kind of file (stickers and GIFs are "other messages"). */
  private static String permissionFor(String field) {
    return switch (field) {
      case "photo" -> "can_send_photos";
      case "document" -> "can_send_documents";
      case "audio" -> "can_send_audios";
      case "voice" -> "can_send_voice_notes";
      case "video" -> "can_send_videos";
      case "video_note" -> "can_send_video_notes";
      default -> "can_send_other_messages";
    };
  }

  /**
   * A file sent by its id: refused as Telegram would for ids the test marked bad ({@link #refuseFileId}); otherwise a
   * message carrying the same file id, with the caption and keyboard echoed as for sendMessage.
   */
  private JsonNode sendMedia(ApiCall call, String field) {
    FakeChat chat = chatOf(call);
    requireBotMaySend(chat, permissionFor(field), field.replace('_', ' ') + "s");
    String fileId = call.param(field);
    if (fileId == null || fileId.isBlank()) {
      throw BotApiError.of(400, "Bad Request: there is no " + field + " in the request").raise();
    }
    if (refusedFileIds.contains(fileId)) {
      throw BotApiError.of(400, "Bad Request: wrong file identifier/HTTP URL specified").raise();
    }
    ObjectNode message = newBotMessage(chat);
    message.setAll(FakeUpdates.mediaFields(field, fileId));
    if (call.has("caption")) {
      message.put("caption", call.param("caption"));
    }
    copyMessageExtras(call, message);
    return message;
  }

  /** Makes later sends of {@code fileId} fail as Telegram fails them for an id it does not accept. */
  void refuseFileId(String fileId) {
    refusedFileIds.add(fileId);
  }

  private static void copyMessageExtras(ApiCall call, ObjectNode message) {
    JsonNode markup = call.json("reply_markup");
    // A Message only ever carries inline keyboards; reply keyboards are not echoed by Telegram.
    if (markup != null && markup.has("inline_keyboard")) {
      message.set("reply_markup", markup);
    }
    JsonNode entities = call.json("entities");
    if (entities != null) {
      message.set("entities", entities);
    }
    if (call.has("message_thread_id")) {
      message.put("message_thread_id", call.longParam("message_thread_id")).put("is_topic_message", true);
    }
    if ("true".equals(call.param("protect_content"))) {
      message.put("has_protected_content", true);
    }
  }

  private JsonNode editMessageText(ApiCall call) {
    if (call.has("inline_message_id")) {
      return BooleanNode.TRUE;
    }
    FakeChat chat = chatOf(call);
    int messageId = (int) call.longParam("message_id");
    Long author = directory.author(chat.id(), messageId);
    if (author == null) {
      throw BotApiError.of(400, "Bad Request: message to edit not found").raise();
    }
    if (author != bot.id()) {
      throw BotApiError.of(400, "Bad Request: message can't be edited").raise();
    }
    ObjectNode message = Json.object()
        .put("message_id", messageId)
        .<ObjectNode>set("from", bot.toJson())
        .<ObjectNode>set("chat", chat.toJson())
        .put("date", FakeUpdates.now())
        .put("edit_date", FakeUpdates.now())
        .put("text", call.param("text"));
    copyMessageExtras(call, message);
    return message;
  }

  private JsonNode deleteMessage(ApiCall call) {
    FakeChat chat = chatOf(call);
    int messageId = (int) call.longParam("message_id");
    Long author = directory.author(chat.id(), messageId);
    if (author == null) {
      throw BotApiError.of(400, "Bad Request: message to delete not found").raise();
    }
    if (!mayDelete(chat, author)) {
      throw BotApiError.of(400, "Bad Request: message can't be deleted").raise();
    }
    directory.forgetMessage(chat.id(), messageId);
    return BooleanNode.TRUE;
  }

  private JsonNode deleteMessages(ApiCall call) {
    FakeChat chat = chatOf(call);
    JsonNode ids = call.json("message_ids");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      throw BotApiError.of(400, "Bad Request: message_ids is empty").raise();
    }
    // Bot API: messages that cannot be found or deleted are skipped; the call still succeeds.
    for (JsonNode id : ids) {
      Long author = directory.author(chat.id(), id.asInt());
      if (author != null && mayDelete(chat, author)) {
        directory.forgetMessage(chat.id(), id.asInt());
      }
    }
    return BooleanNode.TRUE;
  }

  private boolean mayDelete(FakeChat chat, long author) {
    return chat.id() > 0 || author == bot.id()
        || directory.hasRight(chat.id(), bot.id(), FakeMembers.AdminRight.CAN_DELETE_MESSAGES);
  }

  private void requireRestrictRight(FakeChat chat) {
    if (!directory.hasRight(chat.id(), bot.id(), FakeMembers.AdminRight.CAN_RESTRICT_MEMBERS)) {
      throw BotApiError.of(400, "Bad Request: not enough rights to restrict/unrestrict chat member").raise();
    }
  }

  private JsonNode banChatMember(ApiCall call) {
    FakeChat chat = chatOf(call);
    long userId = call.longParam("user_id");
    requireRestrictRight(chat);
    String status = directory.status(chat.id(), userId);
    if (status.equals("creator")) {
      throw BotApiError.of(400, "Bad Request: can't remove chat owner").raise();
    }
    if (status.equals("administrator")) {
      throw BotApiError.of(400, "Bad Request: user is an administrator of the chat").raise();
    }
    long until = call.has("until_date") ? call.longParam("until_date") : 0;
    directory.setMember(chat.id(), FakeMembers.kicked(directory.user(userId), until));
    return BooleanNode.TRUE;
  }

  private JsonNode unbanChatMember(ApiCall call) {
    FakeChat chat = chatOf(call);
    long userId = call.longParam("user_id");
    requireRestrictRight(chat);
    String status = directory.status(chat.id(), userId);
    boolean onlyIfBanned = "true".equals(call.param("only_if_banned"));
    // Bot API: without only_if_banned, unbanning a present member removes them (how bots "kick").
    boolean removes = status.equals("kicked") || !onlyIfBanned && (status.equals("member") || status.equals("restricted"));
    if (removes) {
      directory.setMember(chat.id(), FakeMembers.left(directory.user(userId)));
    }
    return BooleanNode.TRUE;
  }

  private JsonNode restrictChatMember(ApiCall call) {
    FakeChat chat = chatOf(call);
    long userId = call.longParam("user_id");
    requireRestrictRight(chat);
    String status = directory.status(chat.id(), userId);
    if (status.equals("creator") || status.equals("administrator")) {
      throw BotApiError.of(400, "Bad Request: user is an administrator of the chat").raise();
    }
    JsonNode permissions = call.json("permissions");
    if (permissions == null || !permissions.isObject()) {
      throw BotApiError.of(400, "Bad Request: invalid permissions specified").raise();
    }
    FakeUser user = directory.user(userId);
    boolean everything = true;
    ObjectNode restricted = FakeMembers.restricted(user, false, call.has("until_date") ? call.longParam("until_date") : 0);
    for (String permission : FakeMembers.MEMBER_PERMISSIONS) {
      boolean granted = permissions.path(permission).asBoolean(false);
      restricted.put(permission, granted);
      everything &= granted;
    }
    directory.setMember(chat.id(), everything ? FakeMembers.member(user) : restricted);
    return BooleanNode.TRUE;
  }

  private JsonNode promoteChatMember(ApiCall call) {
    FakeChat chat = chatOf(call);
    FakeUser user = directory.user(call.longParam("user_id"));
    List<FakeMembers.AdminRight> rights = new ArrayList<>();
    for (FakeMembers.AdminRight right : FakeMembers.AdminRight.values()) {
      if ("true".equals(call.param(right.field()))) {
        rights.add(right);
      }
    }
    directory.setMember(chat.id(), rights.isEmpty()
        ? FakeMembers.member(user)
        : FakeMembers.administrator(user, rights.toArray(FakeMembers.AdminRight[]::new)));
    return BooleanNode.TRUE;
  }
}
