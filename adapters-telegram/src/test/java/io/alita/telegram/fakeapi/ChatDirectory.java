package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fake knows about chats: their descriptions, who is a member with which status and rights, and which messages
 * exist (so that deleting one twice fails as it does on Telegram). Unconfigured chats and users get plausible defaults:
 * a negative id is a supergroup, a positive one a private chat; a user is a plain member; the bot itself is an
 * administrator with every right, since most tests are about a bot that can moderate.
 */
final class ChatDirectory {

  private static final int FIRST_MESSAGE_ID = 1_001;

  private final FakeUser bot;
  // All guarded by this.
  private final Map<Long, FakeChat> chats = new HashMap<>();
  private final Map<Long, FakeUser> users = new HashMap<>();
  private final Map<Long, Map<Long, ObjectNode>> members = new HashMap<>();
  private final Map<Long, Integer> lastMessageId = new HashMap<>();
  private final Map<Long, Map<Integer, Long>> messageAuthors = new HashMap<>();

  ChatDirectory(FakeUser bot) {
    this.bot = bot;
    users.put(bot.id(), bot);
  }

  synchronized void register(FakeChat chat) {
    chats.put(chat.id(), chat);
  }

  synchronized void register(FakeUser user) {
    users.putIfAbsent(user.id(), user);
  }

  synchronized FakeChat chat(long id) {
    FakeChat known = chats.get(id);
    if (known != null) {
      return known;
    }
    return id < 0 ? FakeChat.supergroup(id, "Test group " + id) : FakeChat.privateWith(user(id));
  }

  /** A chat by {@code @username}, or null. */
  synchronized FakeChat chatByUsername(String username) {
    String bare = username.startsWith("@") ? username.substring(1) : username;
    return chats.values().stream().filter(c -> bare.equalsIgnoreCase(c.username())).findFirst().orElse(null);
  }

  synchronized FakeUser user(long id) {
    FakeUser known = users.get(id);
    return known != null ? known : FakeUser.of(id, "User " + id);
  }

  /** Replaces the member entry for the member's user in {@code chatId}. */
  synchronized void setMember(long chatId, ObjectNode member) {
    JsonNode user = member.path("user");
    if (!member.hasNonNull("status") || !user.hasNonNull("id")) {
      throw new IllegalArgumentException("a ChatMember needs status and user.id: " + member);
    }
    register(new FakeUser(user.get("id").asLong(), user.path("first_name").asText("User"),
        user.hasNonNull("username") ? user.get("username").asText() : null, user.path("is_bot").asBoolean()));
    members.computeIfAbsent(chatId, id -> new HashMap<>()).put(user.get("id").asLong(), member.deepCopy());
  }

  /** A copy of the member entry, or the default: member for users, full administrator for the bot. */
  synchronized ObjectNode member(long chatId, long userId) {
    ObjectNode configured = members.getOrDefault(chatId, Map.of()).get(userId);
    if (configured != null) {
      return configured.deepCopy();
    }
    return userId == bot.id() && chatId < 0 ? FakeMembers.fullAdministrator(bot) : FakeMembers.member(user(userId));
  }

  synchronized String status(long chatId, long userId) {
    return member(chatId, userId).get("status").asText();
  }

  /** True if {@code userId} is the creator, or an administrator holding {@code right}. */
  synchronized boolean hasRight(long chatId, long userId, FakeMembers.AdminRight right) {
    ObjectNode member = member(chatId, userId);
    String status = member.get("status").asText();
    return status.equals("creator") || status.equals("administrator") && member.path(right.field()).asBoolean();
  }

  /** The creator and administrators, as getChatAdministrators answers them (the bot included when it is one). */
  synchronized List<ObjectNode> administrators(long chatId) {
    List<ObjectNode> result = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ObjectNode member : members.getOrDefault(chatId, Map.of()).values()) {
      String status = member.get("status").asText();
      if (status.equals("creator") || status.equals("administrator")) {
        result.add(member.deepCopy());
      }
      seen.add(member.path("user").path("id").asLong());
    }
    if (!seen.contains(bot.id()) && chatId < 0) {
      result.add(member(chatId, bot.id()));
    }
    return result;
  }

  /** Allocates the next message id in a chat (ids are per chat on Telegram) and remembers who wrote it. */
  synchronized int newMessage(long chatId, long authorId) {
    int id = lastMessageId.merge(chatId, FIRST_MESSAGE_ID, (last, first) -> last + 1);
    messageAuthors.computeIfAbsent(chatId, c -> new HashMap<>()).put(id, authorId);
    return id;
  }

  /** Records a message whose id was chosen by the test (raw update JSON). */
  synchronized void knowMessage(long chatId, int messageId, long authorId) {
    messageAuthors.computeIfAbsent(chatId, c -> new HashMap<>()).put(messageId, authorId);
    lastMessageId.merge(chatId, messageId, Math::max);
  }

  /** The author of a live message, or null if it never existed or was deleted. */
  synchronized Long author(long chatId, int messageId) {
    return messageAuthors.getOrDefault(chatId, Map.of()).get(messageId);
  }

  synchronized void forgetMessage(long chatId, int messageId) {
    messageAuthors.getOrDefault(chatId, new HashMap<>()).remove(messageId);
  }
}
