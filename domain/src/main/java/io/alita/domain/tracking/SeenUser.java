package io.alita.domain.tracking;

import io.alita.domain.model.UserId;
import java.util.Objects;

/**
 * A user (or bot) as a message showed them. The stored name is {@link #fullName()}; {@code isBot} travels with the sighting so
 * that callers can tell bots apart, but the current schema has no column for it, so stores do not keep it.
 *
 * @param lastName nullable
 * @param username nullable, without the {@code @}; a blank one is taken as none
 */
public record SeenUser(UserId id, String firstName, String lastName, String username, boolean isBot) {

  public SeenUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstName, "firstName");
    lastName = Blank.toNull(lastName);
    username = Blank.toNull(username);
  }

  /** First and last name separated by a space, the way Telegram clients show it; the form kept in {@code users.name}. */
  public String fullName() {
    return lastName == null ? firstName : firstName + " " + lastName;
  }

  /** The same user without a username: what is left of an older sighting once someone else is seen holding its username. */
  SeenUser withoutUsername() {
    return new SeenUser(id, firstName, lastName, null, isBot);
  }
}
