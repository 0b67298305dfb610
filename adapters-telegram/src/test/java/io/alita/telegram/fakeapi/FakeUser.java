package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Telegram user as the fake API describes it in updates and answers.
 *
 * @param username without the {@code @}; may be null
 */
public record FakeUser(long id, String firstName, String username, boolean bot) {

  public FakeUser {
    if (id <= 0) {
      throw new IllegalArgumentException("a user id is positive, got " + id);
    }
    if (firstName == null || firstName.isBlank()) {
      throw new IllegalArgumentException("firstName is required");
    }
  }

  /** A human user without a username. */
  public static FakeUser of(long id, String firstName) {
    return new FakeUser(id, firstName, null, false);
  }

  /** A human user with a username. */
  public static FakeUser of(long id, String firstName, String username) {
    return new FakeUser(id, firstName, username, false);
  }

  /** The Bot API {@code User} object. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object().put("id", id).put("is_bot", bot).put("first_name", firstName);
    if (username != null) {
      node.put("username", username);
    }
    return node;
  }
}
