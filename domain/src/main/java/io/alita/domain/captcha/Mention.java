package io.alita.domain.captcha;

import io.alita.domain.format.Html;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.UserId;

/** A clickable mention of a member, {@code <a href="tg://user?id=ID">name</a>}, the name escaped. */
final class Mention {

  private Mention() {}

  /** @param name what the link shows; the id when blank */
  static TrustedHtml of(UserId user, String name) {
    String shown = name == null || name.isBlank() ? user.toString() : name;
    return TrustedHtml.of("<a href=\"tg://user?id=" + user.value() + "\">" + Html.escape(shown) + "</a>");
  }
}
