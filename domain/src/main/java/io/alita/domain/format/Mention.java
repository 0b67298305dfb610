package io.alita.domain.format;

import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Optional;

/**
 * How the bot names someone in a message, the one way every module does it: a user as a clickable mention
 * {@code <a href="tg://user?id=ID">name</a>}, a channel by its name in bold (channels cannot be mentioned as links).
 * The name is escaped; a blank or unknown name shows the id instead, so a mention is never an empty link.
 */
public final class Mention {

  private Mention() {}

  /** A user, shown as {@code name} (the id when it is blank). */
  public static TrustedHtml user(UserId user, String name) {
    String label = name == null || name.isBlank() ? user.toString() : name;
    return TrustedHtml.of("<a href=\"tg://user?id=" + user.value() + "\">" + Html.escape(label) + "</a>");
  }

  /** A user, shown as the name when it is known and not blank, else the id. */
  public static TrustedHtml user(UserId user, Optional<String> name) {
    return user(user, name.orElse(null));
  }

  /** A channel, by the name it was given as ({@code @username}) or its id. */
  public static TrustedHtml channel(ChatId channel, String name) {
    String label = name == null || name.isBlank() ? channel.toString() : name;
    return TrustedHtml.of("<b>" + Html.escape(label) + "</b>");
  }
}
