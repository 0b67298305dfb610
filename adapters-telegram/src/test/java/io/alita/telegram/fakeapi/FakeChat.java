package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A chat as the fake API describes it.
 *
 * @param type "private", "group", "supergroup" or "channel"
 * @param title the group's title, or the user's first name for a private chat
 * @param username without the {@code @}; may be null
 */
public record FakeChat(long id, String type, String title, String username) {

  public FakeChat {
    if (id == 0) {
      throw new IllegalArgumentException("a chat id is never 0");
    }
    if (!type.equals("private") && !type.equals("group") && !type.equals("supergroup") && !type.equals("channel")) {
      throw new IllegalArgumentException("unknown chat type " + type);
    }
    if ((id > 0) != type.equals("private")) {
      throw new IllegalArgumentException("private chats have positive ids and all others negative ones, got " + type + " " + id);
    }
  }

  /** A supergroup; ids like {@code -1001234567890}. */
  public static FakeChat supergroup(long id, String title) {
    return new FakeChat(id, "supergroup", title, null);
  }

  /** A basic (legacy) group. */
  public static FakeChat group(long id, String title) {
    return new FakeChat(id, "group", title, null);
  }

  /** The private chat with {@code user}, whose id equals the user's. */
  public static FakeChat privateWith(FakeUser user) {
    return new FakeChat(user.id(), "private", user.firstName(), user.username());
  }

  /** The Bot API {@code Chat} object. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object().put("id", id).put("type", type);
    if (type.equals("private")) {
      node.put("first_name", title);
    } else {
      node.put("title", title);
    }
    if (username != null) {
      node.put("username", username);
    }
    return node;
  }

  /** The Bot API {@code ChatFullInfo} answered by {@code getChat}, with the fields it requires. */
  ObjectNode toFullInfoJson() {
    return toJson().put("accent_color_id", 0).put("max_reaction_count", 11);
  }
}
