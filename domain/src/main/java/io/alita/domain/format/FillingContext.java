package io.alita.domain.format;

import io.alita.domain.model.UserId;
import java.util.Objects;

/**
 * The values fillings are replaced with, for one send. Raw values: escaping is the formatter's job.
 *
 * @param firstName the user's first name; null is read as empty
 * @param lastName the user's last name, or null
 * @param username the user's username without '@', or null when they have none
 * @param userId the user
 * @param chatTitle the chat's title; null is read as empty
 * @param memberCount the cached member count, or null when unknown
 * @param rulesButton the button {@code {rules}} adds (see {@link RulesDeepLink}), or null when the chat has no rules
 */
public record FillingContext(
    String firstName,
    String lastName,
    String username,
    UserId userId,
    String chatTitle,
    Long memberCount,
    UrlButton rulesButton) {

  public FillingContext {
    Objects.requireNonNull(userId, "userId");
    firstName = firstName == null ? "" : firstName;
    lastName = lastName == null || lastName.isBlank() ? null : lastName;
    username = username == null || username.isBlank() ? null : stripAt(username.strip());
    chatTitle = chatTitle == null ? "" : chatTitle;
  }

  /** First and last name separated by a space, or the first name alone. */
  public String fullName() {
    return lastName == null ? firstName : firstName + " " + lastName;
  }

  public boolean hasRules() {
    return rulesButton != null;
  }

  private static String stripAt(String username) {
    return username.startsWith("@") ? username.substring(1) : username;
  }
}
