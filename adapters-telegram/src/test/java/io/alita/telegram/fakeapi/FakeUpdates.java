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

  static long now() {
    return Instant.now().getEpochSecond();
  }

  /** A {@code Message} being assembled; {@link #build()} allocates its id, {@link #enqueue()} sends it as an update. */
  public final class MessageBuilder {

    private final FakeChat chat;
    private final FakeUser from;
    private final ObjectNode fields = Json.object();

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
