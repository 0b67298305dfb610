package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds Bot API updates and enqueues them on the {@link FakeBotApi} it came from ({@link FakeBotApi#updates()}).
 * Message ids are allocated per chat by the fake, so incoming messages and the bot's own replies never collide, and
 * every method returns the enqueued update (with its {@code update_id}) so a test can refer to it later, e.g.
 * {@code reply(chat, admin, "/warn", spam.get("message"))}.
 */
public final class FakeUpdates {

  private final FakeBotApi api;
  private final ChatDirectory directory;
  private final AtomicLong callbackIds = new AtomicLong(4_000_000_000L);

  FakeUpdates(FakeBotApi api, ChatDirectory directory) {
    this.api = api;
    this.directory = directory;
  }

  /** A message under construction, for anything the shortcuts below do not cover. */
  public MessageBuilder message(FakeChat chat, FakeUser from) {
    return new MessageBuilder(chat, from);
  }

  /** A plain text message from {@code from} in {@code chat}. */
  public ObjectNode text(FakeChat chat, FakeUser from, String text) {
    return message(chat, from).text(text).enqueue();
  }

  /** A text message replying to {@code repliedMessage} (a {@code message} node of an earlier update or a send result). */
  public ObjectNode reply(FakeChat chat, FakeUser from, String text, JsonNode repliedMessage) {
    return message(chat, from).text(text).replyTo(repliedMessage).enqueue();
  }

  /** A command such as {@code "/warn@alita_test_bot spamming"}, with its {@code bot_command} entity. */
  public ObjectNode command(FakeChat chat, FakeUser from, String commandLine) {
    return message(chat, from).command(commandLine).enqueue();
  }

  /** A command sent as a reply, the usual way to point moderation commands at someone. */
  public ObjectNode commandReply(FakeChat chat, FakeUser from, String commandLine, JsonNode repliedMessage) {
    return message(chat, from).command(commandLine).replyTo(repliedMessage).enqueue();
  }

  /** The service message Telegram posts when {@code from} adds {@code joined} (or they join themselves). */
  public ObjectNode newChatMembers(FakeChat chat, FakeUser from, FakeUser... joined) {
    return message(chat, from).newChatMembers(joined).enqueue();
  }

  /** A press on an inline button with {@code data}, under {@code message} (usually the bot's own, from a send result). */
  public ObjectNode callbackQuery(FakeUser from, JsonNode message, String data) {
    directory.register(from);
    ObjectNode query = Json.object()
        .put("id", Long.toString(callbackIds.incrementAndGet()))
        .<ObjectNode>set("from", from.toJson())
        .<ObjectNode>set("message", message.deepCopy())
        .put("chat_instance", "ci" + Math.abs(message.path("chat").path("id").asLong()))
        .put("data", data);
    ObjectNode update = Json.object();
    update.set("callback_query", query);
    return api.enqueue(update);
  }

  /**
   * A {@code chat_member} update (someone's status changed), which also becomes the member's status in the fake.
   * Telegram only delivers these to a bot that lists "chat_member" in {@code allowed_updates}, and so does the fake.
   */
  public ObjectNode chatMember(FakeChat chat, FakeUser actor, ObjectNode oldMember, ObjectNode newMember) {
    return memberUpdate("chat_member", chat, actor, oldMember, newMember);
  }

  /** A {@code my_chat_member} update: the bot's own status changed (added, promoted, kicked). */
  public ObjectNode myChatMember(FakeChat chat, FakeUser actor, ObjectNode oldMember, ObjectNode newMember) {
    return memberUpdate("my_chat_member", chat, actor, oldMember, newMember);
  }

  private ObjectNode memberUpdate(String type, FakeChat chat, FakeUser actor, ObjectNode oldMember, ObjectNode newMember) {
    directory.register(chat);
    directory.register(actor);
    directory.setMember(chat.id(), newMember);
    ObjectNode change = Json.object()
        .<ObjectNode>set("chat", chat.toJson())
        .<ObjectNode>set("from", actor.toJson())
        .put("date", now())
        .<ObjectNode>set("old_chat_member", oldMember.deepCopy())
        .set("new_chat_member", newMember.deepCopy());
    ObjectNode update = Json.object();
    update.set(type, change);
    return api.enqueue(update);
  }

  /**
   * A message with a file: {@code type} is the Bot API field ({@code photo}, {@code sticker}, {@code document},
   * {@code animation}, {@code video}, {@code voice}, {@code audio}, {@code video_note}), {@code caption} may be null.
   */
  public ObjectNode media(FakeChat chat, FakeUser from, String type, String fileId, String caption) {
    MessageBuilder message = message(chat, from).media(type, fileId);
    if (caption != null) {
      message.caption(caption);
    }
    return message.enqueue();
  }

  /** A text message in forum topic {@code threadId}. */
  public ObjectNode topicText(FakeChat chat, FakeUser from, int threadId, String text) {
    return message(chat, from).text(text).inTopic(threadId).enqueue();
  }

  /** A formatting entity for {@link MessageBuilder#entities} and {@link MessageBuilder#caption(String, ObjectNode...)}. */
  public static ObjectNode entity(String type, int offset, int length) {
    return Json.object().put("type", type).put("offset", offset).put("length", length);
  }

  /** A {@code text_link} entity. */
  public static ObjectNode textLink(int offset, int length, String url) {
    return entity("text_link", offset, length).put("url", url);
  }

  /**
   * The fields a message carrying {@code fileId} as a {@code type} has, as Telegram fills them: a photo comes in three
   * sizes with {@code fileId} the largest, an animation also as a document, as Telegram sends GIFs.
   */
  public static ObjectNode mediaFields(String type, String fileId) {
    ObjectNode fields = Json.object();
    String unique = "u" + Integer.toHexString(fileId.hashCode());
    switch (type) {
      case "photo" -> {
        ArrayNode sizes = fields.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-s").put("file_unique_id", unique + "s").put("width", 90)
            .put("height", 67).put("file_size", 1200);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", unique).put("width", 1280).put("height", 960)
            .put("file_size", 98000);
        sizes.addObject().put("file_id", fileId + "-m").put("file_unique_id", unique + "m").put("width", 320)
            .put("height", 240).put("file_size", 14000);
      }
      case "sticker" -> fields.putObject("sticker").put("file_id", fileId).put("file_unique_id", unique)
          .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false)
          .put("emoji", "🙂");
      case "document" -> fields.putObject("document").put("file_id", fileId).put("file_unique_id", unique)
          .put("file_name", "rules.pdf").put("mime_type", "application/pdf");
      case "animation" -> {
        fields.putObject("animation").put("file_id", fileId).put("file_unique_id", unique).put("width", 320)
            .put("height", 240).put("duration", 3).put("file_name", "party.mp4").put("mime_type", "video/mp4");
        fields.putObject("document").put("file_id", fileId).put("file_unique_id", unique)
            .put("file_name", "party.mp4").put("mime_type", "video/mp4");
      }
      case "video" -> fields.putObject("video").put("file_id", fileId).put("file_unique_id", unique)
          .put("width", 1280).put("height", 720).put("duration", 12);
      case "voice" -> fields.putObject("voice").put("file_id", fileId).put("file_unique_id", unique)
          .put("duration", 4).put("mime_type", "audio/ogg");
      case "audio" -> fields.putObject("audio").put("file_id", fileId).put("file_unique_id", unique)
          .put("duration", 180).put("title", "Anthem");
      case "video_note" -> fields.putObject("video_note").put("file_id", fileId).put("file_unique_id", unique)
          .put("length", 240).put("duration", 5);
      default -> throw new IllegalArgumentException("not a file type of the Bot API: " + type);
    }
    return fields;
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  /** A {@code Message} being assembled; {@link #build()} allocates its id, {@link #enqueue()} sends it as an update. */
  public final class MessageBuilder {

    private final FakeChat chat;
    private final FakeUser from;
    private final ObjectNode fields = Json.object();
    private Integer topic;

    private MessageBuilder(FakeChat chat, FakeUser from) {
      this.chat = Objects.requireNonNull(chat, "chat");
      this.from = Objects.requireNonNull(from, "from");
    }

    public MessageBuilder text(String text) {
      fields.put("text", text);
      return this;
    }

    /** The text plus a {@code bot_command} entity over its first word, as clients send commands. */
    public MessageBuilder command(String commandLine) {
      if (!commandLine.startsWith("/")) {
        throw new IllegalArgumentException("a command starts with '/': " + commandLine);
      }
      int end = commandLine.indexOf(' ');
      int length = end < 0 ? commandLine.length() : end;
      fields.put("text", commandLine);
      fields.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
      return this;
    }

    /** Formatting entities of the text, built with {@link FakeUpdates#entity} and {@link FakeUpdates#textLink}. */
    public MessageBuilder entities(ObjectNode... entities) {
      ArrayNode list = fields.putArray("entities");
      for (ObjectNode e : entities) {
        list.add(e);
      }
      return this;
    }

    /** A file of {@code type} ({@code photo}, {@code sticker}, ... see {@link FakeUpdates#mediaFields}). */
    public MessageBuilder media(String type, String fileId) {
      fields.setAll(mediaFields(type, fileId));
      return this;
    }

    /** The caption of a file, with its formatting entities. */
    public MessageBuilder caption(String caption, ObjectNode... entities) {
      fields.put("caption", caption);
      if (entities.length > 0) {
        ArrayNode list = fields.putArray("caption_entities");
        for (ObjectNode e : entities) {
          list.add(e);
        }
      }
      return this;
    }

    /**
     * Posted in forum topic {@code threadId}: {@code is_topic_message} and {@code message_thread_id}, and, unless it is
     * a reply to something else, a reply to the topic's creation message, as Telegram sends it.
     */
    public MessageBuilder inTopic(int threadId) {
      fields.put("is_topic_message", true).put("message_thread_id", threadId);
      topic = threadId;
      return this;
    }

    /** Makes this a reply; the replied message is embedded without its own reply, as Telegram does. */
    public MessageBuilder replyTo(JsonNode repliedMessage) {
      ObjectNode copy = repliedMessage.deepCopy();
      copy.remove("reply_to_message");
      fields.set("reply_to_message", copy);
      return this;
    }

    /** Makes this the "joined" service message; users configured as left or kicked become members in the fake. */
    public MessageBuilder newChatMembers(FakeUser... joined) {
      ArrayNode list = fields.putArray("new_chat_members");
      for (FakeUser user : joined) {
        list.add(user.toJson());
      }
      return this;
    }

    /** Sent on behalf of a channel or anonymously as the group itself ({@code sender_chat}). */
    public MessageBuilder senderChat(FakeChat senderChat) {
      fields.set("sender_chat", senderChat.toJson());
      return this;
    }

    /** Any other field, e.g. {@code photo} or {@code forward_origin}. */
    public MessageBuilder field(String name, JsonNode value) {
      fields.set(name, value);
      return this;
    }

    /** The {@code Message} object, with a fresh message id and the current date. */
    public ObjectNode build() {
      directory.register(chat);
      directory.register(from);
      ObjectNode message = Json.object()
          .put("message_id", directory.newMessage(chat.id(), from.id()))
          .<ObjectNode>set("from", from.toJson())
          .<ObjectNode>set("chat", chat.toJson())
          .put("date", now());
      message.setAll(fields);
      if (topic != null && !fields.has("reply_to_message")) {
        ObjectNode created = Json.object().put("message_id", topic).<ObjectNode>set("from", from.toJson())
            .<ObjectNode>set("chat", chat.toJson()).put("date", now()).put("message_thread_id", topic);
        created.putObject("forum_topic_created").put("name", "Topic " + topic).put("icon_color", 7322096);
        message.set("reply_to_message", created);
      }
      for (JsonNode joined : fields.path("new_chat_members")) {
        FakeUser user = new FakeUser(joined.get("id").asLong(), joined.get("first_name").asText(),
            joined.hasNonNull("username") ? joined.get("username").asText() : null, joined.path("is_bot").asBoolean());
        directory.register(user);
        String status = directory.status(chat.id(), user.id());
        if (status.equals("left") || status.equals("kicked")) {
          directory.setMember(chat.id(), FakeMembers.member(user));
        }
      }
      return message;
    }

    /** Builds the message and enqueues it as a {@code message} update. */
    public ObjectNode enqueue() {
      ObjectNode update = Json.object();
      update.set("message", build());
      return api.enqueue(update);
    }
  }
}
