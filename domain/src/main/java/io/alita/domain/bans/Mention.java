package io.alita.domain.bans;

import io.alita.domain.format.Html;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;

/** How moderation replies name whom they acted on: a clickable user mention, or a channel's name. */
public final class Mention {

  private Mention() {}

  /** {@code <a href="tg://user?id=ID">name</a>}, the name escaped; the id stands in for a blank name. */
  public static TrustedHtml user(UserId user, String name) {
    String label = name == null || name.isBlank() ? user.toString() : name;
    return TrustedHtml.of("<a href=\"tg://user?id=" + user.value() + "\">" + Html.escape(label) + "</a>");
  }

  /** A user mention labelled with the name {@code names} knows, or the id. */
  public static TrustedHtml user(UserId user, UserNames names) {
    return user(user, names.nameOf(user).orElse(user.toString()));
  }

  /** A channel, by the name it was given as ({@code @username}) or its id; channels cannot be mentioned as links. */
  public static TrustedHtml channel(ChatId channel, String name) {
    String label = name == null || name.isBlank() ? channel.toString() : name;
    return TrustedHtml.of("<b>" + Html.escape(label) + "</b>");
  }
}
